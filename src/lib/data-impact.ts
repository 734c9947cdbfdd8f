/**
 * What a data edit changes for readers, compared with the last release (data/releases/<version>/,
 * written by `npm run release:data`): which records were added, changed or removed, and — by
 * drawing both datasets, not by guessing dependencies — which charts, derived figures, ledger
 * entries and chapters now show something different. Also whether the edit is recorded in the
 * unreleased changelog entry (data/releases/unreleased.json), which `npm test` requires.
 * Pure: raw datasets and chapter sources in, a report out (check:data and copydesk print it).
 */
import type { z } from 'zod';
import { DATASET_NAMES, type Dataset, type DatasetName, type Estimate, type Figure } from '../data/schemas/index.ts';
import type { RawDataset } from '../data/validate.ts';
import { ReleaseSchema } from '../data/schemas/changelog.ts';
import { buildFigureIndex } from '../data/refs.ts';
import { fieldPath, type Problem } from '../data/problems.ts';
import { heldBack, verifiedFirst } from '../data/selection.ts';
import { chartSpecs } from '../charts/specs.ts';
import { chapterRefs } from './mdx-tree.ts';

export interface RecordChange {
  file: DatasetName;
  id: string;
  type: 'added' | 'changed' | 'removed';
}

export interface HeldBack {
  id: string;
  area: string;
  year: number | undefined;
  /** The verified records the charts choose from instead. */
  shownInstead: string[];
}

export interface Impact {
  changes: RecordChange[];
  charts: string[];
  derived: string[];
  ledger: string[];
  /** Chapter file → why it is touched (the <Num> refs and <Chart> ids that now show something else). */
  chapters: Map<string, string[]>;
  heldBack: HeldBack[];
  /** Chapters that show a chart drawing one count per country (where a held-back record would have gone). */
  chaptersWithCountryCharts: string[];
}

/** The charts that draw one count per country (src/charts/claimed-vs-counted.ts, countryCounts), where verifiedFirst decides. */
export const COUNTRY_CHARTS = ['claimed-vs-counted', 'world-map'] as const;

/** The rows each chart draws, by chart id: the specs' own row functions (src/charts/specs.ts), on any dataset. */
const CHART_ROWS: Record<string, (data: Dataset, figures: ReadonlyMap<string, Figure>) => unknown> = Object.fromEntries(
  chartSpecs.map((spec) => [spec.id, (data: Dataset, figures: ReadonlyMap<string, Figure>) => spec.rows({ data, figures })]),
);

/** JSON with object keys sorted, so reordering fields is not a change. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
    ) ?? 'undefined'
  );
}

function byId(records: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (Array.isArray(records))
    for (const r of records)
      if (r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string') map.set((r as { id: string }).id, r);
  return map;
}

/** Records added, changed and removed between two raw datasets, file by file. */
export function recordChanges(released: RawDataset, current: RawDataset): RecordChange[] {
  return DATASET_NAMES.flatMap((file) => {
    const [before, after] = [byId(released[file]), byId(current[file])];
    const out: RecordChange[] = [];
    for (const [id, rec] of after) {
      if (!before.has(id)) out.push({ file, id, type: 'added' });
      else if (canonical(before.get(id)) !== canonical(rec)) out.push({ file, id, type: 'changed' });
    }
    for (const id of before.keys()) if (!after.has(id)) out.push({ file, id, type: 'removed' });
    return out;
  });
}

const drawn = (id: string, data: Dataset, figures: ReadonlyMap<string, Figure>): string => {
  try {
    return canonical(CHART_ROWS[id]!(data, figures));
  } catch (error) {
    return `cannot be drawn: ${(error as Error).message}`;
  }
};

/** Unverified counts the verified-first rule keeps out of the country charts (src/data/selection.ts). */
export function heldBackCounts(data: Dataset): HeldBack[] {
  const byArea = new Map<string, Estimate[]>();
  for (const e of data.estimates)
    if (e.unit === 'people' && e.area.length === 2 && e.area !== 'AZ') byArea.set(e.area, [...(byArea.get(e.area) ?? []), e]);
  return [...byArea].flatMap(([area, list]) =>
    heldBack(list).map((e) => ({ id: e.id, area, year: e.year ?? undefined, shownInstead: verifiedFirst(list).map((v) => v.id) })),
  );
}

/** `<Num id="…">` refs and `<Chart id="…">` ids a chapter uses, read from its MDX tree. */
function citedIn(source: string): { nums: Set<string>; charts: Set<string> } {
  try {
    const { nums, charts } = chapterRefs(source);
    return { nums: new Set(nums), charts: new Set(charts) };
  } catch {
    // A chapter that does not parse cites nothing yet; check:data reports its syntax error with the chapter checks.
    return { nums: new Set(), charts: new Set() };
  }
}

