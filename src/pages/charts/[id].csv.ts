// The rows a chart draws, as CSV (d3-dsv): each joined to the dataset by its record `ref`, with its
// verification, note, sources, the dataset version and licence (src/charts/download-table.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvFormat } from 'd3-dsv';
import { charts, chartById } from '../../charts/registry';
import { chartDownload } from '../../charts/chart-download';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { columns, rows } = chartDownload(chartById(params.id ?? ''));
  const text = rows.map((r) => Object.fromEntries(columns.map((c) => [c.key, r[c.key] === null ? '' : String(r[c.key])])));
  const body = csvFormat(
    text,
    columns.map((c) => c.key),
  );
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
