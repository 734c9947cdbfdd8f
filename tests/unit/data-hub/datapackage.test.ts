import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { release } from '../../../src/data/load.ts';
import { PUBLISHED_NAMES as DATASET_NAMES, releaseFile, releaseFiles } from '../../../src/data/publish/release.ts';
import { sha256 } from '../../../src/data/publish/checksums.ts';

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  hash: string;
  bytes: number;
  schema?: { fields: Field[] };
  licenses: unknown[];
}
const text = (path: string) => new TextDecoder().decode(releaseFile(path).bytes);
const pkg = JSON.parse(text('datapackage.json')) as { version: string; licenses: { name: string }[]; resources: Resource[] };

const CELL: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  boolean: /^(true|false)$/,
  string: /^[\s\S]*$/,
  array: /^\[[\s\S]*\]$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  yearmonth: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

describe('datapackage.json', () => {
  it('carries the dataset version and the CC BY 4.0 licence', () => {
    expect(pkg.version).toBe(release.version);
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
  });

  it('lists a CSV and a JSON resource for every data file, and nothing else', () => {
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(DATASET_NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]).sort());
  });

  it.each(DATASET_NAMES)('%s: size and SHA-256 are those of the file served', (name) => {
    for (const path of [`${name}.csv`, `${name}.json`]) {
      const r = pkg.resources.find((x) => x.path === path)!;
      expect(r.bytes).toBe(releaseFile(path).bytes.byteLength);
      expect(r.hash).toBe(`sha256:${sha256(releaseFile(path).bytes)}`);
    }
  });

  it.each(DATASET_NAMES)('%s.csv: fields match the header, and every cell fits its field’s type', (name) => {
    const r = pkg.resources.find((x) => x.path === `${name}.csv`)!;
    expect(r).toMatchObject({ format: 'csv', mediatype: 'text/csv' });
    const rows = csvParse(text(`${name}.csv`));
    const fields = r.schema!.fields;
    expect(fields.map((f) => f.name)).toEqual(rows.columns);
    for (const f of fields) {
      for (const row of rows) {
        const cell = row[f.name] ?? '';
        if (cell === '') {
          expect(f.constraints?.required, `${name}.${f.name} is required but empty in ${row['id']}`).not.toBe(true);
          continue;
        }
        expect(cell, `${name}.${f.name} (${f.type}) in ${row['id']}`).toMatch(CELL[f.type]!);
        if (f.constraints?.enum) expect(f.constraints.enum).toContain(cell);
      }
    }
  });
});

describe('the release files', () => {
  it('have unique paths and end with SHA256SUMS listing all the others', () => {
    const files = releaseFiles();
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.at(-1)).toBe('SHA256SUMS');
    const sums = text('SHA256SUMS').trim().split('\n');
    expect(sums.map((l) => l.slice(66))).toEqual(paths.slice(0, -1));
  });

  it('include a CITATION.cff with the dataset version', () => {
    const cff = text('CITATION.cff');
    expect(cff).toMatch(/^cff-version: 1\.2\.0\n/);
    expect(cff).toContain(`version: "${release.version}"`);
    expect(cff).toContain(`date-released: ${release.date}`);
  });
});
