/**
 * The pyramid: the bureaucratic hierarchy of the diaspora, from the top of the state down to local
 * organisations, one box per level (depth in the tree), all of one width, with named examples.
 * Hand-built with d3-hierarchy: it is a diagram, not a plot of values.
 */
import { stratify } from 'd3-hierarchy';
import type { ChartSpec } from './lib/definition';
import { first } from './lib/prose';
import { ids } from './lib/records';
import { fonts, type ChartSize } from './lib/grammar';
import { edition, shown } from './lib/edition';
import { rowIndex } from './lib/marks';
import { round, textBlock, wrap } from './lib/text';

/** One tier of the hierarchy, as drawn and downloaded. */
export interface PyramidRow {
  [key: string]: string | number | null;
  /** The record: `hierarchy.…`. */
  ref: string;
  id: string;
  /** The tier above; null for the top. */
  parent: string | null;
  tier: string;
  /** Named organisations on this tier, "; "-separated (may be empty). */
  examples: string;
  sources: string;
}

export function render(rows: readonly PyramidRow[], size: ChartSize, said: typeof words = words): string {
  const FONT = fonts(size);
  const root = stratify<PyramidRow>()
    .id((r) => r.id)
    .parentId((r) => r.parent)([...rows]);
  // Siblings share a level: the level is the depth in the tree.
  const depth = root.height + 1;
  const levels = Array.from({ length: depth }, (_, d) =>
    root
      .descendants()
      .filter((n) => n.depth === d)
      .map((n) => n.data),
  );
  const wide = size.variant === 'wide';
  const pad = 10;
  const gap = 18;
  const [nameSize, exampleSize] = [FONT.label, FONT.small];
  const [nameLine, exampleLine] = [nameSize * 1.3, exampleSize * 1.3];
  // Every box the same width: the hierarchy has no sizes, so no width may suggest one.
  const w = wide ? size.width * 0.62 : size.width - 2;
  const x = (size.width - w) / 2;
  const cx = round(size.width / 2);
  const inner = w - 2 * pad;
  let y = 1;
  const parts: string[] = [];
  levels.forEach((level, d) => {
    const names = wrap(level.map((r) => shown(r.tier)).join(' · '), inner, nameSize);
    const examples = level.flatMap((r) => r.examples.split('; ').filter(Boolean));
    // The examples are organisations' names as the records give them (English). In another edition
    // its words introduce them on a line of their own, then each name in the edition's words; a name
    // it has none for stays English, its lines marked lang="en".
    const english = edition() === 'en';
    const exLines: { text: string; lang?: 'en' }[] = !examples.length
      ? []
      : english
        ? wrap(said.examples(examples), inner, exampleSize).map((text) => ({ text }))
        : [
            ...wrap(said.examples([]).trim(), inner, exampleSize).map((text) => ({ text })),
            ...examples.flatMap((e) => {
              const name = shown(e);
              return wrap(name, inner, exampleSize).map((text) => (name === e ? { text, lang: 'en' as const } : { text }));
            }),
          ];
    const h = pad * 2 + names.length * nameLine + exLines.length * exampleLine;
    const row = rowIndex.get(level[0]!);
    if (d > 0)
      parts.push(
        `<path class="link" fill="none" stroke="currentColor" stroke-opacity="0.55" stroke-width="1.5" d="M${cx},${round(y - gap)}V${round(y)}"/>`,
      );
    parts.push(
      // Outlined in the ink colour (so it shows on dark paper too); the top level a little stronger.
      `<g class="level${d === 0 ? ' level--top' : ''}">` +
        `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" rx="3" fill="currentColor" fill-opacity="0.04" stroke="currentColor" stroke-opacity="${d === 0 ? 0.9 : 0.55}" stroke-width="${d === 0 ? 1.5 : 1.25}"${row === undefined ? '' : ` data-row="${row}"`}/>` +
        textBlock(
          names,
          cx,
          y + pad + nameSize * 0.9,
          nameLine,
          `class="tier__name" pointer-events="none" font-size="${nameSize}" font-weight="700"`,
        ) +
        (exLines.length
          ? textBlock(
              exLines.map((l) => l.text),
              cx,
              y + pad + names.length * nameLine + exampleSize * 0.9,
              exampleLine,
              `class="tier__examples note" pointer-events="none" font-size="${exampleSize}"`,
              (i) => (exLines[i]?.lang ? ' lang="en"' : ''),
            )
          : '') +
        `</g>`,
    );
    y += h + gap;
  });
  const height = round(y - gap + 1);
  return (
    `<svg width="${size.width}" height="${height}" viewBox="0 0 ${size.width} ${height}" fill="currentColor" text-anchor="middle">` +
    parts.join('') +
    `</svg>`
  );
}

export const words = {
  title: 'The pyramid: the levels of the official diaspora structure',
  headline: (v: { levels: number; top: string }) => `${v.levels} levels, ${v.top} on top`,
  takeaway: (v: { levels: number; top: string }) => `The ${v.levels} levels as the article describes them: not a chain of command.`,
  description: (levels: readonly string[]) =>
    `A pyramid of ${levels.length} levels from top to bottom, as the article describes them: ${levels.join('; ')}.`,
  level: (tier: string, above: string | null, examples: string) =>
    `${tier}${above ? ` (below ${above})` : ' (top)'}${examples ? `, e.g. ${examples}` : ''}`,
  examples: (names: readonly string[]) => `e.g. ${names.join('; ')}`,
  notes: [
    'The levels follow the article’s description; the examples are organisations our sources name for each level. The levels are not a chain of command: a body on one level need not answer to one on the level above.',
  ],
};

export const pyramid: ChartSpec<PyramidRow, typeof words> = {
  id: 'pyramid',
  words,
  rows: ({ data }) =>
    data.hierarchy.map((t) => ({
      ref: `hierarchy.${t.id}`,
      id: t.id,
      parent: t.parent,
      tier: t.name,
      examples: t.examples.map((e) => e.name).join('; '),
      sources: ids([...new Set([...t.sources, ...t.examples.flatMap((e) => e.sources)])]),
    })),
  columns: [
    { key: 'tier', label: 'Tier' },
    { key: 'id', label: 'Id' },
    { key: 'parent', label: 'Level above (not a reporting line)' },
    { key: 'examples', label: 'Examples' },
    { key: 'sources', label: 'Source ids' },
  ],
  key: () => [],
  headline: (rows, w) =>
    w.headline({
      levels: rows.length,
      top: first(
        rows.filter((r) => r.parent === null),
        'top tier',
      ).tier,
    }),
  takeaway: (rows, w) =>
    w.takeaway({
      levels: rows.length,
      top: first(
        rows.filter((r) => r.parent === null),
        'top tier',
      ).tier,
    }),
  description: (rows, w) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return w.description(rows.map((r) => w.level(r.tier, r.parent ? (byId.get(r.parent)?.tier ?? r.parent) : null, r.examples)));
  },
  notes: (_rows, w) => [...w.notes],
  render,
};
