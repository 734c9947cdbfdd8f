/**
 * The little drawing before each line of a chart's key: the mark as the chart draws it (a ring for a
 * claimed point, a dot, square or diamond for a count, a dashed box for a claimed bar, a thick bar for
 * a range), not a colour square whatever the text says. Colour comes from charts.css through the
 * colour family's class (`currentColor`), so light and dark mode follow the page; dashes are SVG
 * presentation attributes, which the CSP allows.
 */
import { MIN_SYMBOL_RADIUS, type KeyEntry, type KeyShape } from './grammar';

const SIZE = 16;
const C = SIZE / 2;
/** The glyph is 1em of the key's 13 px type (charts.css): a minimum-size dot is drawn here as large as on the chart. */
const MIN_DOT = Math.round(((MIN_SYMBOL_RADIUS * SIZE) / 13) * 10) / 10;
/** A dot in a count's colour family, inside a glyph of another (the class sets `color`, so currentColor follows it). */
const countDot = (colour: string, x: number, y: number) =>
  `<circle class="chart-key__glyph--${colour}" cx="${x}" cy="${y}" r="${MIN_DOT}" fill="currentColor"/>`;

const SHAPES: Readonly<Record<KeyShape, string>> = {
  ring: `<circle cx="${C}" cy="${C}" r="6" fill="none" stroke="currentColor" stroke-width="2"/>`,
  // The ring, and the open arrow the charts draw beyond a lower bound: "at least this much".
  'ring-bound': `<circle cx="5.5" cy="${C}" r="4" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10,8H15.5M12.5,5L15.5,8L12.5,11" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
  // One small dot per count colour: whatever its kind, a figure too small to draw to scale is a filled dot of one size.
  'min-dot': countDot('census', 4, 4.5) + countDot('estimate', 12, 4.5) + countDot('migrant', 8, 12),
  // A range drawn to scale as areas: the high end a paler disc around the low end's solid one.
  nested: `<circle cx="${C}" cy="${C}" r="7" fill="currentColor" fill-opacity="0.3"/><circle cx="${C}" cy="${C}" r="4" fill="currentColor"/>`,
  dot: `<circle cx="${C}" cy="${C}" r="5.5" fill="currentColor"/>`,
  square: `<rect x="3" y="3" width="10" height="10" fill="currentColor"/>`,
  diamond: `<path d="M8,1.5L14.5,8L8,14.5L1.5,8Z" fill="currentColor"/>`,
  triangle: `<path d="M8,2L14.5,14H1.5Z" fill="currentColor"/>`,
  'dashed-box': `<rect x="1" y="4" width="14" height="8" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="4 2"/>`,
  bar: `<rect x="1" y="4" width="14" height="8" fill="currentColor"/>`,
  range: `<path d="M1,8H15" stroke="currentColor" stroke-width="5"/>`,
  line: `<path d="M1,8H15" stroke="currentColor" stroke-width="2"/>`,
  'dashed-line': `<path d="M1,8H15" stroke="currentColor" stroke-width="2" stroke-dasharray="4 2"/>`,
  swatch: `<rect x="2" y="2" width="12" height="12" fill="currentColor"/>`,
};

/** The key line's glyph as inline SVG, hidden from assistive technology (the text says it all). */
export function keyGlyph(entry: KeyEntry): string {
  const shape = entry.shape ?? 'swatch';
  return (
    // No width or height: charts.css sizes it to the text (1em), and every byte is paid on every chapter.
    `<svg class="chart-key__glyph chart-key__glyph--${entry.swatch}" viewBox="0 0 ${SIZE} ${SIZE}" aria-hidden="true">${SHAPES[shape]}</svg>`
  );
}
