import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { DATASET_NAMES } from '../../../src/data/schemas/index.ts';
import { problemLine } from '../../../src/data/problems.ts';
import { recordChanges, unreleasedProblems } from '../../../src/lib/data-impact.ts';
import changelog from '../../../data/changelog.json';

/**
 * The changelog step, on the REAL data: every change to data/ since the last release is recorded in
 * data/releases/unreleased.json before it is merged. This test fails for an editor who changed data/
 * and has not done that step yet — the message says what to run.
 */
const read = (dir: string) => Object.fromEntries(DATASET_NAMES.map((n) => [n, JSON.parse(readFileSync(`${dir}/${n}.json`, 'utf8')) as unknown]));
const key = (v: string) => v.split('.').map(Number).reduce((a, n) => a * 1000 + n, 0);
const latest = readdirSync('data/releases').filter((v) => /^\d+\.\d+\.\d+$/.test(v)).sort((a, b) => key(b) - key(a))[0]!;

describe('data/ against its last release', () => {
  it('the newest release snapshot is the newest changelog entry', () => {
    expect(latest, 'data/releases/<version>/ must be written by `npm run release:data -- <version>`, which also adds the changelog entry').toBe(changelog[0]!.version);
  });

  it('every change since the last release is recorded in data/releases/unreleased.json', () => {
    const unreleasedFile = 'data/releases/unreleased.json';
    const unreleased: unknown = existsSync(unreleasedFile) ? JSON.parse(readFileSync(unreleasedFile, 'utf8')) : undefined;
    const problems = unreleasedProblems(recordChanges(read(`data/releases/${latest}`), read('data')), unreleased, latest);
    expect(problems.map(problemLine), 'You changed data/: record it (content/EDITING.md, "Record and release a data change"). Run `npm run check:data` to see the change.').toEqual([]);
  });
});
