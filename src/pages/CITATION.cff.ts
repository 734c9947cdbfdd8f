// How to cite the dataset and the site, in Citation File Format: /CITATION.cff (also in the ZIP).
import type { APIRoute } from 'astro';
import { releaseFile } from '../data/publish/release.ts';

export const GET: APIRoute = () =>
  new Response(releaseFile('CITATION.cff').bytes, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
