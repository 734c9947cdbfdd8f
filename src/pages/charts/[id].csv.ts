// The rows a chart draws, as CSV (written like the data files, src/data/publish/csv.ts): each joined to
// the dataset by its record `ref`, with its verification, note, sources, the dataset version and licence
// (src/charts/download-table.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, chartById } from '../../charts/registry';
import { chartDownload } from '../../charts/chart-download';
import { csvText } from '../../data/publish/csv';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { columns, rows } = chartDownload(chartById(params.id ?? ''));
  const text = rows.map((r) => Object.fromEntries(columns.map((c) => [c.key, r[c.key] === null ? '' : String(r[c.key])])));
  return new Response(
    csvText(
      text,
      columns.map((c) => c.key),
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
