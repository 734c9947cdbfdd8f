/**
 * Country count: how many countries the diaspora is said to span ("70", "more than 100") against how
 * many countries were represented at each World Congress. Every figure here is official, so every
 * one is drawn as a claim; the words beside each say what it counts.
 */
import type { Claim } from '../data/schemas/index.ts';
import type { ChartSpec } from './lib/definition';
import { figureColumns } from './lib/columns';
import { encodingOf } from './lib/encoding';
import { formatCount } from './lib/format';
import { centre, figureLabel, flatten, reach, type FigureMark } from './lib/marks';
import { bare, first } from './lib/prose';
import { ids } from './lib/records';
import { rowPlot } from './lib/row-plot';
import { fonts, keyEntry, type ChartSize } from './lib/grammar';
import { shown } from './lib/edition';
import { esc } from './lib/svg';
import { round } from './lib/text';

/** A country count: a claim, or the countries represented at one congress. */
export interface CountryCountRow extends FigureMark {
  [key: string]: string | number | null;
  /** The figure: `claims.…` or `congresses.….countries`. */
  ref: string;
  /** The row label, e.g. "1st Congress (2001)" or "Claim (2018)". Unique. */
  label: string;
  /** Who counted or claimed it, and when. */
  context: string;
  /** What the figure counts: countries of residence (claims), of delegations (congresses) or of activity (events). */
  measures: 'residence' | 'attendance' | 'activity';
  /** Null for an undated claim: an empty cell in the table and the downloads, not a year 0. */
  year: number | null;
  sources: string;
}

/** The axis ends past the largest figure, for its "more than" arrow and its label: 100 → 120. */
function axisMax(rows: readonly CountryCountRow[], step: number): number {
  return Math.ceil((Math.max(...rows.map(reach)) * 1.1) / step) * step;
}

export function render(rows: readonly CountryCountRow[], size: ChartSize, w: typeof words = words): string {
  const wide = size.variant === 'wide';
  const FONT = fonts(size);
  const step = wide ? 20 : 40;
  const max = axisMax(rows, 20);
  const ticks = Array.from({ length: max / step + 1 }, (_, i) => i * step);
  const svg = rowPlot(rows, size, {
    name: (r) => shown(r.label),
    label: (r) => `${figureLabel(r, false)} ${w.measures[r.measures]}`,
    scale: { type: 'linear', domain: [0, max], ticks, format: formatCount, label: w.axis },
    boundTo: (v) => v + max * 0.1,
    // Claims and tallies alike: no stems (every figure here is official).
    stems: false,
    nameWidth: 190,
  });
  // The band of the claims (residence and activity) against the highest delegation count, drawn
  // under the marks from the plot's own grid: its first and last lines are 0 and the axis end.
  const grid = [...svg.matchAll(/<line y2="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" x1="[\d.]+"/g)].map((m) => m.slice(1).map(Number));
  const [x0, xEnd] = [grid[0]![2]!, grid.at(-1)![2]!];
  const [top, bottom] = [grid[0]![1]!, grid[0]![0]!];
  const x = (v: number) => round(x0 + ((xEnd - x0) * v) / max);
  // The band is the claims of residence, as the headline gives them; the activity tallies are drawn apart.
  const claims = rows.filter((r) => r.measures === 'residence');
  const delegations = rows.filter((r) => r.measures === 'attendance');
  if (!claims.length || !delegations.length) return svg;
  const low = first([...largestFirst(claims)].reverse(), 'claim');
  const high = first(largestFirst(claims), 'claim');
  const most = first(largestFirst(delegations), 'delegation count');
  const from = low.low ?? low.value ?? 0;
  const band =
    `<g class="claim-band" fill="currentColor" fill-opacity="0.06" stroke="currentColor" stroke-opacity="0.6" stroke-width="1.5"><rect stroke="none" x="${x(from)}" y="${top}" width="${round(xEnd - x(from))}" height="${round(bottom - top)}"/>` +
    `<line stroke-dasharray="4 3" x1="${x(most.value ?? 0)}" x2="${x(most.value ?? 0)}" y1="${top}" y2="${bottom}"/></g>`;
  const labelY = round(top - (wide ? 4 : 16));
  const labels =
    `<g class="claim-band__labels halo" font-size="${FONT.small}">` +
    `<g class="t-claim"><text x="${x(from) + 4}" y="${labelY}" text-anchor="start">${esc(w.band(figureLabel(low, false), figureLabel(high, false)))}</text></g>` +
    `<g class="t-context"><text x="${x(most.value ?? 0) - 4}" y="${labelY}" text-anchor="end">${esc(w.delegations(figureLabel(most, false)))}</text></g></g>`;
  // The last row is lifted off the axis: the axis and its labels move down.
  const drop = wide ? 10 : 14;
  const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
  // Only the grid and the axis groups move; the last row's marks share the axis's y and stay.
  const isAxis = (g: string) => /class="(grid|axis)"/.test(g) || g.includes(`>${esc(w.axis)}<`);
  const lower = (g: string) =>
    g
      .replace(new RegExp(`y2="${bottom}"`, 'g'), `y2="${bottom + drop}"`)
      .replace(new RegExp(`translate\\(([\\d.]+),${bottom}\\)`, 'g'), `translate($1,${bottom + drop})`);
  // On a phone the row names sit above their rows, where the band's labels would fall on the first
  // one: the drawing moves down under the labels instead.
  const lift = wide ? 0 : 18;
  return svg
    .replace(/<g[^>]*>(?:(?!<g)[\s\S])*?<\/g>/g, (g) => (isAxis(g) ? lower(g) : g))
    .replace(/(<g[^>]*class="grid"[^>]*>)/, `${band}$1`)
    .replace(/height="[\d.]+" viewBox="0 0 ([\d.]+) [\d.]+"/, `height="${height + drop + lift}" viewBox="0 0 $1 ${height + drop + lift}"`)
    .replace(/(<svg[^>]*>)([\s\S]*)<\/svg>$/, (_, open: string, body: string) =>
      lift ? `${open}<g transform="translate(0,${lift})">${body}</g>${labels}</svg>` : `${open}${body}${labels}</svg>`,
    );
}