/** The report: what the current data changes against the released data. Both must be valid. */
export function dataImpact(
  released: { raw: RawDataset; data: Dataset },
  current: { raw: RawDataset; data: Dataset },
  chapters: ReadonlyMap<string, string>,
): Impact {
  const changes = recordChanges(released.raw, current.raw);
  const [before, after] = [buildFigureIndex(released.data), buildFigureIndex(current.data)];
  const changedFigures = new Set(
    [...new Set([...before.keys(), ...after.keys()])].filter((k) => canonical(before.get(k)) !== canonical(after.get(k))),
  );
  const charts = Object.keys(CHART_ROWS).filter((id) => drawn(id, released.data, before) !== drawn(id, current.data, after));
  const changedLedger = new Set(changes.filter((c) => c.file === 'ledger').map((c) => c.id));
  const ledger = current.data.ledger
    .filter((entry) => changedLedger.has(entry.id) || [entry.claim, ...entry.evidence].some((ref) => changedFigures.has(ref)))
    .map((entry) => entry.id);
  const touched = new Map<string, string[]>();
  for (const [file, source] of chapters) {
    const { nums, charts: used } = citedIn(source);
    const why = [
      ...[...nums].filter((ref) => changedFigures.has(ref)).map((ref) => `<Num id="${ref}">`),
      ...charts.filter((id) => used.has(id)).map((id) => `<Chart id="${id}">`),
    ];
    if (why.length) touched.set(file, why);
  }
  const derived = [...changedFigures].filter((k) => k.startsWith('derived.'));
  const chaptersWithCountryCharts = [...chapters]
    .filter(([, source]) => COUNTRY_CHARTS.some((id) => citedIn(source).charts.has(id)))
    .map(([file]) => file);
  return { changes, charts, derived, ledger, chapters: touched, heldBack: heldBackCounts(current.data), chaptersWithCountryCharts };
}

/** The report as lines for the terminal. */
export function impactLines(impact: Impact, version: string): string[] {
  if (!impact.changes.length && !impact.heldBack.length) return [`Compared with release ${version}: no record changed.`];
  const out: string[] = [];
  if (impact.changes.length) {
    out.push(
      `Compared with release ${version} (data/releases/${version}/), ${impact.changes.length} record${impact.changes.length === 1 ? '' : 's'} changed:`,
    );
    for (const c of impact.changes) out.push(`  ${c.type.padEnd(7)} data/${c.file}.json › ${c.id}`);
    const list = (label: string, items: readonly string[]) => out.push(`  ${label}: ${items.length ? items.join(', ') : 'none'}`);
    list('charts that now draw something different', impact.charts);
    list(
      'derived figures that change',
      impact.derived.map((k) => k.replace(/^derived\./, '')),
    );
    list('ledger entries affected', impact.ledger);
    list(
      'chapters affected',
      [...impact.chapters].map(([file, why]) => `${file} (${why.join(', ')})`),
    );
  }
  for (const h of impact.heldBack) {
    const shownIn = [...impact.chaptersWithCountryCharts].join(', ') || 'no chapter';
    out.push(
      `  held back: estimates › ${h.id} (${h.area}${h.year ? `, ${h.year}` : ''}) is unverified, so the charts ${COUNTRY_CHARTS.join(' and ')} (in ${shownIn}) keep the verified ${h.shownInstead.join(', ')} — verify it (verification "yes" or "partly", with its source) to have it drawn.`,
    );
  }
  return out;
}

/** The "unreleased" changelog entry an editor fills in before a release: a release without version and date. */
export const UnreleasedSchema = ReleaseSchema.omit({ version: true, date: true });
export const UNRELEASED_FILE = 'data/releases/unreleased.json';
/** Placeholder text `npm run release:data -- draft` writes, which must be replaced before release. */
export const TODO = 'TODO';

/**
 * The changelog step: every record changed since the last release must be listed in the
 * unreleased entry, whose summary and descriptions are written (no TODO left). `npm test` and
 * `npm run release:data` refuse otherwise.
 */
export function unreleasedProblems(changes: readonly RecordChange[], unreleased: unknown, version: string): Problem[] {
  const file = UNRELEASED_FILE;
  const how = `run \`npm run release:data -- draft\`, fill in the summary and each description in ${file}, then \`npm run release:data -- <next version>\` (see content/EDITING.md, "Record and release a data change")`;
  if (unreleased === undefined) {
    return changes.length
      ? [
          {
            file,
            record: '(file)',
            field: '(root)',
            reason: `data/ differs from release ${version} (${changes.length} record${changes.length === 1 ? '' : 's'}: ${changes
              .slice(0, 4)
              .map((c) => `${c.file} › ${c.id}`)
              .join(', ')}${changes.length > 4 ? ', …' : ''}) and the change is not recorded — ${how}`,
          },
        ]
      : [];
  }
  const parsed = UnreleasedSchema.safeParse(unreleased);
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({ file, record: 'unreleased', field: fieldPath(i.path) || '(root)', reason: i.message }));
  const problems: Problem[] = [];
  const entry = parsed.data;
  if (entry.summary.includes(TODO))
    problems.push({
      file,
      record: 'unreleased',
      field: 'summary',
      reason: 'still says TODO — write one line on what this release changes',
    });
  entry.changes.forEach((c, i) => {
    if (c.description.includes(TODO))
      problems.push({
        file,
        record: 'unreleased',
        field: `changes[${i}].description`,
        reason: 'still says TODO — say what changed and why, naming the source',
      });
  });
  for (const c of changes) {
    if (!entry.changes.some((e) => e.file === c.file && (e.records ?? []).includes(c.id))) {
      problems.push({
        file,
        record: 'unreleased',
        field: 'changes',
        reason: `${c.type} record ${c.file} › ${c.id} is not listed — add it to the "records" of a change with "file": "${c.file}"`,
      });
    }
  }
  return problems;
}

export type Unreleased = z.infer<typeof UnreleasedSchema>;
