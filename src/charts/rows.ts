/**
 * From the dataset to the rows each chart draws (and offers for download). Pure functions of the
 * parsed dataset: which records a chart shows is decided here, once, and tested against the data.
 */
import { verifiedFirst } from '../data/selection.ts';
import type { Claim, Dataset, Estimate, Figure, Quantity } from '../data/schemas/index.ts';
import { AREA_NAMES } from '../data/areas.ts';
import { DEFINITION_LABELS } from '../data/labels.ts';
import { formatQuantity } from '../data/format.ts';
import { flatten, centre } from './lib/marks';
import type { Kind } from './lib/theme';
import type { ClaimedVsCountedRow } from './claimed-vs-counted';
import type { FiftyMillionRow } from './fifty-million';
import type { OrganisationCountRow } from './organisation-count';
import type { CountryCountRow } from './country-count';
import type { RussiaRow } from './russia';
import type { PyramidRow } from './pyramid';
import type { TimelineRow } from './timeline';
import { SYMBOL_AT, type WorldMapRow } from './world-map';
import { rowOrigins } from '../lib/data-hub/provenance';
import type { Row } from './lib/types';

type Figures = ReadonlyMap<string, Figure>;

const ids = (sources: readonly string[]) => sources.join('; ');
const isPeople = (e: Estimate) => e.unit === 'people' && e.group === 'azerbaijanis';

/**
 * How a figure is drawn follows from where it comes from, never from the chart: an estimates record
 * is drawn as its own kind (census, survey, estimate, migrant stock); everything officials or
 * advocates said — claims, organisation counts, congress tallies reported by the State Committee or
 * state media — is drawn as a claim. A derived figure takes the weakest kind of its inputs.
 */
export function encodingOf(ref: string, data: Dataset, figures?: Figures): Kind {
  const [name = '', id = ''] = ref.split('.');
  if (name === 'estimates') return need(data.estimates.find((e) => e.id === id), `record "${ref}"`).kind;
  if (name === 'derived') {
    const inputs = need(figures?.get(ref)?.from, `derived figure "${ref}"`).map((r) => encodingOf(r, data, figures));
    return WEAKEST.find((k) => inputs.includes(k)) ?? 'claim';
  }
  if (name === 'claims' || name === 'organisations' || name === 'congresses') return 'claim';
  throw new Error(`src/charts/rows.ts: no encoding for "${ref}"`);
}
/**
 * Rows drawn as a count (census, survey, estimate, migrant stock) whose records say otherwise:
 * the registry refuses to build a chart with any, so an official tally can never be drawn as a census.
 */
export function encodingProblems(chart: string, rows: readonly Row[], data: Dataset, figures: Figures): string[] {
  return rows.flatMap((row, i) => {
    const kind = row['kind'];
    if (typeof kind !== 'string' || kind === 'claim' || kind === 'context') return [];
    const origins = rowOrigins(row, data, figures);
    const wrong = origins.filter((o) => encodingOf(o.ref, data, figures) !== kind);
    return wrong.length === 0 ? [] : [`${chart} row ${i} is drawn as "${kind}" but ${wrong.map((o) => `${o.ref} is a "${encodingOf(o.ref, data, figures)}"`).join(', ')}`];
  });
}

/** Kinds from least to most counted: a sum is only as counted as its least counted part. */
const WEAKEST: readonly Kind[] = ['claim', 'estimate', 'survey', 'migrantStock', 'census'];

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`src/charts/rows.ts: the dataset has no ${what}`);
  return value;
}

/** One count per country: a range if the sources only give ranges, else the latest ethnic count, else the latest. */
function bestCount(list: readonly Estimate[]): Estimate | undefined {
  const byYear = (a: Estimate, b: Estimate) => (b.year ?? 0) - (a.year ?? 0);
  const ethnic = list.filter((e) => e.definition === 'ethnic');
  return ethnic.find((e) => e.value.kind === 'range') ?? [...ethnic].sort(byYear)[0] ?? [...list].sort(byYear)[0];
}

/** One count per country outside Azerbaijan (bestCount), largest first: the claimed-vs-counted rows and the map. */
function countryCounts(data: Dataset): Estimate[] {
  const countries = [...new Set(data.estimates.filter((e) => isPeople(e) && e.area.length === 2 && e.area !== 'AZ').map((e) => e.area))];
  return countries
    // verifiedFirst (src/data/selection.ts): an unverified count never displaces a verified one.
    .map((area) => need(bestCount(verifiedFirst(data.estimates.filter((e) => e.area === area && isPeople(e)))), `count for ${area}`))
    .sort((a, b) => centre({ kind: b.kind, ...flatten(b.value) }) - centre({ kind: a.kind, ...flatten(a.value) }));
}

