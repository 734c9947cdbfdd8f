// The release's README, LICENSE.txt and CITATION.cff beside its data files, so every path SHA256SUMS.txt
// lists is served under /data/ and `sha256sum -c` passes in a copy of the folder.
import type { APIRoute, GetStaticPaths } from 'astro';
import { releaseFile } from '../../data/publish/release.ts';

const TYPES: Record<string, string> = {
  'README.md': 'text/markdown; charset=utf-8',
  'LICENSE.txt': 'text/plain; charset=utf-8',
  'CITATION.cff': 'text/yaml; charset=utf-8',
};

export const getStaticPaths = (() => Object.keys(TYPES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(releaseFile(params['file'] ?? '').bytes, { headers: { 'Content-Type': TYPES[params['file'] ?? ''] ?? 'text/plain' } });
