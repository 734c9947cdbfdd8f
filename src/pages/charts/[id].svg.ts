// A chart as a standalone SVG file: xmlns, literal light colours and fonts, a paper background.
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, chartById } from '../../charts/registry';
import { standaloneChart } from '../../charts/downloads';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(standaloneChart(chartById(params.id ?? '')), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
