// A whole data file as JSON, the validated records as stored: /data/<name>.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { PUBLISHED_NAMES, releaseFile } from '../../data/publish/release.ts';

export const getStaticPaths = (() => PUBLISHED_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(releaseFile(`${params['name']}.json`).bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
