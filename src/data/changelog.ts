import { ChangelogSchema, DATASET_NAMES, type Dataset, type Release } from './schemas/index.ts';
import { fieldPath, type Problem } from './problems.ts';

const FILE = 'data/changelog.json';

/**
 * Checks data/changelog.json: the schema, releases newest first with rising versions, and every
 * file and record it names existing (a removed record may be gone, so `removed` is not checked).
 */
export function validateChangelog(raw: unknown, data: Dataset): { releases: Release[]; problems: Problem[] } {
  const parsed = ChangelogSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const [index, ...rest] = i.path;
      const version = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as { version?: unknown } | undefined)?.version : undefined;
      return { file: FILE, record: typeof version === 'string' ? version : `#${String(index ?? '')}`, field: fieldPath(rest), reason: i.message };
    });
    return { releases: [], problems };
  }
  const releases = parsed.data;
  const problems: Problem[] = [];
  const key = (v: string) => v.split('.').map(Number).reduce((a, n) => a * 1000 + n, 0);
  releases.forEach((r, i) => {
    const older = releases[i + 1];
    if (older && (key(older.version) >= key(r.version) || older.date > r.date)) {
      problems.push({ file: FILE, record: r.version, field: 'version', reason: `releases must be newest first: ${r.version} (${r.date}) is listed before ${older.version} (${older.date})` });
    }
    r.changes.forEach((c, j) => {
      const name = DATASET_NAMES.find((n) => n === c.file);
      if (!name) {
        problems.push({ file: FILE, record: r.version, field: `changes[${j}].file`, reason: `unknown data file "${c.file}" — expected one of ${DATASET_NAMES.join(', ')}` });
        return;
      }
      if (c.type === 'removed') return;
      const ids = new Set(data[name].map((rec) => rec.id));
      (c.records ?? []).forEach((id, k) => {
        if (!ids.has(id)) problems.push({ file: FILE, record: r.version, field: `changes[${j}].records[${k}]`, reason: `no record "${id}" in data/${name}.json` });
      });
    });
  });
  return { releases, problems };
}
