// The whole dataset in one file, zipped at build time with fixed dates: /data/diaspora-on-paper-data.zip.
import type { APIRoute } from 'astro';
import { zipBytes } from '../../data/publish/release.ts';

export const GET: APIRoute = () => new Response(zipBytes(), { headers: { 'Content-Type': 'application/zip' } });
