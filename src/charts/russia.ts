/**
 * Russia: what Russia's censuses count (Azerbaijanis by self-identification, and Azerbaijani citizens),
 * what migrant-stock data count (born in Azerbaijan), and what diaspora organisations claim.
 */
import { DEFINITION_LABELS } from '../data/labels.ts';
import type { ChartSpec } from './lib/definition';
import { figureColumns } from './lib/columns';
import { formatShort } from './lib/format';
import { centre, figureLabel, flatten, quantityOf, reach, type FigureMark } from './lib/marks';
import { DERIVED_INPUTS } from '../data/derived.ts';
import { ratio } from '../data/quantity-math.ts';
import { formatNumbers, formatQuantity } from '../data/format.ts';
import { edition } from './lib/edition';
import { byCentre, first, number, people } from './lib/prose';
import { ids, isPeople } from './lib/records';
import { timePlot } from './lib/time-plot';
import { Plot } from './lib/dom';
import { keyEntry, type ChartSize } from './lib/grammar';
import { shown } from './lib/edition';

/** The census definition the series line joins (the rows' `definition` text). */
const ETHNIC = DEFINITION_LABELS.ethnic;

/** One figure about Azerbaijanis in Russia. */
export interface RussiaRow extends FigureMark {
  [key: string]: string | number | null;
  /** The record: `estimates.…` or `claims.…`. */
  ref: string;
  year: number;
  /** What is counted: ethnic self-identification, citizens, born in Azerbaijan, or an organisation's claim. */
  definition: string;
  /** Short name for the label, e.g. "census" or "All-Russian Azerbaijani Congress". */
  label: string;
  sources: string;
}

export function render(rows: readonly RussiaRow[], size: ChartSize, w: typeof words = words): string {
  const years = rows.map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const yMax = Math.max(...rows.map(reach)) * 1.18;
  const asDate = (r: RussiaRow) => new Date(Date.UTC(r.year, 6, 1));
  // The census line, in the census colour: the ethnic counts joined in date order.
  const ethnic = rows.filter((r) => r.kind === 'census' && r.definition === ETHNIC);
  // The bracket from the census up to the congress's claim (its low end), at the claim's date.
  const { census, claim, timesText } = claimOverCensus(rows);
  const gap = [{ date: asDate(claim), low: census.value, high: claim.low ?? claim.value, from: asDate(census) }];
  const wide = size.variant === 'wide';
  return timePlot(rows, size, {
    date: asDate,
    // The claim's speaker is in the table; on the chart "claim" and the hollow mark say enough. On the
    // phone, a count that is not the ethnic census says what it counts, so the two blue dots differ.
    label: (r, wide) =>
      wide
        ? `${figureLabel(r, false)} ${r.kind === 'claim' ? w.claim : shown(r.label)}`
        : `${figureLabel(r)}${r.kind === 'census' && r.definition !== ETHNIC ? ` ${w.citizens}` : ''}`,
    place: (r) => {
      const late = (r.year - first) / (last - first) > 0.75;
      const near = (o: RussiaRow, years: number) =>
        o !== r && Math.abs(o.year - r.year) <= years && Math.abs(centre(o) - centre(r)) < yMax * 0.08;
      // An earlier figure of about the same size nearby already has the space to the left.
      const crowded = rows.some((o) => o.year < r.year && near(o, 4));
      // Two lower bounds a year or so apart: the later one's label would sit on the earlier one's.
      if (r.qualifier === 'moreThan')
        return rows.some((o) => o.year < r.year && o.qualifier === 'moreThan' && near(o, 2)) ? 'below' : 'left';
      if (r.kind === 'census' && r.definition === ETHNIC) return 'below';
      if (!late) return 'right';
      if (!crowded) return 'left';
      return rows.some((o) => o.year > r.year && near(o, 4)) ? 'below' : 'right';
    },
    series: null,
    yMax,
    yFormat: formatShort,
    yLabel: w.axis,
    xDomain: [new Date(Date.UTC(first - 1, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))],
    boundTo: (v) => v + yMax * 0.08,
    extra: [
      Plot.line(ethnic, { x: asDate, y: (r: RussiaRow) => r.value, className: 'series l-census' }),
      // A faint guide carries the census level across to the bracket.
      Plot.ruleY(gap, { x1: 'from', x2: 'date', y: 'low', dx: -14, stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '2 3' }),
      Plot.ruleX(gap, { x: 'date', y1: 'low', y2: 'high', dx: -14, className: 'conflict' }),
      Plot.text(gap, {
        x: 'date',
        y: (d: (typeof gap)[number]) => ((d.low ?? 0) + (d.high ?? 0)) / 2,
        text: () => w.bracket(timesText, census.year),
        dx: -22,
        textAnchor: 'end',
        fontSize: wide ? 14 : 13,
        fontWeight: 700,
        className: 'bracket-label halo',
      }),
    ],
  });
}

/**
 * The comparison the story makes (derived.ru-claim-ratio, the ledger's and chapter 5's): the All-Russian
 * Azerbaijani Congress's claim against the census it was made after, as many times over as the derived
 * figure says ("more than 3.3"), computed by the same function from the same two records.
 */
export function claimOverCensus(rows: readonly RussiaRow[]): {
  census: RussiaRow;
  claim: RussiaRow;
  times: number;
  lowerBound: boolean;
  timesText: string;
} {
  const [claimRef, censusRef] = DERIVED_INPUTS.get('ru-claim-ratio') ?? [];
  const claim = first(
    rows.filter((r) => r.ref === claimRef),
    `the claim of derived.ru-claim-ratio (${claimRef})`,
  );
  const census = first(
    rows.filter((r) => r.ref === censusRef),
    `the census of derived.ru-claim-ratio (${censusRef})`,
  );
  const q = ratio(quantityOf(claim), quantityOf(census));
  const n = formatNumbers([q.value], 'auto', 'halfExpand', edition());
  return { census, claim, times: q.value, lowerBound: q.kind === 'moreThan', timesText: q.kind === 'moreThan' ? `>${n}` : `~${n}` };
}