export function worldMapRows(data: Dataset): WorldMapRow[] {
  const claim = need(data.claims.find((c) => c.id === 'abroad-10m'), 'claim "abroad-10m"');
  const counted = countryCounts(data).map((e): WorldMapRow => {
    const at = SYMBOL_AT[e.area];
    if (!at) throw new Error(`src/charts/world-map.ts: no map position for "${e.area}" — add its capital to SYMBOL_AT`);
    return { ...estimateRow(AREA_NAMES[e.area], e), area: e.area, lon: at[0], lat: at[1] };
  });
  return [{ ...claimRow('Claimed abroad', claim), area: '', lon: null, lat: null }, ...counted];
}

export function claimedVsCountedRows(data: Dataset, figures: Figures): ClaimedVsCountedRow[] {
  const claim = need(data.claims.find((c) => c.id === 'abroad-10m'), 'claim "abroad-10m"');
  const born = need(data.estimates.find((e) => e.id === 'abroad-2019-born'), 'estimate "abroad-2019-born"');
  const exUssr = need(figures.get('derived.counted-total-ex-ussr'), 'derived figure "counted-total-ex-ussr"');
  const perCountry = countryCounts(data).map((e) => estimateRow(AREA_NAMES[e.area], e));
  return [
    claimRow('Abroad, as claimed', claim),
    estimateRow('Abroad, born in Azerbaijan', born),
    { place: 'Former USSR, counts near 2010', kind: encodingOf(exUssr.ref, data, figures), ...flatten(exUssr.quantity), definition: sumDefinition(exUssr, data, figures), year: yearSpan(exUssr, figures), sources: ids(exUssr.sources) },
    ...perCountry,
  ];
}

/** What a sum of counts adds up, from its inputs: "ethnic self-identification (sum of 8 censuses and 1 estimate)". */
function sumDefinition(sum: Figure, data: Dataset, figures: Figures): string {
  const kinds = (sum.from ?? []).map((ref) => data.estimates.find((e) => `estimates.${e.id}` === ref)?.kind ?? figures.get(ref)?.origin ?? 'figure');
  const counts = [...new Set(kinds)].map((k) => {
    const n = kinds.filter((x) => x === k).length;
    return `${n} ${k === 'census' ? (n === 1 ? 'census' : 'censuses') : `${k}${n === 1 ? '' : 's'}`}`;
  });
  return `ethnic self-identification (sum of ${counts.join(' and ')})`;
}

/** The years a sum's inputs refer to, "1989–2014": a sum of counts of different years says so. */
function yearSpan(sum: Figure, figures: Figures): string {
  const years = (sum.from ?? []).flatMap((ref) => figures.get(ref)?.year ?? []);
  if (!years.length) return 'undated';
  const [lo, hi] = [Math.min(...years), Math.max(...years)];
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

function claimRow(place: string, c: Claim): ClaimedVsCountedRow {
  return { place, kind: 'claim', ...flatten(c.value), definition: DEFINITION_LABELS.claim, year: c.date?.start.slice(0, 4) ?? 'undated', sources: ids(c.sources) };
}

function estimateRow(place: string, e: Estimate): ClaimedVsCountedRow {
  return { place, kind: e.kind, ...flatten(e.value), definition: DEFINITION_LABELS[e.definition], year: e.year ? String(e.year) : 'various', sources: ids(e.sources) };
}

export function fiftyMillionRows(data: Dataset, figures: Figures): FiftyMillionRow[] {
  const get = (ref: string) => need(figures.get(ref), `figure "${ref}"`);
  const remainder = get('derived.fifty-million-remainder');
  const [world, home, abroad] = (remainder.from ?? []).map(get);
  if (!world || !home || !abroad) throw new Error('src/charts/rows.ts: derived.fifty-million-remainder needs three inputs');
  const official = `Official world total: ${formatQuantity(world.quantity, 'people')}`;
  const homeKind = data.estimates.find((e) => `estimates.${e.id}` === home.ref)?.kind ?? 'claim';
  const encyclopaedic = need(data.estimates.find((e) => e.area === 'world' && isPeople(e)), 'world estimate');
  const row = (bar: string, part: string, kind: Kind, quantity: Quantity, sources: readonly string[]): FiftyMillionRow =>
    ({ bar, part, kind, ...flatten(quantity), sources: ids(sources) });
  const rest = remainder.quantity;
  if (rest.kind === 'range') throw new Error('src/charts/rows.ts: the 50-million remainder must be a single number');
  return [
    row(official, AREA_NAMES.AZ, homeKind, home.quantity, home.sources),
    row(official, 'Abroad (claimed)', 'claim', abroad.quantity, abroad.sources),
    // Not said by anyone: what the claim leaves unaccounted for, hence "implied".
    row(official, 'At home beyond the republic, chiefly Iran (implied)', 'claim', { kind: 'implied', value: rest.value }, remainder.sources),
    row('Encyclopaedic world total', 'All Azerbaijanis', encyclopaedic.kind, encyclopaedic.value, encyclopaedic.sources),
  ];
}

export function organisationCountRows(data: Dataset): OrganisationCountRow[] {
  return [...data.organisations]
    .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id))
    .map((o) => ({ date: o.date.start, kind: 'claim', ...flatten(o.value), speaker: `${o.speaker}, ${o.occasion}`, sources: ids(o.sources) }));
}

