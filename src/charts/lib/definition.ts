/**
 * What the registry knows about each chart: everything the figure, the downloads and the tests need.
 */
import type { ChartSize, ChartVariant } from './theme';
import { SIZES } from './theme';
import { cleanSvg } from './svg';
import type { Row } from './types';

/** A column of a chart's rows: the key in CSV/JSON, its table header, and whether it is numeric. */
export interface Column<R extends Row> {
  key: keyof R & string;
  label: string;
  numeric?: boolean;
  /** The cell holds a chapter slug: the table links it when that chapter is published. */
  chapter?: boolean;
}

/** A source as the figure's source line shows it. */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  url: string | null;
  partisan: boolean;
}

export interface ChartDefinition<R extends Row = Row> {
  /** kebab-case; the figure anchor is `chart-<id>` and the download files are `charts/<id>.*`. */
  id: string;
  title: string;
  /** One sentence, generated from the data, that says what the chart shows. */
  takeaway: string;
  /** Exactly the rows drawn, in drawing order; these are the CSV/JSON downloads. */
  rows: readonly R[];
  columns: readonly Column<R>[];
  /** The sources of the rows, each once, in first-use order. */
  sources: readonly SourceRef[];
  /** Definitions and caveats a reader needs to read the chart right. */
  notes: readonly string[];
  /** The accessible description (SVG <desc>), generated from the rows: extremes, trend, bounds. */
  description: string;
  /** The key under the chart: a swatch (colour family) and what it means in this chart. */
  key: readonly { swatch: 'claim' | 'census' | 'estimate' | 'migrant' | 'context'; label: string }[];
  /** Draws the rows at a size. Pure. */
  render: (size: ChartSize) => string;
}

/** The chart's cleaned SVG for one variant, with role, <title>, <desc> and ids unique on the page. */
export function chartSvg(chart: ChartDefinition, variant: ChartVariant): string {
  return cleanSvg(chart.render(SIZES[variant]), {
    idBase: `chart-${chart.id}-${variant}`,
    title: chart.title,
    desc: chart.description,
    className: `chart--${chart.id} chart--${variant}`,
  });
}

/** A row's cells as strings, as CSV carries them (null → empty). */
export function rowAsText(row: Row, columns: readonly Column<Row>[]): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c.key, row[c.key] === null ? '' : String(row[c.key])]));
}
