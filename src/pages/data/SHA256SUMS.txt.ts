// The checksums of every file of the release (as in the ZIP), for `sha256sum -c`: /data/SHA256SUMS.txt.
import type { APIRoute } from 'astro';
import { releaseFile } from '../../data/publish/release.ts';

export const GET: APIRoute = () =>
  new Response(releaseFile('SHA256SUMS').bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
