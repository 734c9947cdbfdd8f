import { getCollection, type CollectionEntry } from 'astro:content';
import { slugFromFileName } from './chapter-files.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** `03-a-constitution.mdx` is served at /chapters/a-constitution/: the number only sorts files. */
export function chapterSlug(entry: Pick<ChapterEntry, 'id'>): string {
  return slugFromFileName(entry.id);
}

/** "Introduction" for chapter 0, otherwise "Chapter n": the kicker above a chapter's title. */
export function chapterLabel(entry: Pick<ChapterEntry, 'data'>): string {
  return entry.data.order === 0 ? 'Introduction' : `Chapter ${entry.data.order}`;
}

export function chapterPath(entry: Pick<ChapterEntry, 'id'>): string {
  return `chapters/${chapterSlug(entry)}/`;
}

/**
 * The published chapters in reading order. Drafts are included only by the dev server.
 * Two chapters sharing an `order` would make the sequence ambiguous, so that fails the build.
 */
export async function readingOrder(): Promise<ChapterEntry[]> {
  return inReadingOrder(await getCollection('chapters'), import.meta.env.DEV);
}

/**
 * `readingOrder` without the content layer, so unit tests can call it. `dev` is import.meta.env.DEV,
 * compared with `=== true`: Astro copies every environment variable into import.meta.env, so a stray
 * `DEV=1` in the build's environment would make DEV the string "1" — and publish the drafts.
 */
export function inReadingOrder<T extends Pick<ChapterEntry, 'id'> & { data: Pick<ChapterEntry['data'], 'order' | 'draft'> }>(
  entries: T[],
  dev: unknown,
): T[] {
  const all = entries.filter((c) => dev === true || !c.data.draft);
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
