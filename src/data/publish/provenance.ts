/**
 * Which records a chart's rows come from, so a figure can show the verification level of each
 * source it draws on and the data files (with their SHA-256) it was built from. Pure: the rows,
 * the dataset and the figure index come in. A row is traced by what it carries: its source ids
 * and numbers (a figure), its tier id (the pyramid) or its date and title (the timeline).
 */
import type { Dataset, DatasetName, Figure, Verification } from '../schemas/index.ts';

type Cell = string | number | boolean | null | undefined;
type Row = Readonly<Record<string, Cell>>;

export interface RowOrigin {
  /** `<dataset>.<id>` of the record (or `derived.<id>`). */
  ref: string;
  verification: Verification;
  /** Data files the record's value comes from (a derived figure's inputs'). */
  files: DatasetName[];
}

const STRENGTH: Readonly<Record<Verification, number>> = { unverified: 0, partly: 1, yes: 2 };
export const weakest = (levels: readonly Verification[]): Verification =>
  levels.reduce<Verification>((a, b) => (STRENGTH[b] < STRENGTH[a] ? b : a), 'yes');

const SEP = /;\s*/;
const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

function figureFiles(f: Figure, figures: ReadonlyMap<string, Figure>): DatasetName[] {
  if (f.origin !== 'derived') return [f.origin as DatasetName];
  return [
    ...new Set(
      (f.from ?? []).flatMap((ref) => {
        const input = figures.get(ref);
        return input ? figureFiles(input, figures) : [];
      }),
    ),
  ];
}

function numbersMatch(row: Row, f: Figure): boolean {
  const q = f.quantity;
  if (q.kind !== 'range') return row['value'] === q.value;
  // A range that stands for two disagreeing reports is drawn as one row per report (country-count).
  return (row['low'] === q.low && row['high'] === q.high) || (row['value'] !== null && (row['value'] === q.low || row['value'] === q.high));
}

/** The records a row comes from; empty when it cannot be traced. */
export function rowOrigins(row: Row, data: Dataset, figures: ReadonlyMap<string, Figure>): RowOrigin[] {
  const ids = String(row['sources'] ?? '')
    .split(SEP)
    .filter(Boolean);
  if ('value' in row || 'low' in row) {
    return [...figures.values()]
      .filter((f) => sameIds(f.sources, ids) && numbersMatch(row, f))
      .map((f) => ({ ref: f.ref, verification: f.verification, files: figureFiles(f, figures) }));
  }
  const tier = data.hierarchy.find((t) => t.id === row['id']);
  if (tier) return [{ ref: `hierarchy.${tier.id}`, verification: tier.verification, files: ['hierarchy'] }];
  const event = data.timeline.find((e) => e.date.start === row['date'] && e.title === row['event']);
  if (event) return [{ ref: `timeline.${event.id}`, verification: event.verification, files: ['timeline'] }];
  return [];
}

export interface SourceVerification {
  id: string;
  /** How many of the chart's rows citing this source have each verification level. */
  levels: Partial<Record<Verification, number>>;
}

export interface ChartProvenance {
  /** Per row: the weakest verification of the records it was traced to, or null if untraced. */
  rows: (Verification | null)[];
  /** Every source the rows cite, in first-use order, with the levels of the rows citing it. */
  sources: SourceVerification[];
  /** Data files the rows come from, plus `sources` (their source ids resolve there). */
  files: DatasetName[];
}

export function chartProvenance(rows: readonly Row[], data: Dataset, figures: ReadonlyMap<string, Figure>): ChartProvenance {
  const bySource = new Map<string, Partial<Record<Verification, number>>>();
  const files = new Set<DatasetName>();
  const levels = rows.map((row) => {
    const origins = rowOrigins(row, data, figures);
    origins.forEach((o) => o.files.forEach((f) => files.add(f)));
    const level = origins.length ? weakest(origins.map((o) => o.verification)) : null;
    for (const id of String(row['sources'] ?? '')
      .split(SEP)
      .filter(Boolean)) {
      const counts = bySource.get(id) ?? {};
      if (level) counts[level] = (counts[level] ?? 0) + 1;
      bySource.set(id, counts);
    }
    return level;
  });
  files.add('sources');
  const order: readonly DatasetName[] = [
    'sources',
    'claims',
    'estimates',
    'organisations',
    'congresses',
    'timeline',
    'hierarchy',
    'ledger',
  ];
  return {
    rows: levels,
    sources: [...bySource].map(([id, l]) => ({ id, levels: l })),
    files: [...files].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
  };
}
