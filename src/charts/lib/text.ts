/** Text layout for hand-built charts: SVG has no wrapping, so lines are broken here. */
import { escapeXml, wrapText } from '../../lib/text.ts';

/** Average glyph width as a share of the font size for the sans we use (and its fallbacks). */
export const GLYPH = 0.56;

/** Breaks `text` into lines of at most `maxWidth` px at `fontSize`; words longer than a line stay whole. */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  return wrapText(text, Math.max(8, Math.floor(maxWidth / (fontSize * GLYPH))));
}

/** `<text>` with one `<tspan>` per line, starting at (x, y); `lineAttrs` adds attributes to a line (e.g. its lang). */
export function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  attrs = '',
  lineAttrs: (i: number) => string = () => '',
): string {
  const spans = lines.map((l, i) => `<tspan x="${x}" y="${round(y + i * lineHeight)}"${lineAttrs(i)}>${escapeXml(l)}</tspan>`).join('');
  return `<text${attrs ? ' ' + attrs : ''}>${spans}</text>`;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
