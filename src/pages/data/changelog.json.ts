// Releases of the dataset and what each changed or corrected: /data/changelog.json.
import type { APIRoute } from 'astro';
import { releaseFile } from '../../data/publish/release.ts';

export const GET: APIRoute = () =>
  new Response(releaseFile('changelog.json').bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
