/**
 * Claimed vs counted: the official "more than 10 million abroad" beside what censuses, estimates and
 * migrant-stock tables count, place by place. A log scale, because Canada's thousands and Iran's
 * millions must share one line; dots (never bars) so the scale does not exaggerate lengths.
 */
import { formatShort } from './lib/format';
import { figureLabel, reach, type FigureMark } from './lib/marks';
import { rowPlot } from './lib/row-plot';
import { powersOfTen } from './lib/scales';
import { KIND, type ChartSize } from './lib/theme';

/** One figure for one place (or the claim, or the counted total), as drawn and downloaded. */
export interface ClaimedVsCountedRow extends FigureMark {
  [key: string]: string | number | null;
  /** The row label: a country, the claim, or the counted total. Unique. */
  place: string;
  /** What is counted: ethnic self-identification, born in Azerbaijan, citizens, ancestry… */
  definition: string;
  year: string;
  sources: string;
}

export function claimedVsCounted(rows: readonly ClaimedVsCountedRow[], size: ChartSize): string {
  const max = Math.max(...rows.map(reach)) * 2.5;
  // The axis starts at the power of ten below the smallest figure (Armenia counts dozens, not thousands).
  const FLOOR = 10 ** Math.floor(Math.log10(Math.min(...rows.map((r) => r.low ?? r.value ?? 1))));
  const ticks = powersOfTen(FLOOR, max).filter((_, i) => size.variant === 'wide' || i % 2 === 0);
  return rowPlot(rows, size, {
    name: (r) => r.place,
    label: (r, wide) => (wide ? `${figureLabel(r)} ${KIND[r.kind].label}, ${r.year}` : `${figureLabel(r)} · ${r.year}`),
    scale: { type: 'log', domain: [FLOOR, max], ticks, format: formatShort, label: 'people, log scale →' },
    boundTo: (v) => v * 1.9,
    nameWidth: 200,
  });
}