export const words = {
  title: 'Azerbaijanis in Russia: censuses, migrants and claims',
  /**
   * `under`: how small a share of the claim the census counted ("a third"), from the ratio's whole
   * part; `claimYear`: which of the congress's claims (it made more than one).
   */
  headline: (v: { year: number; under: number; claimYear: number }) =>
    `Russia’s ${v.year} census counted under ${['', 'all', 'half', 'a third', 'a quarter', 'a fifth'][v.under] ?? `1/${v.under}`} of the congress’s ${v.claimYear} claim`,
  /** The claim is the headline's (the chapter's comparison), with its year: the chart draws others too. */
  takeaway: (v: { latest: string; year: number; since: number; claim: string; claimYear: number }) =>
    `Counted: ${v.latest} in ${v.year}, down from ${v.since}. Claimed in ${v.claimYear}: ${v.claim}.`,
  description: (v: { count: number; figures: readonly string[]; highest: string; highestFigure: string; lowest: string }) =>
    `Dots over time, ${v.count} figures: ${v.figures.join('; ')}. Highest: ${v.highest} (${v.highestFigure}); lowest: ${v.lowest}.`,
  figure: (year: number, label: string, figure: string) => `${year}, ${label}: ${figure}`,
  notes: [
    'Census figures count people who gave “Azerbaijani” as their nationality; in 2021 about one in nine residents gave none, so the fall is partly non-response.',
    'Migrant stock counts everyone born in Azerbaijan, whatever their ethnicity; citizens are Azerbaijani passport holders.',
  ],
  key: { claim: 'diaspora claim', census: 'Russian census', censusCue: 'circle, joined', migrant: 'born in Azerbaijan, UN migrant stock' },
  rows: {
    migrantStock: 'migrant stock',
    count: (kind: string, definition: string) => `${kind} (${definition})`,
    ethnic: 'ethnic',
    claim: (speaker: string) => `claim (${speaker})`,
  },
  /** The word a claim's label carries on the wide chart (the speaker is in the table). */
  claim: 'claim',
  /** The phone label's word for a count of citizens, so it is not read as the ethnic census. */
  citizens: 'citizens',
  /** The bracket between the census and the congress's claim: ">3.3× the 2010 census". */
  bracket: (times: string, year: number) => `${times}× the ${year} census`,
  axis: '↑ people',
};

export const russia: ChartSpec<RussiaRow, typeof words> = {
  id: 'russia',
  words,
  rows: ({ data }) => {
    const w = words.rows;
    const counts = data.estimates
      // Only counts of Azerbaijanis: Russia's whole-population figures (e.g. census non-response) are context, not dots.
      .filter((e) => e.area === 'RU' && isPeople(e) && e.year !== undefined)
      .map((e): RussiaRow => ({
        ref: `estimates.${e.id}`,
        year: e.year ?? 0,
        kind: e.kind,
        ...flatten(e.value),
        definition: DEFINITION_LABELS[e.definition],
        label:
          e.kind === 'migrantStock'
            ? w.migrantStock
            : w.count(e.kind, e.definition === 'ethnic' ? w.ethnic : DEFINITION_LABELS[e.definition]),
        sources: ids(e.sources),
      }));
    const claims = data.claims
      .filter((c) => c.area === 'RU' && c.unit === 'people' && c.date)
      .map((c): RussiaRow => ({
        ref: `claims.${c.id}`,
        year: Number(c.date?.start.slice(0, 4)),
        kind: 'claim',
        ...flatten(c.value),
        definition: DEFINITION_LABELS.claim,
        label: w.claim(c.speaker),
        sources: ids(c.sources),
      }));
    return [...counts, ...claims].sort((a, b) => a.year - b.year || centre(b) - centre(a));
  },
  columns: figureColumns<RussiaRow>(
    [
      { key: 'year', label: 'Year' },
      { key: 'label', label: 'Figure' },
    ],
    [{ key: 'definition', label: 'Who is counted' }],
  ),
  key: (w) => [keyEntry('claim', w.key.claim), keyEntry('census', w.key.census, w.key.censusCue), keyEntry('migrantStock', w.key.migrant)],
  headline: (rows, w) => {
    const { census, claim, times } = claimOverCensus(rows);
    // A claim more than N times the count means the count is under 1/N of it.
    return w.headline({ year: census.year, under: Math.floor(times), claimYear: claim.year });
  },
  takeaway: (rows, w) => {
    const census = rows.filter((r) => r.kind === 'census' && r.definition === ETHNIC);
    const { claim } = claimOverCensus(rows);
    const last = first([...census].reverse(), 'census count');
    return w.takeaway({
      latest: number(last),
      year: last.year,
      since: first(census, 'census').year,
      claim: formatQuantity(quantityOf(claim), 'people', { unit: false, locale: edition() }),
      claimYear: claim.year,
    });
  },
  description: (rows, w) => {
    const sorted = byCentre(rows);
    const [highest, lowest] = [first(sorted, 'figure'), first([...sorted].reverse(), 'figure')];
    return w.description({
      count: rows.length,
      figures: rows.map((r) => w.figure(r.year, r.label, people(r))),
      highest: highest.label,
      highestFigure: people(highest),
      lowest: lowest.label,
    });
  },
  notes: (_rows, w) => [...w.notes],
  render,
};
