// A whole data file as JSON, the validated records as stored: /data/<name>.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES } from '../../data/schemas/index.ts';
import { releaseFile } from '../../lib/data-hub/release.ts';

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(releaseFile(`${params['name']}.json`).bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
