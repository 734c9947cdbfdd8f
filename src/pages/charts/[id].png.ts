// A chart as PNG, rasterised at build time from the standalone SVG (resvg, 2×).
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, chartById } from '../../charts/registry';
import { standaloneChart } from '../../charts/downloads';
import { svgToPng } from '../../charts/lib/png';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(svgToPng(standaloneChart(chartById(params.id ?? '')))), {
    headers: { 'Content-Type': 'image/png' },
  });
