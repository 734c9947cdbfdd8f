import { isComponent, parseMdx, walk } from './mdx-tree.ts';

/** Words an adult reads per minute in a long read: a common planning figure (~230). */
export const WORDS_PER_MINUTE = 230;

export interface ReadingTime {
  /** Words a reader reads: prose, headings, quotations and footnotes; not markup or URLs. */
  words: number;
  /** Whole minutes, at least 1. */
  minutes: number;
}

/**
 * Counts the words of an MDX body (frontmatter already removed, as `entry.body` is) and
 * estimates the reading time. The body is read with the one MDX parser (src/lib/mdx-tree.ts):
 * the text a reader sees counts — prose, headings, quotations, footnotes, link texts and image
 * descriptions — while markup, code, ESM lines, comments and URLs do not. A component with no
 * children (`<Num id="…" />`) stands for one word, since it renders a number or a figure.
 */
export function readingTime(mdxBody: string, wordsPerMinute = WORDS_PER_MINUTE): ReadingTime {
  if (!(wordsPerMinute > 0)) throw new RangeError(`wordsPerMinute must be positive, got ${wordsPerMinute}`);
  const parts: string[] = [];
  walk(parseMdx(mdxBody), (node, ancestors) => {
    if (ancestors.some((a) => a.type === 'code' || a.type === 'yaml')) return;
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value ?? '');
    else if (node.type === 'image') parts.push((node as { alt?: string }).alt ?? '');
    else if (isComponent(node) && !node.children?.length) parts.push('word');
  });
  const text = parts.join(' ').replace(/https?:\/\/\S+/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,\-–]*/gu)?.length ?? 0;
  return { words, minutes: Math.max(1, Math.round(words / wordsPerMinute)) };
}
