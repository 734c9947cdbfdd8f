/** SHA-256 of the published files, and the `SHA256SUMS` list that `sha256sum -c` reads. Pure. */
import { createHash } from 'node:crypto';

export interface ReleaseFile {
  /** Path inside the release, e.g. `claims.csv`, `schema/claims.schema.json`. */
  path: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One `<hash>  <path>` line per file (two spaces: text mode of GNU sha256sum), in the given order. */
export function sha256sums(files: readonly ReleaseFile[]): string {
  return files.map((f) => `${sha256(f.bytes)}  ${f.path}\n`).join('');
}

/** `SHA256SUMS` text back to a path → hash map (for tests and readers). */
export function parseSha256sums(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
        if (!m) throw new Error(`not a SHA256SUMS line: ${line}`);
        return [m[2]!, m[1]!] as const;
      }),
  );
}
