import { getCollection, type CollectionEntry } from 'astro:content';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** `03-a-constitution.mdx` is served at /chapters/a-constitution/: the number only sorts files. */
export function chapterSlug(entry: Pick<ChapterEntry, 'id'>): string {
  return entry.id.replace(/^\d+[-_]/, '');
}

export function chapterPath(entry: Pick<ChapterEntry, 'id'>): string {
  return `chapters/${chapterSlug(entry)}/`;
}

/**
 * The published chapters in reading order. Drafts are included only by the dev server.
 * Two chapters sharing an `order` would make the sequence ambiguous, so that fails the build.
 */
export async function readingOrder(): Promise<ChapterEntry[]> {
  const all = await getCollection('chapters', (c) => import.meta.env.DEV || !c.data.draft);
  const seen = new Map<number, string>();
  for (const c of all) {
    const clash = seen.get(c.data.order);
    if (clash) {
      throw new Error(
        `content/chapters/${c.id}.mdx: order ${c.data.order} is already used by ${clash}.mdx — give each chapter its own order.`,
      );
    }
    seen.set(c.data.order, c.id);
  }
  return all.sort((a, b) => a.data.order - b.data.order);
}
