/**
 * Claimed vs counted: the official "more than 10 million abroad" beside what censuses, estimates and
 * migrant-stock tables count, place by place. A log scale, because Canada's thousands and Iran's
 * millions must share one line; dots (never bars) so the scale does not exaggerate lengths.
 */
import type { Claim, Dataset, Estimate, Figure } from '../data/schemas/index.ts';
import { verifiedFirst } from '../data/selection.ts';
import { AREA_NAMES } from '../data/areas.ts';
import { DEFINITION_LABELS } from '../data/labels.ts';
import type { ChartSpec, Column } from './lib/definition';
import { encodingOf } from './lib/encoding';
import { formatShort } from './lib/format';
import { centre, figureLabel, flatten, reach, type FigureMark } from './lib/marks';
import { byCentre, first, number, people } from './lib/prose';
import { ids, isPeople, need, type Figures } from './lib/records';
import { rowPlot } from './lib/row-plot';
import { powersOfTen } from './lib/scales';
import { figureColumns } from './lib/columns';
import { KIND, keyEntry, keyLabel, type ChartSize } from './lib/grammar';

/** One figure for one place (or the claim, or the counted total), as drawn and downloaded. */
export interface ClaimedVsCountedRow extends FigureMark {
  [key: string]: string | number | null;
  /** The record drawn: `claims.…`, `estimates.…` or `derived.…`. */
  ref: string;
  /** The row label: a country, the claim, or the counted total. Unique. */
  place: string;
  /** What is counted: ethnic self-identification, born in Azerbaijan, citizens, ancestry… */
  definition: string;
  year: string;
  sources: string;
}

/** The claim as a row of this chart (and of the map). */
export function claimRow(place: string, c: Claim): ClaimedVsCountedRow {
  return {
    ref: `claims.${c.id}`,
    place,
    kind: 'claim',
    ...flatten(c.value),
    definition: DEFINITION_LABELS.claim,
    year: c.date?.start.slice(0, 4) ?? 'undated',
    sources: ids(c.sources),
  };
}

/** A count as a row of this chart (and of the map). */
export function estimateRow(place: string, e: Estimate): ClaimedVsCountedRow {
  return {
    ref: `estimates.${e.id}`,
    place,
    kind: e.kind,
    ...flatten(e.value),
    definition: DEFINITION_LABELS[e.definition],
    year: e.year ? String(e.year) : 'various',
    sources: ids(e.sources),
  };
}

