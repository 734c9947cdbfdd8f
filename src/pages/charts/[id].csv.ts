// The rows a chart draws, as CSV (d3-dsv), columns in the registry's order.
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvFormat } from 'd3-dsv';
import { charts, chartById } from '../../charts/registry';
import { rowAsText } from '../../charts/lib/definition';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = chartById(params.id ?? '');
  const rows = chart.rows.map((r) => rowAsText(r, chart.columns));
  const body = csvFormat(rows, chart.columns.map((c) => c.key));
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
