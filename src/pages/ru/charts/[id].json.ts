// A Russian chart's download as JSON: its title, takeaway, description, notes and column headers in
// Russian; the rows are the same, language-neutral rows as the English download (chartJson).
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartsRu } from '../../../charts/registry';
import { chartJson } from '../../../charts/chart-download';

export const getStaticPaths = (() => chartsRu.map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(chartJson((props as { chart: (typeof chartsRu)[number] }).chart, 'ru'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
