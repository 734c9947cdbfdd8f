/**
 * The one-file download, zipped at build time. Deterministic: entries in the given order, every
 * mtime fixed to the release date (never the clock), so the same data gives the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import type { ReleaseFile } from './checksums.ts';

/** `folder/` prefix inside the archive, so unzipping makes one directory. */
export function zipRelease(files: readonly ReleaseFile[], folder: string, releaseDate: string): Uint8Array<ArrayBuffer> {
  // ZIP stores a zone-less local time and fflate reads the Date's local fields: build the Date from
  // local fields so every machine, in any time zone, writes the same bytes (noon of the release day).
  const [y = 1980, m = 1, d = 1] = releaseDate.split('-').map(Number);
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const tree: Zippable = {};
  for (const f of files) tree[`${folder}/${f.path}`] = [f.bytes, { mtime, level: 9 }];
  return new Uint8Array(zipSync(tree, { mtime }));
}
