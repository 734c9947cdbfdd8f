/**
 * Organisation count: the official tally of diaspora organisations, 2001 → 2016, each point drawn with
 * its qualifier (about, more than, implied) and the 336 / 313 conflict marked.
 */
import type { ChartSpec } from './lib/definition';
import { figureColumns } from './lib/columns';
import { Plot } from './lib/dom';
import { formatCount } from './lib/format';
import { figureLabel, flatten, type FigureMark } from './lib/marks';
import { bare, first } from './lib/prose';
import { ids } from './lib/records';
import { timePlot } from './lib/time-plot';
import { keyEntry, type ChartSize } from './lib/grammar';

/** One reported count of diaspora organisations. */
export interface OrganisationCountRow extends FigureMark {
  [key: string]: string | number | null;
  /** The record: `organisations.…`. */
  ref: string;
  /** ISO date (or year-month) the figure was given. */
  date: string;
  /** Who gave the figure, on what occasion. */
  speaker: string;
  sources: string;
}

const dateOf = (r: OrganisationCountRow) => new Date(`${r.date.slice(0, 7)}-15T00:00:00Z`);
const DAY = 864e5;

export function render(rows: readonly OrganisationCountRow[], size: ChartSize, w: typeof words = words): string {
  const wide = size.variant === 'wide';
  const years = rows.map((r) => Number(r.date.slice(0, 4)));
  const yMax = Math.max(...rows.map((r) => r.value ?? 0)) * 1.08;
  // Two figures given weeks apart would hide each other: each steps a few months aside (the table has
  // their dates). A figure and the one implied for the same month stay together, bracketed.
  const neighbour = (r: OrganisationCountRow) =>
    rows.find((o) => o !== r && o.date.slice(0, 7) !== r.date.slice(0, 7) && Math.abs(+dateOf(o) - +dateOf(r)) < 120 * DAY);
  const asDate = (r: OrganisationCountRow) => {
    const o = neighbour(r);
    return o ? new Date(+dateOf(r) + (dateOf(o) > dateOf(r) ? -1 : 1) * (wide ? 60 : 120) * DAY) : dateOf(r);
  };
  // A figure implied by another (313 = 416 − 103) is set against the stated figure for the same month.
  const conflicts = rows
    .filter((r) => r.qualifier === 'implied')
    .flatMap((implied) => {
      const stated = rows.find((r) => r !== implied && r.qualifier !== 'implied' && r.date.slice(0, 7) === implied.date.slice(0, 7));
      return stated ? [{ date: asDate(implied), low: implied.value ?? 0, high: stated.value ?? 0 }] : [];
    });
  const inConflict = (r: OrganisationCountRow) => conflicts.some((c) => +c.date === +asDate(r));
  return timePlot(rows, size, {
    date: asDate,
    // The pair in conflict is named by its callout instead.
    label: (r) => (inConflict(r) ? '' : figureLabel(r, false)),
    place: (r) => {
      const o = neighbour(r);
      return o && dateOf(o) > dateOf(r) ? 'left' : 'right';
    },
    // No line: it would run through the lower bounds, and these are claims, not a counted series.
    series: null,
    // Seven figures in three clusters: a lower desktop drawing leaves less empty height (issue 20); the phone keeps
    // its height so the two 2016 figures stay apart.
    height: { wide: 340, narrow: 400 },
    yMax,
    yFormat: formatCount,
    yLabel: w.axis,
    // The axis ends with the last year; the phone keeps a little more room for the last label.
    xDomain: [new Date(Date.UTC(Math.min(...years) - 1, 0, 1)), new Date(Date.UTC(Math.max(...years) + (wide ? 0 : 1), wide ? 11 : 9, 1))],
    boundTo: (v) => v + yMax * 0.07,
    extra: [
      Plot.ruleX(conflicts, { x: 'date', y1: 'low', y2: 'high', dx: -11, className: 'conflict', markerStart: 'tick', markerEnd: 'tick' }),
      // The callout, below the pair: "336 claimed vs about 313 implied by official figures".
      Plot.text(conflicts, {
        x: 'date',
        y: (c: (typeof conflicts)[number]) => c.low - yMax * 0.06,
        text: (c: (typeof conflicts)[number]) => w.callout(formatCount(c.high), formatCount(c.low)),
        lineAnchor: 'top',
        textAnchor: 'start',
        dx: -16,
        fontSize: wide ? 14 : 13,
        lineHeight: 1.2,
        className: 'callout t-claim halo',
      }),
    ],
  });
}

