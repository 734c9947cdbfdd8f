/**
 * Claimed vs counted: the official "more than 10 million abroad" beside what censuses, estimates and
 * migrant-stock tables count. Two panels: the totals on a linear scale, so the gap between the claim
 * and the counts is seen at its true size and measured by a bracket; then country by country on a
 * log scale from a thousand, because Canada's thousands and Turkey's million must share one line
 * (a figure below a thousand points off the scale). Dots, never bars, so the log scale does not
 * exaggerate lengths.
 */
import type { Claim, Dataset, Estimate, Figure } from '../data/schemas/index.ts';
import { verifiedFirst } from '../data/selection.ts';
import { AREA_NAMES } from '../data/areas.ts';
import { DEFINITION_LABELS } from '../data/labels.ts';
import type { ChartSpec, Column } from './lib/definition';
import { encodingOf } from './lib/encoding';
import { formatNumbers, formatQuantity } from '../data/format.ts';
import { ratio } from '../data/quantity-math.ts';
import { axisFormat } from './lib/format';
import { centre, figureLabel, flatten, quantityOf, reach, type FigureMark } from './lib/marks';
import { byCentre, first, people } from './lib/prose';
import { ids, isPeople, need, type Figures } from './lib/records';
import { rowPlot } from './lib/row-plot';
import { niceTicks, powersOfTen } from './lib/scales';
import { stackPanels } from './lib/stack';
import { Plot } from './lib/dom';
import { edition, shown } from './lib/edition';
import { figureColumns } from './lib/columns';
import { fonts, KIND, keyEntry, keyLabel, type ChartSize } from './lib/grammar';

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
  /** The headline when no country outside Iran reaches half the claim (the rule in `headline` below). */
  headline: (v: { claim: string }) => `Country by country, no count nears the claimed “${v.claim}”`,
  /** The headline otherwise. */
  headlineNear: (v: { claim: string; place: string }) => `${v.place} comes nearest to the claimed “${v.claim}” abroad`,
  takeaway: (v: { place: string; figure: string; kind: string }) =>
    `The largest figure outside Iran: ${v.place}’s ${v.figure} (${v.kind}).`,
  description: {
    claim: (place: string, figure: string) =>
      `Two dot charts, one line per figure: the totals on a linear scale, then country by country on a logarithmic scale from a thousand. ${place}: ${figure}, drawn as a ring, the claim’s mark, with an arrow for “more than”.`,
    gap: (times: string, lowerBound: boolean) =>
      `A bracket measures the gap: the claim is ${lowerBound ? 'more than' : 'about'} ${times} times the UN count of people born in Azerbaijan.`,
    total: (place: string, figure: string, kind: string, definition: string, year: string) =>
      `${place}: ${figure} (${kind}, ${definition}, ${year}).`,
    extremes: (top: string, topFigure: string, bottom: string, bottomFigure: string) =>
      `In the country panel, the largest figure is ${top} (${topFigure}) and the smallest ${bottom} (${bottomFigure}).`,
    ranges: (list: readonly string[]) => `Drawn as ranges because no census counts them: ${list.join('; ')}.`,
  },
  notes: [
    'Each country shows one figure: a range where only ranges exist, otherwise the latest figure by ethnic definition, estimates included, otherwise the latest count of any kind (the table says which).',
    'Definitions differ: “born in Azerbaijan” includes Russians, Armenians and others born there; ethnic counts leave out people who did not state a nationality.',
    'The official claim counts anyone abroad who considers themselves Azerbaijani, as the diaspora law defines them. Iran is shown for scale but is not part of it: as we read the official arithmetic (About explains why), Iran’s Azerbaijanis live in the historical homeland and belong to the world total, not to the millions abroad.',
    'Israel’s figure for Mountain Jews is not counted here: they are not ethnic Azerbaijanis.',
  ],
  key: {
    claim: 'official claim',
    census: 'census count',
    estimate: 'estimate',
    survey: 'survey',
    migrant: 'born in Azerbaijan, migrant stock',
    either: (a: string, b: string) => `${a} or ${b}`,
    range: 'estimated range',
    rangeCue: 'thick bar',
  },
  rows: {
    claim: 'Abroad, as claimed',
    born: 'Abroad, born in Azerbaijan',
    exUssr: 'Former USSR, other republics',
  },
  axis: 'people, log scale →',
  axisLinear: 'people →',
  panels: { totals: 'The totals, on a linear scale', countries: 'Country by country, on a log scale' },
  /** The bracket's label: how many times the claim is the UN count ("> 8.6×"); the wide drawing adds what it is. */
  gap: (times: string, wide: boolean) => `${times}×${wide ? ' the UN count' : ''}`,
  offScale: (label: string) => `${label} · off the scale`,
  /** Beside Iran's range in the wide totals panel: why it is not set against the claim abroad. */
  atHome: (label: string) => `${label} · at home, by our reading`,
};

