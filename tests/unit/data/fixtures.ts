import { readFileSync, readdirSync } from 'node:fs';
import { DATASET_NAMES, type DatasetName } from '../../../src/data/schemas/index.ts';
import type { RawDataset } from '../../../src/data/validate.ts';

const dir = new URL('../../fixtures/data/', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, dir), 'utf8'));

/** A small valid dataset (tests/fixtures/data/minimal/), fresh for every call. */
export function minimalDataset(): Record<DatasetName, unknown[]> {
  return Object.fromEntries(DATASET_NAMES.map((n) => [n, readJson(`minimal/${n}.json`)])) as Record<DatasetName, unknown[]>;
}

/** One bad-input fixture: a record appended to (or a file replaced in) the minimal dataset. */
export interface BadFixture {
  name: string;
  description: string;
  file: DatasetName;
  append?: unknown;
  replace?: unknown;
  expect: { record: string; field: string; reason: string };
}

export const badFixtures: BadFixture[] = readdirSync(new URL('bad/', dir))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), ...(readJson(`bad/${f}`) as Omit<BadFixture, 'name'>) }));

/** The minimal dataset with one fixture (or several) applied. */
export function withFixtures(...fixtures: BadFixture[]): RawDataset {
  const data: Record<string, unknown> = minimalDataset();
  for (const f of fixtures) {
    if (f.replace !== undefined) data[f.file] = f.replace;
    else (data[f.file] as unknown[]).push(f.append);
  }
  return data;
}