const ORDINAL = ['1st', '2nd', '3rd', '4th', '5th', '6th'];

export function countryCountRows(data: Dataset): CountryCountRow[] {
  const claims = data.claims.filter((c) => c.unit === 'countries').map((c: Claim) => {
    const year = Number(c.date?.start.slice(0, 4) ?? 0);
    const measures = c.measures ?? 'residence';
    const label = `${measures === 'activity' ? 'Countries with activity' : 'Claim'} (${year || 'undated'})`;
    return { label, kind: encodingOf(`claims.${c.id}`, data), measures, ...flatten(c.value), context: c.speaker, year, sources: ids(c.sources) };
  });
  const congresses = data.congresses.flatMap((c) => {
    if (!c.countries) return [];
    const year = Number(c.date.start.slice(0, 4));
    const base = { kind: encodingOf(`congresses.${c.id}.countries`, data), measures: 'attendance' as const, context: `${c.name}, ${c.place}`, year, sources: ids(c.sources) };
    const name = `${ORDINAL[c.number - 1] ?? c.number} Congress (${year})`;
    // A congress range stands for reports that disagree, not a spread: one row per report.
    if (c.countries.kind === 'range') {
      return [
        { ...base, label: `${name}, one report`, ...flatten({ kind: 'exact', value: c.countries.low }) },
        { ...base, label: `${name}, another report`, ...flatten({ kind: 'exact', value: c.countries.high }) },
      ];
    }
    return [{ ...base, label: name, ...flatten(c.countries) }];
  });
  const byYear = <T extends { year: number }>(a: T, b: T) => a.year - b.year;
  const labels = claims.map((c) => c.label);
  if (new Set(labels).size !== labels.length) throw new Error(`src/charts/rows.ts: two country claims share a year: ${labels.join(', ')}`);
  return [...claims.sort(byYear), ...congresses.sort(byYear)];
}

export function russiaRows(data: Dataset): RussiaRow[] {
  const counts = data.estimates
    // Only counts of Azerbaijanis: Russia's whole-population figures (e.g. census non-response) are context, not dots.
    .filter((e) => e.area === 'RU' && isPeople(e) && e.year !== undefined)
    .map((e): RussiaRow => ({
      year: e.year ?? 0, kind: e.kind, ...flatten(e.value), definition: DEFINITION_LABELS[e.definition],
      label: e.kind === 'migrantStock' ? 'migrant stock' : `${e.kind} (${e.definition === 'ethnic' ? 'ethnic' : DEFINITION_LABELS[e.definition]})`,
      sources: ids(e.sources),
    }));
  const claims = data.claims
    .filter((c) => c.area === 'RU' && c.unit === 'people' && c.date)
    .map((c): RussiaRow => ({
      year: Number(c.date?.start.slice(0, 4)), kind: 'claim', ...flatten(c.value), definition: DEFINITION_LABELS.claim,
      label: `claim (${c.speaker})`, sources: ids(c.sources),
    }));
  return [...counts, ...claims].sort((a, b) => a.year - b.year || centre(b) - centre(a));
}

export function pyramidRows(data: Dataset): PyramidRow[] {
  return data.hierarchy.map((t) => ({
    id: t.id, parent: t.parent, tier: t.name, examples: t.examples.map((e) => e.name).join('; '),
    sources: ids([...new Set([...t.sources, ...t.examples.flatMap((e) => e.sources)])]),
  }));
}

export const TRACK_NAMES = {
  stateInstitutions: 'State institutions', congresses: 'Congresses', law: 'Law', russia: 'Russia', conflict: 'Conflict',
} as const;

export function timelineRows(data: Dataset): TimelineRow[] {
  return [...data.timeline]
    .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id))
    .map((e) => ({ date: e.date.start, event: e.title, track: TRACK_NAMES[e.track], chapter: e.chapter ?? null, sources: ids(e.sources) }));
}
