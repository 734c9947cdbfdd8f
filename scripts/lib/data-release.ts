// Reading data/ and its release snapshots from disk, for check:data, copydesk and release:data.
// A release snapshot is a plain copy of the data files in data/releases/<version>/, written by
// `npm run release:data`: it works in any checkout (a shallow CI clone, a zip) without git history.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { DATASET_NAMES } from '../../src/data/schemas/index.ts';
import { parseJson } from '../../src/data/json-syntax.ts';
import { validateDataset, type RawDataset } from '../../src/data/validate.ts';
import type { Dataset } from '../../src/data/schemas/index.ts';
import type { Problem } from '../../src/data/problems.ts';

/** Reads every data file of `dir`; a JSON syntax error is a problem with its line and column. */
export function readDataDir(dir: URL, label = 'data/'): { raw: RawDataset; syntax: Problem[] } {
  const raw: Record<string, unknown> = {};
  const syntax: Problem[] = [];
  for (const name of DATASET_NAMES) {
    const file = new URL(`${name}.json`, dir);
    if (!existsSync(file)) continue; // validateDataset reports the missing file
    const parsed = parseJson(readFileSync(file, 'utf8'));
    if (parsed.ok) raw[name] = parsed.value;
    else
      syntax.push({
        file: `${label}${name}.json:${parsed.error.line}:${parsed.error.column}`,
        record: '(file)',
        field: 'JSON',
        reason: parsed.error.reason,
      });
  }
  return { raw, syntax };
}

const versionKey = (v: string) =>
  v
    .split('.')
    .map(Number)
    .reduce((a, n) => a * 1000 + n, 0);

/** The newest release snapshot under `<dataDir>/releases/`, or undefined when there is none. */
export function latestSnapshot(dataDir: URL): { version: string; dir: URL } | undefined {
  const releases = new URL('releases/', dataDir);
  if (!existsSync(releases)) return undefined;
  const versions = readdirSync(releases)
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v))
    .sort((a, b) => versionKey(b) - versionKey(a));
  return versions[0] ? { version: versions[0], dir: new URL(`${versions[0]}/`, releases) } : undefined;
}

/** The unreleased changelog entry, if the editor has started one (undefined when absent). */
export function readUnreleased(dataDir: URL): { value: unknown; syntax?: Problem } {
  const file = new URL('releases/unreleased.json', dataDir);
  if (!existsSync(file)) return { value: undefined };
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (parsed.ok) return { value: parsed.value };
  return {
    value: undefined,
    syntax: {
      file: `data/releases/unreleased.json:${parsed.error.line}:${parsed.error.column}`,
      record: '(file)',
      field: 'JSON',
      reason: parsed.error.reason,
    },
  };
}

export { versionKey };

/**
 * What data/ changes against the last release snapshot (charts, derived figures, ledger entries,
 * chapters, held-back unverified counts), and what the changelog step still needs.
 */
export async function releaseReport(
  dataDir: URL,
  root: URL,
  raw: RawDataset,
  data: Dataset,
): Promise<{ lines: string[]; problems: Problem[] }> {
  const snapshot = latestSnapshot(dataDir);
  if (!snapshot) return { lines: [], problems: [] };
  const released = readDataDir(snapshot.dir, `data/releases/${snapshot.version}/`);
  const releasedResult = validateDataset(released.raw);
  if (released.syntax.length || !releasedResult.ok)
    return {
      lines: [`(the release snapshot data/releases/${snapshot.version}/ does not read, so the comparison is skipped)`],
      problems: [],
    };
  const { dataImpact, impactLines, unreleasedProblems } = await import('../../src/lib/data-impact.ts');
  const chaptersDir = new URL('content/chapters/', root);
  const chapters = new Map(
    existsSync(chaptersDir)
      ? readdirSync(chaptersDir)
          .filter((f) => f.endsWith('.mdx'))
          .sort()
          .map((f) => [`content/chapters/${f}`, readFileSync(new URL(f, chaptersDir), 'utf8')] as const)
      : [],
  );
  const impact = dataImpact({ raw: released.raw, data: releasedResult.data }, { raw, data }, chapters);
  const unreleased = readUnreleased(dataDir);
  const problems = unreleased.syntax ? [unreleased.syntax] : unreleasedProblems(impact.changes, unreleased.value, snapshot.version);
  return { lines: impactLines(impact, snapshot.version), problems };
}
