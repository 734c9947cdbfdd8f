import { getCollection, type CollectionEntry } from 'astro:content';
import { slugFromFileName } from './chapter-files.ts';
import { localePath, t, type Locale } from '../i18n/index.ts';

/** A chapter of either edition (the collections share one schema). */
export type ChapterEntry = CollectionEntry<'chapters'> | CollectionEntry<'chaptersRu'>;

/** Where each edition's chapters live, for messages and scripts. */
export const CHAPTER_DIRS: Readonly<Record<Locale, string>> = { en: 'content/chapters', ru: 'content/ru/chapters' };

/** `03-a-constitution.mdx` is served at /chapters/a-constitution/: the number only sorts files. */
export function chapterSlug(entry: Pick<ChapterEntry, 'id'>): string {
  return slugFromFileName(entry.id);
}

/** "Introduction" for chapter 0, otherwise "Chapter n": the kicker above a chapter's title. */
export function chapterLabel(entry: Pick<ChapterEntry, 'data'>, locale: Locale = 'en'): string {
  const say = t(locale);
  return entry.data.order === 0 ? say('chapter.introduction') : `${say('chapter.n')} ${entry.data.order}`;
}

/** `chapters/<slug>/`, or `ru/chapters/<slug>/` in the Russian edition. */
export function chapterPath(entry: Pick<ChapterEntry, 'id'>, locale: Locale = 'en'): string {
  return localePath(`chapters/${chapterSlug(entry)}/`, locale);
}

/** Every chapter of an edition, drafts included (parity and the language switcher need them all). */
export async function allChapters(locale: Locale): Promise<ChapterEntry[]> {
  return getCollection(locale === 'ru' ? 'chaptersRu' : 'chapters');
}

/**
 * The published chapters in reading order. Drafts are included only by the dev server.
 * Two chapters sharing an `order` would make the sequence ambiguous, so that fails the build.
 */
export async function readingOrder(locale: Locale = 'en'): Promise<ChapterEntry[]> {
  return inReadingOrder(await allChapters(locale), import.meta.env.DEV, CHAPTER_DIRS[locale]);
}

/**
 * `readingOrder` without the content layer, so unit tests can call it. `dev` is import.meta.env.DEV,
 * compared with `=== true`: Astro copies every environment variable into import.meta.env, so a stray
 * `DEV=1` in the build's environment would make DEV the string "1" — and publish the drafts.
 */
export function inReadingOrder<T extends Pick<ChapterEntry, 'id'> & { data: Pick<ChapterEntry['data'], 'order' | 'draft'> }>(
  entries: T[],
  dev: unknown,
  dir = CHAPTER_DIRS.en,
): T[] {
  const all = entries.filter((c) => dev === true || !c.data.draft);
  const seen = new Map<number, string>();
  for (const c of all) {
    const clash = seen.get(c.data.order);
    if (clash) {
      throw new Error(`${dir}/${c.id}.mdx: order ${c.data.order} is already used by ${clash}.mdx — give each chapter its own order.`);
    }
    seen.set(c.data.order, c.id);
  }
  return all.sort((a, b) => a.data.order - b.data.order);
}
