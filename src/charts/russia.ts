/**
 * Russia: what Russia's censuses count (Azerbaijanis by self-identification, and Azerbaijani citizens),
 * what migrant-stock data count (born in Azerbaijan), and what diaspora organisations claim.
 */
import { formatShort } from './lib/format';
import { centre, figureLabel, reach, type FigureMark } from './lib/marks';
import { timePlot } from './lib/time-plot';
import { type ChartSize } from './lib/theme';

/** The census definition the series line joins (the rows' `definition` text). */
const ETHNIC = 'ethnic self-identification';

/** One figure about Azerbaijanis in Russia. */
export interface RussiaRow extends FigureMark {
  [key: string]: string | number | null;
  year: number;
  /** What is counted: ethnic self-identification, citizens, born in Azerbaijan, or an organisation's claim. */
  definition: string;
  /** Short name for the label, e.g. "census" or "All-Russian Azerbaijani Congress". */
  label: string;
  sources: string;
}

export function russia(rows: readonly RussiaRow[], size: ChartSize): string {
  const years = rows.map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const yMax = Math.max(...rows.map(reach)) * 1.18;
  const asDate = (r: RussiaRow) => new Date(Date.UTC(r.year, 6, 1));
  return timePlot(rows, size, {
    date: asDate,
    // The claim's speaker is in the table; on the chart "claim" and the hollow mark say enough.
    label: (r, wide) => (wide ? `${figureLabel(r, false)} ${r.kind === 'claim' ? 'claim' : r.label}` : figureLabel(r)),
    place: (r) => {
      const late = (r.year - first) / (last - first) > 0.75;
      const near = (o: RussiaRow, years: number) =>
        o !== r && Math.abs(o.year - r.year) <= years && Math.abs(centre(o) - centre(r)) < yMax * 0.08;
      // An earlier figure of about the same size nearby already has the space to the left.
      const crowded = rows.some((o) => o.year < r.year && near(o, 4));
      // Two lower bounds a year or so apart: the later one's label would sit on the earlier one's.
      if (r.qualifier === 'moreThan') return rows.some((o) => o.year < r.year && o.qualifier === 'moreThan' && near(o, 2)) ? 'below' : 'left';
      if (r.kind === 'census' && r.definition === ETHNIC) return 'below';
      if (!late) return 'right';
      if (!crowded) return 'left';
      return rows.some((o) => o.year > r.year && near(o, 4)) ? 'below' : 'right';
    },
    series: (r) => (r.kind === 'census' ? r.definition : null),
    yMax,
    yFormat: formatShort,
    yLabel: '↑ people',
    xDomain: [new Date(Date.UTC(first - 1, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))],
    boundTo: (v) => v + yMax * 0.08,
  });
}
