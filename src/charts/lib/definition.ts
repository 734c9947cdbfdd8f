/**
 * The two shapes of a chart. A chart module writes a `ChartSpec` (how to read its rows from the data,
 * its columns, key, words and drawing); `buildChart` (./build.ts) turns it into a `ChartDefinition`,
 * everything the figure, the downloads and the tests need.
 */
import type { ChartSize, ChartVariant, KeyEntry } from './grammar';
import { SIZES } from './grammar';
import { cleanSvg } from './svg';
import type { ChartInput } from './records';
import type { ChartRow, Row } from './types';

/** A column of a chart's rows: the key in CSV/JSON, its table header, and whether it is numeric. */
export interface Column<R extends Row = Row> {
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

/** The reader-facing strings a chart writes; each chart's table adds its own (takeaway, notes…). */
export interface ChartWords {
  title: string;
}

/**
 * One chart, as its module writes it. Every function is pure. The words are a table: `words` is the
 * English one, and everything a reader sees comes from the table it is given, formatted values
 * filled in, so another edition can pass a table of the same shape.
 */
export interface ChartSpec<R extends ChartRow, W extends ChartWords> {
  /** kebab-case; the figure anchor is `chart-<id>` and the download files are `charts/<id>.*`. */
  id: string;
  words: W;
  /** The rows drawn, in drawing order, each with the `ref` of its record. */
  rows: (input: ChartInput) => R[];
  /** The download columns, in order. */
  columns: readonly Column<R>[];
  /** The key under the chart (from the grammar in grammar.ts). */
  key: (words: W) => KeyEntry[];
  /**
   * The finding, as the chart's bold headline, in at most 12 words ("Russia's census finds a quarter
   * of the Azerbaijanis its leaders claim"), generated from the rows; the title becomes the kicker
   * above it.
   */
  headline: (rows: readonly R[], words: W) => string;
  /** One sentence that says what the chart shows. */
  takeaway: (rows: readonly R[], words: W) => string;
  /** The accessible description: extremes, trend, bounds. */
  description: (rows: readonly R[], words: W) => string;
  /** Definitions and caveats a reader needs to read the chart right. */
  notes: (rows: readonly R[], words: W, input: ChartInput) => string[];
  /** Draws rows at a size, every word inside the drawing from `words` (the edition's table). */
  render: (rows: readonly R[], size: ChartSize, words: W) => string;
}

/** A built chart: the spec's rows, words and drawing for the dataset. */
export interface ChartDefinition<R extends Row = Row> {
  /** kebab-case; the figure anchor is `chart-<id>` and the download files are `charts/<id>.*`. */
  id: string;
  /** What the chart is (the kicker above the headline, the SVG title, the download name). */
  title: string;
  /** The finding in at most 12 words, generated from the rows. */
  headline: string;
  /** One sentence, generated from the data, that says what the chart shows. */
  takeaway: string;
  /** Exactly the rows drawn, in drawing order, keyed in column order: the CSV/JSON downloads. */
  rows: readonly Row[];
  /** The same rows as the chart's own type, with every field (including `ref`): for code and tests. */
  drawn: readonly R[];
  columns: readonly Column[];
  /** The sources of the rows, each once, in first-use order. */
  sources: readonly SourceRef[];
  /** Definitions and caveats a reader needs to read the chart right. */
  notes: readonly string[];
  /** The accessible description (SVG <desc>), generated from the rows: extremes, trend, bounds. */
  description: string;
  /** The key under the chart: a swatch (colour family) and what it means in this chart. */
  key: readonly KeyEntry[];
  /** Draws the rows at a size. Pure. */
  render: (size: ChartSize) => string;
}

/** The chart's cleaned SVG for one variant, with role, <title>, <desc> and ids unique on the page. */
export function chartSvg(chart: Pick<ChartDefinition, 'id' | 'title' | 'description' | 'render'>, variant: ChartVariant): string {
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
