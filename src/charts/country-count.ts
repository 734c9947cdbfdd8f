/**
 * Country count: how many countries the diaspora is said to span ("70", "more than 100") against how
 * many countries were represented at each World Congress. Every figure here is official, so every
 * one is drawn as a claim; the words beside each say what it counts.
 */
import { formatCount } from './lib/format';
import { figureLabel, reach, type FigureMark } from './lib/marks';
import { rowPlot } from './lib/row-plot';
import { niceTicks } from './lib/scales';
import { type ChartSize } from './lib/theme';

/** A country count: a claim, or the countries represented at one congress. */
export interface CountryCountRow extends FigureMark {
  [key: string]: string | number | null;
  /** The row label, e.g. "1st Congress (2001)" or "Claim (2018)". Unique. */
  label: string;
  /** Who counted or claimed it, and when. */
  context: string;
  /** What the figure counts: countries of residence (claims), of delegations (congresses) or of activity (events). */
  measures: 'residence' | 'attendance' | 'activity';
  year: number;
  sources: string;
}

/** The word after each figure, saying what it counts. */
export const MEASURE_WORDS: Readonly<Record<CountryCountRow['measures'], string>> = {
  residence: 'claimed', attendance: 'represented', activity: 'with activity',
};

export function countryCount(rows: readonly CountryCountRow[], size: ChartSize): string {
  const wide = size.variant === 'wide';
  // Room past the largest figure for its "more than" arrow and its label.
  const ticks = niceTicks(Math.max(...rows.map(reach)) * 1.4, wide ? 7 : 3);
  const max = ticks[ticks.length - 1]!;
  return rowPlot(rows, size, {
    name: (r) => r.label,
    label: (r) => `${figureLabel(r, false)} ${MEASURE_WORDS[r.measures]}`,
    scale: { type: 'linear', domain: [0, max], ticks, format: formatCount, label: 'countries →' },
    boundTo: (v) => v + max * 0.1,
    stems: true,
    nameWidth: 190,
  });
}
