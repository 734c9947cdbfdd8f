import type { APIRoute, GetStaticPaths } from 'astro';
// The release builds the schema files (src/data/json-schema.ts) once, so the bytes served here are
// the bytes in the ZIP and in SHA256SUMS. Importing it loads data/: a bad file fails the build here too.
import { PUBLISHED_NAMES, releaseFile } from '../../../data/publish/release.ts';

/** One JSON Schema per data file, generated at build time: /data/schema/<name>.schema.json. */
export const getStaticPaths = (() => PUBLISHED_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(releaseFile(`schema/${params['name']}.schema.json`).bytes, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