/** The rows of the totals panel: the claim, the two counted totals and Iran's range (at home in the official arithmetic). */
export function totalsOf<R extends ClaimedVsCountedRow>(rows: readonly R[]): R[] {
  return [...rows.slice(0, 3), ...rows.slice(3).filter((r) => r.place === AREA_NAMES.IR)];
}

/** How many times the claim is the UN count of emigrants, as derived.claim-ratio computes it ("more than 8.6"). */
export function gapOf(rows: readonly ClaimedVsCountedRow[]): { claim: ClaimedVsCountedRow; born: ClaimedVsCountedRow; times: string } {
  const claim = first(
    rows.filter((r) => r.kind === 'claim'),
    'claim',
  );
  const born = first(
    rows.filter((r) => r.kind === 'migrantStock'),
    'UN count of emigrants',
  );
  const q = ratio(quantityOf(claim), quantityOf(born));
  const n = formatNumbers([q.value], 'auto', 'halfExpand', edition());
  return { claim, born, times: q.kind === 'moreThan' ? `>${n}` : `~${n}` };
}

const rowLabel = (r: ClaimedVsCountedRow, wide: boolean) =>
  wide ? `${figureLabel(r)} ${shown(KIND[r.kind].label)}, ${shown(String(r.year))}` : `${figureLabel(r)} · ${shown(String(r.year))}`;

/** The totals on a linear scale, the gap between the claim and the UN count bracketed and labelled. */
export function renderTotals(rows: readonly ClaimedVsCountedRow[], size: ChartSize, w: typeof words = words): string {
  const wide = size.variant === 'wide';
  const boundTo = (v: number) => v * 1.25;
  const top = Math.max(...rows.map((r) => (r.qualifier === 'moreThan' ? boundTo(r.value ?? 0) : reach(r))));
  const ticks = niceTicks(top, wide ? 5 : 3);
  const domain: [number, number] = [0, ticks[ticks.length - 1]!];
  const { claim, born, times } = gapOf(rows);
  const rowHeight = wide ? 40 : 58;
  // Between the claim's line and the next one (the UN count), ticks at both ends: halfway on the
  // desktop; on a phone, where each name sits above its line, just under the claim.
  const between = { y: claim.place, dy: wide ? rowHeight / 2 : 15 };
  return rowPlot(rows, size, {
    name: (r) => shown(r.place),
    label: (r, isWide) => (isWide && r.place === AREA_NAMES.IR ? w.atHome(rowLabel(r, isWide)) : rowLabel(r, isWide)),
    scale: { type: 'linear', domain, ticks, format: axisFormat(ticks, edition()), label: w.axisLinear },
    boundTo,
    nameWidth: 200,
    rowHeight,
    annotations: (isWide) => [
      Plot.link([claim], {
        x1: () => born.value,
        x2: () => claim.value,
        y1: () => claim.place,
        y2: () => claim.place,
        dy: between.dy,
        markerStart: 'tick',
        markerEnd: 'tick',
        className: 'bracket',
      }),
      Plot.text([claim], {
        x: () => ((born.value ?? 0) + (claim.value ?? 0)) / 2,
        y: () => between.y,
        dy: between.dy,
        text: () => w.gap(times, isWide),
        fontSize: fonts(size).label,
        className: 'bracket-label halo',
      }),
    ],
  });
}

/** The log axis starts at a thousand: below it, a country's figure is marked off the scale. */
const AXIS_FROM = 1_000;

