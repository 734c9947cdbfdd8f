import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { sha256, sha256sums, parseSha256sums } from '../../../src/data/publish/checksums.ts';
import { zipRelease } from '../../../src/data/publish/zip.ts';
import { releaseFiles, zipBytes, ZIP_FOLDER } from '../../../src/data/publish/release.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('checksums', () => {
  it('computes SHA-256 (FIPS 180-2 test vector "abc")', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('writes sha256sum’s format and reads it back', () => {
    const files = [
      { path: 'a.csv', bytes: enc('x\n') },
      { path: 'schema/b.json', bytes: enc('{}') },
    ];
    const text = sha256sums(files);
    expect(text).toMatch(/^[0-9a-f]{64} {2}a\.csv\n[0-9a-f]{64} {2}schema\/b\.json\n$/);
    expect(parseSha256sums(text)).toEqual(new Map(files.map((f) => [f.path, sha256(f.bytes)])));
  });
});

describe('the ZIP', () => {
  it('is byte-identical when built twice, whatever the clock says', () => {
    const files = [{ path: 'a.txt', bytes: enc('hello') }];
    const first = zipRelease(files, 'x', '2026-11-26');
    const second = zipRelease(files, 'x', '2026-11-26');
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(zipRelease(files, 'x', '2027-01-01')).equals(Buffer.from(first))).toBe(false);
  });

  it('holds every release file under one folder, and its SHA256SUMS match the files', () => {
    const entries = unzipSync(zipBytes());
    const names = Object.keys(entries);
    expect(names).toEqual(releaseFiles().map((f) => `${ZIP_FOLDER}/${f.path}`));
    const sums = parseSha256sums(new TextDecoder().decode(entries[`${ZIP_FOLDER}/SHA256SUMS`]));
    expect(sums.size).toBe(names.length - 1);
    for (const [path, hash] of sums) expect(sha256(entries[`${ZIP_FOLDER}/${path}`]!), path).toBe(hash);
  });
});
