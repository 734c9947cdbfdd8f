/**
 * The marks every quantitative chart shares, so a claim, a count, a bound and a range look the same
 * in all of them: a dot per figure (shape and class by kind), a thick bar for a range, an open arrow
 * beyond a lower bound, and a label that carries the qualifier (~, >, –).
 */
import { Plot } from './dom';
import { CLAIM_RADIUS, KIND, QUALIFIER_CLASS, type Kind } from './grammar';
import { formatQualified, type Qualifier } from './format';
import type { Quantity } from '../../data/schemas/index.ts';

/**
 * Each drawn row's place in its chart's table (set by buildChart), so a mark can carry a tiny
 * `data-row` and the reader script reads the tooltip from the table row: one source for both.
 */
export const rowIndex = new WeakMap<object, number>();

/** Plot's render hook: tags each element a mark draws with its row's table index (for a chart's own marks too). */
export function tagRows<R extends object>(rows: readonly R[]): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    const drawn = g?.children ?? [];
    for (let j = 0; j < drawn.length && j < index.length; j++) {
      const at = rowIndex.get(rows[index[j]!]!);
      if (at !== undefined) drawn[j]!.setAttribute('data-row', String(at));
    }
    return g;
  };
}

/** What a mark needs to know about a figure; chart rows extend it. */
export interface FigureMark {
  kind: Kind;
  qualifier: Qualifier;
  /** The point value; null for a range. */
  value: number | null;
  /** Range ends; null unless `qualifier` is "range". */
  low: number | null;
  high: number | null;
}

/** A dataset quantity as the flat columns a row carries (CSV has no nesting). */
export function flatten(q: Quantity): Pick<FigureMark, 'qualifier' | 'value' | 'low' | 'high'> {
  return q.kind === 'range'
    ? { qualifier: 'range', value: null, low: q.low, high: q.high }
    : { qualifier: q.kind, value: q.value, low: null, high: null };
}

/** The flat columns back as a dataset quantity, for prose (formatQuantity) in descriptions. */
export function quantityOf(f: FigureMark): Quantity {
  if (f.qualifier === 'range') return { kind: 'range', low: f.low ?? 0, high: f.high ?? 0 };
  return { kind: f.qualifier, value: f.value ?? 0 };
}

/** Where a figure sits on its value axis: its value, or the middle of its range. */
export function centre(f: FigureMark): number {
  if (f.value !== null) return f.value;
  if (f.low !== null && f.high !== null) return (f.low + f.high) / 2;
  throw new Error('a figure needs a value or a low–high range');
}

/** The largest number a figure reaches (for scale domains). */
export function reach(f: FigureMark): number {
  return f.high ?? f.value ?? 0;
}

/** The figure's own label: "603,070", "~416", ">450", "12–23 M". */
export function figureLabel(f: FigureMark, short = true): string {
  return f.qualifier === 'range'
    ? formatQualified('range', f.low ?? 0, f.high ?? undefined, short)
    : formatQualified(f.qualifier, f.value ?? 0, undefined, short);
}

interface MarkOptions<R extends FigureMark> {
  /** Which axis carries the value: "x" for horizontal charts, "y" for charts over time. */
  valueAxis: 'x' | 'y';
  /** The other channel (category or date) of a row. */
  at: (r: R) => string | number | Date;
  /** Where the arrow of a lower bound ends, in value units. */
  boundTo: (value: number) => number;
  r?: number;
}

/** Dots, ranges and bound arrows for a set of figure rows, one mark per kind and qualifier class. */
export function figureMarks<R extends FigureMark>(rows: readonly R[], o: MarkOptions<R>): Plot.Markish[] {
  const marks: Plot.Markish[] = [];
  const vx = o.valueAxis === 'x';
  const kinds = [...new Set(rows.map((r) => r.kind))];
  for (const kind of kinds) {
    const style = KIND[kind];
    const of = rows.filter((r) => r.kind === kind);
    const ranges = of.filter((r) => r.qualifier === 'range');
    const bounds = of.filter((r) => r.qualifier === 'moreThan');
    const ceilings = of.filter((r) => r.qualifier === 'upTo');
    const points = of.filter((r) => r.qualifier !== 'range');
    if (ranges.length) {
      const cls = `${QUALIFIER_CLASS.range} l-${style.colour}`;
      marks.push(
        vx
          ? Plot.ruleY(ranges, { y: o.at, x1: (r: R) => r.low, x2: (r: R) => r.high, className: cls, render: tagRows(ranges) })
          : Plot.ruleX(ranges, { x: o.at, y1: (r: R) => r.low, y2: (r: R) => r.high, className: cls, render: tagRows(ranges) }),
      );
    }
    if (bounds.length) {
      const from = (r: R) => r.value ?? 0;
      const to = (r: R) => o.boundTo(r.value ?? 0);
      marks.push(
        Plot.arrow(bounds, {
          ...(vx ? { x1: from, x2: to, y1: o.at, y2: o.at } : { x1: o.at, x2: o.at, y1: from, y2: to }),
          headLength: 9,
          insetStart: 6,
          className: `${QUALIFIER_CLASS.moreThan} l-${style.colour}`,
          render: tagRows(bounds),
        }),
      );
    }
    if (ceilings.length) {
      // An upper bound: the arrow points back towards zero, from the value to half of it.
      const from = (r: R) => r.value ?? 0;
      const to = (r: R) => (r.value ?? 0) / 2;
      marks.push(
        Plot.arrow(ceilings, {
          ...(vx ? { x1: from, x2: to, y1: o.at, y2: o.at } : { x1: o.at, x2: o.at, y1: from, y2: to }),
          headLength: 9,
          insetStart: 6,
          className: `${QUALIFIER_CLASS.upTo} l-${style.colour}`,
          render: tagRows(ceilings),
        }),
      );
    }
    for (const q of ['exact', 'about', 'moreThan', 'upTo', 'implied'] as const) {
      const these = points.filter((r) => r.qualifier === q);
      if (!these.length) continue;
      const value = (r: R) => r.value;
      marks.push(
        Plot.dot(these, {
          ...(vx ? { x: value, y: o.at } : { x: o.at, y: value }),
          // A claimed point is a ring of at least CLAIM_RADIUS; counts keep the chart's size.
          r: kind === 'claim' ? Math.max(CLAIM_RADIUS, o.r ?? 5.5) : (o.r ?? 5.5),
          symbol: style.symbol,
          className: `${style.className} ${QUALIFIER_CLASS[q]}`,
          render: tagRows(these),
        }),
      );
    }
  }
  return marks;
}

/** Text labels in a kind's text-safe colour; `text` gives the words per row. */
export function labelMarks<R extends FigureMark>(
  rows: readonly R[],
  options: Plot.TextOptions & { text: (r: R) => string },
): Plot.Markish[] {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return kinds.map((kind) =>
    Plot.text(
      rows.filter((r) => r.kind === kind),
      // `halo`: a paper-coloured outline keeps a label legible where it crosses a line or grid.
      { ...options, className: `t-${KIND[kind].colour} halo ${options.className ?? ''}`.trim() },
    ),
  );
}
