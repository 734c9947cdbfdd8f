/**
 * Organisation count: the official tally of diaspora organisations, 2001 → 2016, each point drawn with
 * its qualifier (about, more than, implied) and the 336 / 313 conflict marked.
 */
import { Plot } from './lib/dom';
import { formatCount } from './lib/format';
import { figureLabel, type FigureMark } from './lib/marks';
import { timePlot } from './lib/time-plot';
import { type ChartSize } from './lib/theme';

/** One reported count of diaspora organisations. */
export interface OrganisationCountRow extends FigureMark {
  [key: string]: string | number | null;
  /** ISO date (or year-month) the figure was given. */
  date: string;
  /** Who gave the figure, on what occasion. */
  speaker: string;
  sources: string;
}

const asDate = (r: OrganisationCountRow) => new Date(`${r.date.slice(0, 7)}-15T00:00:00Z`);

export function organisationCount(rows: readonly OrganisationCountRow[], size: ChartSize): string {
  const years = rows.map((r) => Number(r.date.slice(0, 4)));
  const yMax = Math.max(...rows.map((r) => r.value ?? 0)) * 1.12;
  // A figure implied by another (313 = 416 − 103) is set against the stated figure for the same year.
  const conflicts = rows
    .filter((r) => r.qualifier === 'implied')
    .flatMap((implied) => {
      const stated = rows.find((r) => r !== implied && r.date.slice(0, 4) === implied.date.slice(0, 4));
      return stated ? [{ date: asDate(implied), low: implied.value, high: stated.value }] : [];
    });
  // A point right after another one (within a year) puts its label on the left of the earlier.
  const crowded = (r: OrganisationCountRow) =>
    rows.some((o) => o !== r && asDate(o) > asDate(r) && +asDate(o) - +asDate(r) < 366 * 864e5);
  return timePlot(rows, size, {
    date: asDate,
    label: (r) => (r.qualifier === 'implied' ? `${formatCount(r.value ?? 0)} implied` : figureLabel(r, false)),
    place: (r) => (crowded(r) ? 'left' : 'right'),
    series: (r) => (r.qualifier === 'exact' || r.qualifier === 'about' ? 'stated' : null),
    yMax,
    yFormat: formatCount,
    yLabel: '↑ organisations',
    xDomain: [new Date(Date.UTC(Math.min(...years) - 1, 0, 1)), new Date(Date.UTC(Math.max(...years) + 1, 11, 31))],
    boundTo: (v) => v + yMax * 0.07,
    extra: [
      Plot.ruleX(conflicts, { x: 'date', y1: 'low', y2: 'high', dx: -11, className: 'conflict', markerStart: 'tick', markerEnd: 'tick' }),
    ],
  });
}
