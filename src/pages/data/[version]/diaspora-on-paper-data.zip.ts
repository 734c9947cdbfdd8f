// This version's ZIP at its permanent address, /data/<version>/diaspora-on-paper-data.zip. Citations
// name it, so it must resolve after the next release too: earlier versions are kept as files in
// public/data/<version>/ (see keptVersions in src/data/publish/release.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { release } from '../../../data/load.ts';
import { zipBytes } from '../../../data/publish/release.ts';

export const getStaticPaths = (() => [{ params: { version: release.version } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(zipBytes(), { headers: { 'Content-Type': 'application/zip' } });
