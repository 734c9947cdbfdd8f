/**
 * The pyramid: the bureaucratic hierarchy of the diaspora, from the top of the state down to local
 * organisations, one band per tier (depth in the tree), widening downwards, with named examples.
 * Hand-built with d3-hierarchy: it is a diagram, not a plot of values.
 */
import { stratify } from 'd3-hierarchy';
import { fonts, type ChartSize } from './lib/theme';
import { round, textBlock, wrap } from './lib/text';

/** One tier of the hierarchy, as drawn and downloaded. */
export interface PyramidRow {
  [key: string]: string | number | null;
  id: string;
  /** The tier above; null for the top. */
  parent: string | null;
  tier: string;
  /** Named organisations on this tier, "; "-separated (may be empty). */
  examples: string;
  sources: string;
}

export function pyramid(rows: readonly PyramidRow[], size: ChartSize): string {
  const FONT = fonts(size);
  const root = stratify<PyramidRow>()
    .id((r) => r.id)
    .parentId((r) => r.parent)([...rows]);
  // Siblings share a band: the band is the depth in the tree.
  const depth = root.height + 1;
  const bands = Array.from({ length: depth }, (_, d) => root.descendants().filter((n) => n.depth === d).map((n) => n.data));
  const wide = size.variant === 'wide';
  const pad = 10;
  const [nameSize, exampleSize] = [FONT.label, FONT.small];
  const [nameLine, exampleLine] = [nameSize * 1.3, exampleSize * 1.3];
  const minWidth = size.width * (wide ? 0.36 : 0.56);
  const bandWidth = (d: number) => minWidth + ((size.width - 2 - minWidth) * d) / Math.max(1, depth - 1);
  let y = 1;
  const parts: string[] = [];
  bands.forEach((band, d) => {
    const w = bandWidth(d);
    const x = (size.width - w) / 2;
    const inner = w - 2 * pad;
    const names = wrap(band.map((r) => r.tier).join(' · '), inner, nameSize);
    const examples = band.flatMap((r) => r.examples.split('; ').filter(Boolean));
    const exLines = examples.length ? wrap(`e.g. ${examples.join('; ')}`, inner, exampleSize) : [];
    const h = pad * 2 + names.length * nameLine + exLines.length * exampleLine;
    const cx = round(size.width / 2);
    parts.push(
      `<g class="tier tier--${d}${d === 0 ? ' tier--top' : ''}">` +
        `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" rx="3"/>` +
        textBlock(names, cx, y + pad + nameSize * 0.9, nameLine, `class="tier__name" font-size="${nameSize}" font-weight="700"`) +
        (exLines.length
          ? textBlock(exLines, cx, y + pad + names.length * nameLine + exampleSize * 0.9, exampleLine, `class="tier__examples note" font-size="${exampleSize}"`)
          : '') +
        `</g>`,
    );
    y += h + 6;
  });
  const height = round(y + 1);
  return (
    `<svg width="${size.width}" height="${height}" viewBox="0 0 ${size.width} ${height}" fill="currentColor" text-anchor="middle">` +
    parts.join('') +
    `</svg>`
  );
}