/** True when every stated (not implied) figure is at least the previous one, judged by their low ends. */
function risesThroughout(rows: readonly OrganisationCountRow[]): boolean {
  const stated = rows.filter((r) => r.qualifier !== 'implied').map((r) => r.low ?? r.value ?? 0);
  return stated.every((v, i) => i === 0 || v >= stated[i - 1]!);
}

export const words = {
  title: 'How many diaspora organisations? The official count, 2001–2016',
  headline: (v: { first: string; last: string; years: number }) => `Official figures: from ${v.first} to ${v.last} in ${v.years} years`,
  takeaway: (v: { first: string; firstYear: string; last: string; lastYear: string; impliedYears: readonly string[] }) =>
    // The first and last figures are the headline's; the takeaway says what they lack.
    `Announced without a list${v.impliedYears.length ? `; for ${v.impliedYears.join(' and ')}, two official figures differ` : ''}.`,
  description: (v: { count: number; figures: readonly string[]; rises: boolean }) =>
    `Dots over time, ${v.count} figures: ${v.figures.join('; ')}.${v.rises ? ' Each stated figure is at least the one before it.' : ''}`,
  figure: (date: string, figure: string, qualifier: string) =>
    `${date}: ${figure}${qualifier === 'moreThan' ? ' (lower bound, drawn with an upward arrow)' : ''}${qualifier === 'implied' ? ' (implied by a later official breakdown; lower than the figure the article gives for the same year)' : ''}`,
  note: (date: string, note: string) => `${date}: ${note}`,
  key: { claim: 'official figure', claimCue: 'arrow: “more than”; dotted: implied' },
  implied: (figure: string) => `${figure} implied`,
  dodged: 'Figures given a few weeks apart are drawn a little apart so that neither hides the other; the table gives their dates.',
  /** The callout at a conflict: the stated figure against the one implied for the same date. */
  callout: (stated: string, implied: string) => `${stated} claimed vs about ${implied}\nimplied by official figures`,
  axis: '↑ organisations',
};

export const organisationCount: ChartSpec<OrganisationCountRow, typeof words> = {
  id: 'organisation-count',
  words,
  rows: ({ data }) =>
    [...data.organisations]
      .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id))
      .map((o) => ({
        ref: `organisations.${o.id}`,
        date: o.date.start,
        kind: 'claim',
        ...flatten(o.value),
        speaker: `${o.speaker}, ${o.occasion}`,
        sources: ids(o.sources),
      })),
  columns: figureColumns<OrganisationCountRow>([{ key: 'date', label: 'Date' }], [{ key: 'speaker', label: 'Said by, where' }]),
  key: (w) => [keyEntry('claim', w.key.claim, w.key.claimCue)],
  headline: (rows, w) => {
    const stated = rows.filter((r) => r.qualifier !== 'implied');
    const [a, z] = [first(stated, 'first count'), first([...stated].reverse(), 'last count')];
    return w.headline({
      first: bare(a, 'organisations'),
      last: figureLabel(z, false),
      years: Number(z.date.slice(0, 4)) - Number(a.date.slice(0, 4)),
    });
  },
  takeaway: (rows, w) => {
    const stated = rows.filter((r) => r.qualifier !== 'implied');
    const [a, z] = [first(stated, 'first count'), first([...stated].reverse(), 'last count')];
    const impliedYears = rows.filter((r) => r.qualifier === 'implied').map((r) => r.date.slice(0, 4));
    return w.takeaway({
      first: bare(a, 'organisations'),
      firstYear: a.date.slice(0, 4),
      last: bare(z, 'organisations'),
      lastYear: z.date.slice(0, 4),
      impliedYears,
    });
  },
  description: (rows, w) =>
    w.description({
      count: rows.length,
      figures: rows.map((r) => w.figure(r.date, bare(r, 'organisations'), r.qualifier)),
      rises: risesThroughout(rows),
    }),
  notes: (rows, w, { data }) => [
    ...data.organisations.flatMap((o) => (o.note ? [w.note(o.date.start, o.note)] : [])),
    // Said when the chart moves marks off their dates (see render), so a reader knows why.
    ...(rows.some((r) =>
      rows.some((o) => o !== r && o.date.slice(0, 7) !== r.date.slice(0, 7) && Math.abs(+dateOf(o) - +dateOf(r)) < 120 * DAY),
    )
      ? [w.dodged]
      : []),
  ],
  render,
};