/** What a sum of counts adds up, from its inputs: "ethnic self-identification (sum of 8 censuses and 1 estimate)". */
function sumDefinition(sum: Figure, data: Dataset, figures: Figures): string {
  const kinds = (sum.from ?? []).map(
    (ref) => data.estimates.find((e) => `estimates.${e.id}` === ref)?.kind ?? figures.get(ref)?.origin ?? 'figure',
  );
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

/** One count per country: a range if the sources only give ranges, else the latest ethnic count, else the latest. */
function bestCount(list: readonly Estimate[]): Estimate | undefined {
  const byYear = (a: Estimate, b: Estimate) => (b.year ?? 0) - (a.year ?? 0);
  const ethnic = list.filter((e) => e.definition === 'ethnic');
  return ethnic.find((e) => e.value.kind === 'range') ?? [...ethnic].sort(byYear)[0] ?? [...list].sort(byYear)[0];
}

/** One count per country outside Azerbaijan (bestCount), largest first: this chart's countries and the map's. */
export function countryCounts(data: Dataset): Estimate[] {
  const countries = [...new Set(data.estimates.filter((e) => isPeople(e) && e.area.length === 2 && e.area !== 'AZ').map((e) => e.area))];
  return (
    countries
      // verifiedFirst (src/data/selection.ts): an unverified count never displaces a verified one.
      .map((area) => need(bestCount(verifiedFirst(data.estimates.filter((e) => e.area === area && isPeople(e)))), `count for ${area}`))
      .sort((a, b) => centre({ kind: b.kind, ...flatten(b.value) }) - centre({ kind: a.kind, ...flatten(a.value) }))
  );
}

export const words = {
  title: 'Claimed vs counted: Azerbaijanis abroad',
  takeaway: (v: { claim: string; born: string; place: string; figure: string; kind: string }) =>
    `The official figure is ${v.claim} abroad; the UN counts ${v.born} people born in Azerbaijan living abroad, and the largest figure for any country outside Iran, ${v.place}’s ${v.figure} (${v.kind}), is a small part of the claim.`,
  description: {
    claim: (place: string, figure: string) =>
      `Dot chart on a logarithmic scale, one line per figure. ${place}: ${figure}, drawn as a hollow dashed claim with an arrow for “more than”.`,
    total: (place: string, figure: string, kind: string, definition: string, year: string) =>
      `${place}: ${figure} (${kind}, ${definition}, ${year}).`,
    extremes: (top: string, topFigure: string, bottom: string, bottomFigure: string) =>
      `By country, the largest figure is ${top} (${topFigure}) and the smallest ${bottom} (${bottomFigure}).`,
    ranges: (list: readonly string[]) => `Drawn as ranges because no census counts them: ${list.join('; ')}.`,
  },
  notes: [
    'Each country shows one figure: a range where only ranges exist, otherwise the latest figure by ethnic definition, estimates included, otherwise the latest count of any kind (the table says which).',
    'Definitions differ: “born in Azerbaijan” includes Russians, Armenians and others born there; ethnic counts leave out people who did not state a nationality.',
    'The official claim counts anyone abroad who considers themselves Azerbaijani, as the diaspora law defines them. Iran is shown for scale but is not part of it: in the official arithmetic Iran’s Azerbaijanis live in the historical homeland and belong to the world total, not to the millions abroad.',
    'Israel’s figure for Mountain Jews is not counted here: they are not ethnic Azerbaijanis.',
  ],
  key: {
    claim: 'official claim',
    census: 'census count',
    estimate: 'estimate',
    survey: 'survey',
    migrant: 'born in Azerbaijan, migrant stock',
    either: (a: string, b: string) => `${a} or ${b}`,
  },
  rows: {
    claim: 'Abroad, as claimed',
    born: 'Abroad, born in Azerbaijan',
    exUssr: 'Former USSR, counts near 2010',
  },
  axis: 'people, log scale →',
};

export const columns: readonly Column<ClaimedVsCountedRow>[] = figureColumns<ClaimedVsCountedRow>(
  [{ key: 'place', label: 'Place' }],
  [
    { key: 'definition', label: 'Who is counted' },
    { key: 'year', label: 'Year' },
  ],
);

export function render(rows: readonly ClaimedVsCountedRow[], size: ChartSize): string {
  const max = Math.max(...rows.map(reach)) * 2.5;
  // The axis starts at the power of ten below the smallest figure (Armenia counts dozens, not thousands).
  const FLOOR = 10 ** Math.floor(Math.log10(Math.min(...rows.map((r) => r.low ?? r.value ?? 1))));
  const ticks = powersOfTen(FLOOR, max).filter((_, i) => size.variant === 'wide' || i % 2 === 0);
  return rowPlot(rows, size, {
    name: (r) => r.place,
    label: (r, wide) => (wide ? `${figureLabel(r)} ${KIND[r.kind].label}, ${r.year}` : `${figureLabel(r)} · ${r.year}`),
    scale: { type: 'log', domain: [FLOOR, max], ticks, format: formatShort, label: words.axis },
    boundTo: (v) => v * 1.9,
    nameWidth: 200,
  });
}

export const claimedVsCounted: ChartSpec<ClaimedVsCountedRow, typeof words> = {
  id: 'claimed-vs-counted',
  words,
  rows: ({ data, figures }) => {
    const claim = need(
      data.claims.find((c) => c.id === 'abroad-10m'),
      'claim "abroad-10m"',
    );
    const born = need(
      data.estimates.find((e) => e.id === 'abroad-2019-born'),
      'estimate "abroad-2019-born"',
    );
    const exUssr = need(figures.get('derived.counted-total-ex-ussr'), 'derived figure "counted-total-ex-ussr"');
    const perCountry = countryCounts(data).map((e) => estimateRow(AREA_NAMES[e.area], e));
    const w = words.rows;
    return [
      claimRow(w.claim, claim),
      estimateRow(w.born, born),
      {
        ref: exUssr.ref,
        place: w.exUssr,
        kind: encodingOf(exUssr.ref, data, figures),
        ...flatten(exUssr.quantity),
        definition: sumDefinition(exUssr, data, figures),
        year: yearSpan(exUssr, figures),
        sources: ids(exUssr.sources),
      },
      ...perCountry,
    ];
  },
  columns,
  key: (w) => [
    keyEntry('claim', w.key.claim),
    keyEntry('census', w.key.census),
    // Surveys share the estimate colour (another shape): one key line for both.
    { swatch: KIND.estimate.colour, label: w.key.either(keyLabel('estimate', w.key.estimate), keyLabel('survey', w.key.survey)) },
    keyEntry('migrantStock', w.key.migrant),
  ],
  takeaway: (rows, w) => {
    const claim = first(
      rows.filter((r) => r.kind === 'claim'),
      'claim',
    );
    const born = first(
      rows.filter((r) => r.kind === 'migrantStock'),
      'migrant stock',
    );
    // Iran's Azerbaijanis are not part of the claim: the official arithmetic puts them in the homeland.
    const largest = first(byCentre(rows.slice(3).filter((r) => r.place !== AREA_NAMES.IR)), 'country outside Iran');
    return w.takeaway({
      claim: people(claim),
      born: number(born),
      place: largest.place,
      figure: people(largest),
      kind: KIND[largest.kind].label,
    });
  },
  description: (rows, w) => {
    const places = rows.filter((r) => r.kind !== 'claim');
    const sorted = byCentre(places.slice(2));
    const [top, bottom] = [first(sorted, 'country'), first([...sorted].reverse(), 'country')];
    const ranges = places.filter((r) => r.qualifier === 'range').map((r) => `${r.place} ${people(r)}`);
    const claim = first(rows, 'claim');
    return [
      w.description.claim(claim.place, people(claim)),
      ...places.slice(0, 2).map((r) => w.description.total(r.place, people(r), KIND[r.kind].label, r.definition, r.year)),
      w.description.extremes(top.place, people(top), bottom.place, people(bottom)),
      ranges.length ? w.description.ranges(ranges) : '',
    ]
      .filter(Boolean)
      .join(' ');
  },
  notes: (_rows, w) => [...w.notes],
  render,
};
