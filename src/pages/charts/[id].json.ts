// The rows a chart draws, as JSON, with the chart's title, columns, sources and notes.
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, chartById } from '../../charts/registry';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = chartById(params.id ?? '');
  const body = {
    id: chart.id,
    title: chart.title,
    takeaway: chart.takeaway,
    description: chart.description,
    columns: chart.columns,
    rows: chart.rows,
    sources: chart.sources,
    notes: chart.notes,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
