/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  /** h3s under this h2. */
  children: TocEntry[];
}

/**
 * The chapter's contents: its h2 sections with their h3 sub-sections nested under them.
 * Other depths are left out (the h1 is the title; h4+ is too fine-grained). An h3 before
 * any h2 becomes a top-level entry rather than being lost. GFM's footnote heading (id
 * `footnote-label`) is kept: it is where the notes are.
 */
export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    const entry: TocEntry = { slug: h.slug, text: h.text, children: [] };
    if (h.depth === 2) toc.push(entry);
    else if (h.depth === 3) (toc.at(-1)?.children ?? toc).push(entry);
  }
  return toc;
}
