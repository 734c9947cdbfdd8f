/**
 * The little drawing before each line of a chart's key: the mark as the chart draws it (a ring for a
 * claimed point, a dot, square or diamond for a count, a dashed box for a claimed bar, a thick bar for
 * a range), not a colour square whatever the text says. Colour comes from charts.css through the
 * colour family's class (`currentColor`), so light and dark mode follow the page; dashes are SVG
 * presentation attributes, which the CSP allows.
 */
import type { KeyEntry, KeyShape } from './grammar';

const SIZE = 16;
const C = SIZE / 2;

const SHAPES: Readonly<Record<KeyShape, string>> = {
  ring: `<circle cx="${C}" cy="${C}" r="6" fill="none" stroke="currentColor" stroke-width="2"/>`,
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