/** Largest first; of two equal figures, a "more than" one counts as the larger, so order never decides. */
const largestFirst = (list: readonly CountryCountRow[]): CountryCountRow[] =>
  [...list].sort((a, b) => centre(b) + (b.qualifier === 'moreThan' ? 0.5 : 0) - centre(a) - (a.qualifier === 'moreThan' ? 0.5 : 0));

const ORDINAL = ['1st', '2nd', '3rd', '4th', '5th', '6th'];

export const words = {
  title: 'In how many countries? Claims vs the officials’ own tallies',
  headline: (v: { low: string; high: string; most: string }) =>
    `Claimed: ${v.low} to ${v.high} countries. Congress delegations: ${v.most} at most`,
  takeaway: (v: { low: string; high: string; fewest: string; fewestWhich: string; most: string; mostWhich: string }) =>
    // The claims' range is the headline's; the tallies' ends are in the chart and the table.
    `Their own tallies (${v.fewest} to ${v.most}) count attendance or activity, not residence.`,
  description: (figures: readonly string[]) =>
    `Dot chart, one line per figure, every one an official figure drawn as a claim: ${figures.join('; ')}.`,
  figure: (label: string, figure: string, measure: string) => `${label}: ${figure} ${measure}`,
  /** The word after each figure, saying what it counts. */
  measures: { residence: 'claimed', attendance: 'represented', activity: 'with activity' } satisfies Record<
    CountryCountRow['measures'],
    string
  >,
  notes: [
    'Every figure here is official: the congress tallies were reported by the State Committee or state media, so they are drawn as claims, not as counts.',
    'Delegations show where organisations sent delegates, and event tallies where the committee held events, not where Azerbaijanis live.',
    'Where reports of one congress disagree, each report is drawn as its own line.',
  ],
  key: { claim: 'official figure, claimed or tallied', claimCue: 'hollow, dashed; arrow: “more than”' },
  rows: {
    claim: (year: number | null) => `Claim (${year ?? 'undated'})`,
    activity: (year: number | null) => `Countries with activity (${year ?? 'undated'})`,
    congress: (number: number, year: number) => `${ORDINAL[number - 1] ?? number} Congress (${year})`,
    oneReport: (name: string) => `${name}, report 1`,
    anotherReport: (name: string) => `${name}, report 2`,
  },
  axis: 'countries →',
  /** Over the band of the claims, and beside the line of the most countries any congress drew. */
  band: (low: string, high: string) => `claimed: ${low} to ${high}`,
  delegations: (most: string) => `delegations: ${most} at most`,
  /** Congresses for which no country count was reported. */
  noFigure: (congresses: readonly string[]) => `No country figure was reported for the ${congresses.join(', ')}.`,
};

