// A Russian chart as a standalone SVG file: the Russian drawing, with its sources and credit in Russian.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartsRu } from '../../../charts/registry';
import { standaloneChart } from '../../../charts/downloads';

export const getStaticPaths = (() => chartsRu.map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(standaloneChart((props as { chart: (typeof chartsRu)[number] }).chart, 'ru'), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
