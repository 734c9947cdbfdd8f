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
 * estimates the reading time. Markup is dropped but its text kept: `[text](url)` counts
 * `text`, `<Quote by="…">words</Quote>` counts `words`. A self-closing component
 * (`<Num id="…" />`) stands for one word, since it renders a number or a figure.
 */
export function readingTime(mdxBody: string, wordsPerMinute = WORDS_PER_MINUTE): ReadingTime {
  if (!(wordsPerMinute > 0)) throw new RangeError(`wordsPerMinute must be positive, got ${wordsPerMinute}`);
  const text = mdxBody
    .replace(/^\s*(import|export)\s.*$/gm, ' ') // ESM lines
    .replace(/```[\s\S]*?```/g, ' ') // fenced code
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, ' ') // comments
    .replace(/<[A-Za-z][^<>]*\/>/g, ' word ') // self-closing components
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ') // other tags: keep their children
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: keep the text
    .replace(/\[\^[^\]]+\]:?/g, ' ') // footnote markers
    .replace(/https?:\/\/\S+/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,\-–]*/gu)?.length ?? 0;
  return { words, minutes: Math.max(1, Math.round(words / wordsPerMinute)) };
}
