// The rows a chart draws, as JSON, with the chart's title, columns, sources and notes, the dataset
// version and licence, and how to cite it; each row names the record it draws by `ref` (chartJson).
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, chartById } from '../../charts/registry';
import { chartJson } from '../../charts/chart-download';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(chartJson(chartById(params.id ?? ''), 'en'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
