/**
 * The chart grammar, defined once. Colours are never written here: a mark gets a class
 * (`k-claim`, `k-census`…) and src/styles/charts.css maps it to the custom properties in
 * global.css, so light and dark mode follow the page and the CSP (no inline styles) holds.
 * Colour is never the only cue: each kind also has a mark shape / dash and a text label.
 */
import { METHOD_LABELS } from '../../data/labels.ts';
import { edition } from './edition';

/** The kinds of figure the story keeps apart (editorial rule 3), plus neutral context. */
export type Kind = 'claim' | 'census' | 'survey' | 'estimate' | 'migrantStock' | 'context';

interface KindStyle {
  /** CSS class on the mark group; charts.css gives it colour, fill and dash. */
  className: string;
  /** Colour family (charts.css: k-, l-, t- classes). Surveys share the estimate colour, with another shape. */
  colour: 'claim' | 'census' | 'estimate' | 'migrant' | 'context';
  /** The word printed beside the mark, so the kind reads without colour. */
  label: string;
  /** Plot symbol for point marks: hollow circle for claims, filled shapes for counts. */
  symbol: 'circle' | 'square' | 'diamond' | 'triangle' | 'cross';
  /** How the mark looks, as the key says it: "hollow, dashed", "circle"… */
  cue: string;
}

export const KIND: Readonly<Record<Kind, KindStyle>> = {
  claim: { className: 'k-claim', colour: 'claim', label: 'claim', symbol: 'circle', cue: 'ring' },
  census: { className: 'k-census', colour: 'census', label: METHOD_LABELS.census, symbol: 'circle', cue: 'circle' },
  survey: { className: 'k-estimate', colour: 'estimate', label: METHOD_LABELS.survey, symbol: 'triangle', cue: 'triangle' },
  estimate: { className: 'k-estimate', colour: 'estimate', label: METHOD_LABELS.estimate, symbol: 'diamond', cue: 'diamond' },
  migrantStock: { className: 'k-migrant', colour: 'migrant', label: METHOD_LABELS.migrantStock, symbol: 'square', cue: 'square' },
  context: { className: 'k-context', colour: 'context', label: 'context', symbol: 'cross', cue: 'cross' },
};

/** The key's cues in the Russian edition (the chart's own cues come from its words table). */
const CUE_RU: Readonly<Record<Kind, string>> = {
  claim: 'кольцо',
  census: 'круг',
  survey: 'треугольник',
  estimate: 'ромб',
  migrantStock: 'квадрат',
  context: 'крестик',
};

/** How a kind's mark looks, in the words of the edition being built. */
const cueOf = (kind: Kind): string => (edition() === 'ru' ? CUE_RU[kind] : KIND[kind].cue);

/**
 * The shape a key line draws, as the chart draws the mark: a ring (a claimed point), a ring with an
 * arrow out of it (a claimed lower bound: at least this much), a dot, square, diamond or triangle
 * (counted points), small dots in the counts' colours (counts too small to draw to scale, drawn at
 * MIN_SYMBOL_RADIUS), a paler disc around a solid one (a range drawn as areas), a dashed box (a claimed
 * bar or area), a solid bar, a range (thick bar), a line,
 * a dashed line, or a plain colour square (`swatch`, for anything else).
 */
export type KeyShape =
  | 'ring'
  | 'ring-bound'
  | 'dot'
  | 'min-dot'
  | 'nested'
  | 'square'
  | 'diamond'
  | 'triangle'
  | 'dashed-box'
  | 'bar'
  | 'range'
  | 'line'
  | 'dashed-line'
  | 'swatch';

/** One line of the key under a chart: a swatch (colour family), the shape drawn, and what it means in this chart. */
export interface KeyEntry {
  swatch: KindStyle['colour'];
  label: string;
  /** The mark's shape in the key; without it, the key draws the kind's point mark (ring for a claim). */
  shape?: KeyShape;
}

/** The point mark of a kind, as the key draws it: a claim is a ring, a count its filled symbol. */
export function pointShape(kind: Kind): KeyShape {
  if (kind === 'claim') return 'ring';
  const s = KIND[kind].symbol;
  return s === 'circle' ? 'dot' : s === 'cross' ? 'swatch' : s;
}

/**
 * A claimed point is a solid ring this large (px) or larger, so it reads as a mark, not a spinner;
 * dashes stay for claimed bars and areas.
 */
export const CLAIM_RADIUS = 7;

/**
 * A count or estimate too small to draw to scale on a proportional-symbol chart is a dot of this
 * radius (px), filled in its kind's colour — never a ring, which is a claim's mark — and the key
 * draws it as `min-dot`: drawn at a minimum size, not to scale.
 */
export const MIN_SYMBOL_RADIUS = 3;

/**
 * A key line for a kind: what it is in this chart, then how its mark looks — the kind's cue unless
 * the chart draws it otherwise (a joined line, a bar). "census count (circle)".
 */
export function keyEntry(kind: Kind, what: string, cue: string = cueOf(kind), shape: KeyShape = pointShape(kind)): KeyEntry {
  return { swatch: KIND[kind].colour, label: keyLabel(kind, what, cue), shape };
}

/** A key label alone, for a line that joins two kinds of one colour: "estimate (diamond)". */
export function keyLabel(kind: Kind, what: string, cue: string = cueOf(kind)): string {
  return `${what} (${cue})`;
}

/** Qualifier classes: bounds get an open-ended arrow, ranges a bar, approximations a dotted ring. */
export const QUALIFIER_CLASS = {
  exact: 'q-exact',
  about: 'q-about',
  moreThan: 'q-lower-bound',
  upTo: 'q-upper-bound',
  range: 'q-range',
  implied: 'q-implied',
} as const;

/** The two layouts every chart renders; the page shows one per media query (charts.css). */
export type ChartVariant = 'wide' | 'narrow';

export interface ChartSize {
  variant: ChartVariant;
  /** Drawing width in px (the SVG scales down, never up, from here). */
  width: number;
}

/** Wide fits the `--wide` column (64rem) at 1280 px; narrow is drawn for a 360 px phone (320 px column). */
export const SIZES: Readonly<Record<ChartVariant, ChartSize>> = {
  wide: { variant: 'wide', width: 960 },
  narrow: { variant: 'narrow', width: 340 },
};

/**
 * Type sizes in px at the drawing width (charts.css sets the base size on `.chart`). Data labels are
 * 13 px or more as the reader sees them; the phone drawing is scaled to ~94 % on a 360 px screen, so
 * its type is a point larger. The key under a chart (charts.css) is no larger than the labels.
 */
export function fonts(size: ChartSize): { label: number; small: number } {
  return size.variant === 'narrow' ? { label: 15, small: 14 } : { label: 14, small: 13 };
}
