// The Frictionless Data Package descriptor of the dataset: /data/datapackage.json.
import type { APIRoute } from 'astro';
import { releaseFile } from '../../data/publish/release.ts';

export const GET: APIRoute = () =>
  new Response(releaseFile('datapackage.json').bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
