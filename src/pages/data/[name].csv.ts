// A whole data file as CSV (flattened as documented in src/data/publish/columns.ts): /data/<name>.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { PUBLISHED_NAMES, releaseFile } from '../../data/publish/release.ts';

export const getStaticPaths = (() => PUBLISHED_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(releaseFile(`${params['name']}.csv`).bytes, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
