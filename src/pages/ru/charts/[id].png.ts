// A Russian chart as PNG, rasterised at build time from its standalone SVG (resvg, 2×).
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartsRu } from '../../../charts/registry';
import { standaloneChart } from '../../../charts/downloads';
import { svgToPng } from '../../../charts/lib/png';

export const getStaticPaths = (() => chartsRu.map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(svgToPng(standaloneChart((props as { chart: (typeof chartsRu)[number] }).chart, 'ru'))), {
    headers: { 'Content-Type': 'image/png' },
  });