/** Country by country on a log scale from a thousand; a smaller figure points off the scale. */
export function renderCountries(rows: readonly ClaimedVsCountedRow[], size: ChartSize, w: typeof words = words): string {
  const max = Math.max(...rows.map(reach)) * 2.5;
  const ticks = powersOfTen(AXIS_FROM, max);
  return rowPlot(rows, size, {
    name: (r) => shown(r.place),
    label: rowLabel,
    scale: { type: 'log', domain: [AXIS_FROM, max], ticks, format: axisFormat(ticks, edition()), label: w.axis },
    boundTo: (v) => v * 1.9,
    nameWidth: 200,
    offScale: (_r, label) => w.offScale(label),
  });
}

export const columns: readonly Column<ClaimedVsCountedRow>[] = figureColumns<ClaimedVsCountedRow>(
  [{ key: 'place', label: 'Place' }],
  [
    { key: 'definition', label: 'Who is counted' },
    { key: 'year', label: 'Year' },
  ],
);

export function render(rows: readonly ClaimedVsCountedRow[], size: ChartSize, w: typeof words = words): string {
  const totals = totalsOf(rows);
  return stackPanels(
    size.width,
    [
      { heading: w.panels.totals, svg: renderTotals(totals, size, w) },
      {
        heading: w.panels.countries,
        svg: renderCountries(
          rows.filter((r) => !totals.includes(r)),
          size,
          w,
        ),
      },
    ],
    fonts(size).label,
  );
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
    {
      swatch: KIND.estimate.colour,
      label: w.key.either(keyLabel('estimate', w.key.estimate), keyLabel('survey', w.key.survey)),
      shape: 'diamond',
    },
    keyEntry('migrantStock', w.key.migrant),
    keyEntry('estimate', w.key.range, w.key.rangeCue, 'range'),
  ],
  headline: (rows, w) => {
    const claim = first(
      rows.filter((r) => r.kind === 'claim'),
      'claim',
    );
    // The claim as claimed: a lower bound stays one ("more than 10 million").
    const claimed = formatQuantity(quantityOf(claim), 'people', { unit: false, locale: edition() });
    // Iran is left out of the comparison: as we read the official arithmetic, its Azerbaijanis are at home.
    const nearest = first(
      [...rows.slice(3).filter((r) => r.place !== AREA_NAMES.IR)].sort((a, b) => reach(b) - reach(a)),
      'country outside Iran',
    );
    return reach(nearest) < (claim.value ?? 0) / 2
      ? w.headline({ claim: claimed })
      : w.headlineNear({ claim: claimed, place: nearest.place });
  },
  takeaway: (rows, w) => {
    // Iran's Azerbaijanis are not part of the claim: the official arithmetic puts them in the homeland.
    const largest = first(byCentre(rows.slice(3).filter((r) => r.place !== AREA_NAMES.IR)), 'country outside Iran');
    return w.takeaway({ place: largest.place, figure: people(largest), kind: KIND[largest.kind].label });
  },
  description: (rows, w) => {
    const places = rows.filter((r) => r.kind !== 'claim');
    // The country panel: Iran is drawn with the totals.
    const sorted = byCentre(places.slice(2).filter((r) => r.place !== AREA_NAMES.IR));
    const [top, bottom] = [first(sorted, 'country'), first([...sorted].reverse(), 'country')];
    const ranges = places.filter((r) => r.qualifier === 'range').map((r) => `${shown(r.place)} ${people(r)}`);
    const claim = first(rows, 'claim');
    return [
      w.description.claim(claim.place, people(claim)),
      ...places.slice(0, 2).map((r) => w.description.total(r.place, people(r), KIND[r.kind].label, r.definition, r.year)),
      w.description.gap(gapOf(rows).times.replace(/^[>~]/, ''), gapOf(rows).times.startsWith('>')),
      w.description.extremes(top.place, people(top), bottom.place, people(bottom)),
      ranges.length ? w.description.ranges(ranges) : '',
    ]
      .filter(Boolean)
      .join(' ');
  },
  notes: (_rows, w) => [...w.notes],
  render,
};