export const countryCount: ChartSpec<CountryCountRow, typeof words> = {
  id: 'country-count',
  words,
  rows: ({ data }) => {
    const w = words.rows;
    const claims = data.claims
      .filter((c) => c.unit === 'countries')
      .map((c: Claim): CountryCountRow => {
        const year = c.date ? Number(c.date.start.slice(0, 4)) : null;
        const measures = c.measures ?? 'residence';
        const label = measures === 'activity' ? w.activity(year) : w.claim(year);
        return {
          ref: `claims.${c.id}`,
          label,
          kind: encodingOf(`claims.${c.id}`, data),
          measures,
          ...flatten(c.value),
          context: c.speaker,
          year,
          sources: ids(c.sources),
        };
      });
    const congresses = data.congresses.flatMap((c): CountryCountRow[] => {
      if (!c.countries) return [];
      const year = Number(c.date.start.slice(0, 4));
      const ref = `congresses.${c.id}.countries`;
      const base = {
        ref,
        kind: encodingOf(ref, data),
        measures: 'attendance' as const,
        context: `${c.name}, ${c.place}`,
        year,
        sources: ids(c.sources),
      };
      const name = w.congress(c.number, year);
      // A congress range stands for reports that disagree, not a spread: one row per report.
      if (c.countries.kind === 'range') {
        return [
          // Each report is one end of the record's range: `….countries.low` / `….countries.high`, so every
          // downloaded row has its own ref and joins back to the record.
          { ...base, ref: `${ref}.low`, label: w.oneReport(name), ...flatten({ kind: 'exact', value: c.countries.low }) },
          { ...base, ref: `${ref}.high`, label: w.anotherReport(name), ...flatten({ kind: 'exact', value: c.countries.high }) },
        ];
      }
      return [{ ...base, label: name, ...flatten(c.countries) }];
    });
    const labels = claims.map((c) => c.label);
    if (new Set(labels).size !== labels.length)
      throw new Error(`src/charts/country-count.ts: two country claims share a year: ${labels.join(', ')}`);
    // One list by year, claims and tallies interleaved; an undated claim last.
    return [...claims, ...congresses].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
  },
  columns: figureColumns<CountryCountRow>(
    [{ key: 'label', label: 'Figure' }],
    [
      { key: 'measures', label: 'Counts countries of' },
      { key: 'context', label: 'Who, where' },
      { key: 'year', label: 'Year', numeric: true },
    ],
  ),
  key: (w) => [keyEntry('claim', w.key.claim, w.key.claimCue)],
  headline: (rows, w) => {
    const residence = largestFirst(rows.filter((r) => r.measures === 'residence'));
    const delegations = largestFirst(rows.filter((r) => r.measures === 'attendance'));
    return w.headline({
      low: figureLabel(first([...residence].reverse(), 'claim'), false),
      high: figureLabel(first(residence, 'claim'), false),
      most: figureLabel(first(delegations, 'congress tally'), false),
    });
  },
  takeaway: (rows, w) => {
    const residence = largestFirst(rows.filter((r) => r.measures === 'residence'));
    const tallies = largestFirst(rows.filter((r) => r.measures !== 'residence'));
    const [high, low] = [first(residence, 'claim'), first([...residence].reverse(), 'claim')];
    const [most, fewest] = [first(tallies, 'tally'), first([...tallies].reverse(), 'tally')];
    const which = (r: CountryCountRow) => r.label.replace(/ \((\d{4})\)/, ', $1').toLowerCase();
    return w.takeaway({
      low: bare(low, 'countries'),
      high: bare(high, 'countries'),
      fewest: figureLabel(fewest, false),
      fewestWhich: which(fewest),
      most: figureLabel(most, false),
      mostWhich: which(most),
    });
  },
  description: (rows, w) => w.description(rows.map((r) => w.figure(r.label, bare(r, 'countries'), w.measures[r.measures]))),
  notes: (_rows, w, { data }) => {
    // A congress with a country figure in any of its reports is not missing one.
    const reported = new Set(data.congresses.filter((c) => c.countries).map((c) => c.number));
    const missing = data.congresses
      .filter((c) => !c.countries && !reported.has(c.number))
      .map((c) => w.rows.congress(c.number, Number(c.date.start.slice(0, 4))));
    return [...w.notes, ...(missing.length ? [w.noFigure(missing)] : [])];
  },
  render,
};
