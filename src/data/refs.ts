import type { Dataset, DateSpec, Figure, Quantity, Unit, Verification } from './schemas/index.ts';
import { azerbaijanisIn, countAreaName } from './areas.ts';
import { DEFINITION_LABELS, METHOD_LABELS } from './labels.ts';
import { computeDerived } from './derived.ts';
import { editDistance } from '../lib/text.ts';

/**
 * Number references: every figure prose or a chart may cite, keyed by ref
 * (`claims.abroad-10m`, `estimates.ge-2014-census.share`, `congresses.2016.delegates`,
 * `derived.claim-gap`). Pure functions of a parsed dataset; src/data/load.ts builds the index.
 */
interface Base {
  id: string;
  sources: readonly string[];
  verification: Verification;
  note?: string | undefined;
}

function figureOf(
  origin: Figure['origin'], record: Base, field: string | null, label: string, quantity: Quantity, unit: Unit,
  when: { year?: number | undefined; date?: DateSpec | undefined } = {},
): Figure {
  const f: Figure = {
    ref: field ? `${origin}.${record.id}.${field}` : `${origin}.${record.id}`,
    origin, recordId: record.id, label, quantity, unit,
    sources: [...record.sources], verification: record.verification,
  };
  if (when.year !== undefined) f.year = when.year;
  if (when.date !== undefined) f.date = when.date;
  if (record.note !== undefined) f.note = record.note;
  return f;
}

const yearOf = (d: DateSpec | undefined) => (d ? Number(d.start.slice(0, 4)) : undefined);

/** Figures stored in data/ (claims, estimates, organisation counts, congress attendance). */
export function recordFigures(data: Dataset): Map<string, Figure> {
  const list: Figure[] = [];
  for (const c of data.claims) {
    const what = c.unit === 'people' ? azerbaijanisIn(c.area, c.place)
      : c.measures === 'activity' ? 'countries with diaspora activity' : 'countries with Azerbaijanis';
    const label = `${c.speaker}: ${what} (claim)`;
    list.push(figureOf('claims', c, null, label, c.value, c.unit, { year: yearOf(c.date), date: c.date }));
  }
  for (const e of data.estimates) {
    const label = `${countAreaName(e.area, e.definition)}${e.year ? `, ${e.year}` : ''}: ${METHOD_LABELS[e.kind]}, ${DEFINITION_LABELS[e.definition]}`;
    list.push(figureOf('estimates', e, null, label, e.value, e.unit, { year: e.year }));
    if (e.share !== undefined) {
      list.push(figureOf('estimates', e, 'share', `${label}, share of population`, { kind: 'exact', value: e.share }, 'percent', { year: e.year }));
    }
  }
  for (const o of data.organisations) {
    const when = { year: yearOf(o.date), date: o.date };
    list.push(figureOf('organisations', o, null, `Diaspora organisations, ${o.date.start} (${o.speaker})`, o.value, 'organisations', when));
    if (o.foundedSincePreviousCongress) {
      list.push(figureOf('organisations', o, 'foundedSincePreviousCongress', `Organisations founded since the previous congress, ${o.date.start}`, o.foundedSincePreviousCongress, 'organisations', when));
    }
  }
  for (const c of data.congresses) {
    const when = { year: yearOf(c.date), date: c.date };
    for (const field of ['delegates', 'guests', 'countries'] as const) {
      const q = c[field];
      if (q) list.push(figureOf('congresses', c, field, `${c.name}: ${field}`, q, field, when));
    }
  }
  return new Map(list.map((f) => [f.ref, f]));
}

/** Every citable figure: the stored ones and the derived ones. */
export function buildFigureIndex(data: Dataset): Map<string, Figure> {
  const records = recordFigures(data);
  for (const f of computeDerived(records)) records.set(f.ref, f);
  return records;
}

/** Up to `limit` known refs closest to `ref`, those sharing its dataset prefix first. */
export function closeMatches(ref: string, known: Iterable<string>, limit = 5): string[] {
  const prefix = ref.split('.')[0] ?? '';
  return [...known]
    .map((k) => ({ k, d: editDistance(ref, k) - (k.startsWith(`${prefix}.`) ? 3 : 0) }))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, limit)
    .map((m) => m.k);
}

/** The figure for `ref`, or an Error naming the ref, the page or file it came from, and close matches. */
export function lookupFigure(index: ReadonlyMap<string, Figure>, ref: string, where = 'unknown page'): Figure {
  const found = index.get(ref);
  if (found) return found;
  const suggestions = closeMatches(ref, index.keys()).join(', ');
  throw new Error(
    `Unknown number reference "${ref}" in ${where}. Close matches: ${suggestions}. ` +
      'Refs are <dataset>.<record id>[.<field>] or derived.<id>; see data/README.md.',
  );
}
