import { chapterPath, chapterSlug, readingOrder } from '../../lib/chapters.ts';
import type { Locale } from '../../i18n/index.ts';

/** A link to a chapter from a page of an edition: its URL path, title and the title's language. */
export interface ChapterLink {
  path: string;
  title: string;
  /** The language of the title: the page's own, or English when the chapter is not translated yet. */
  lang: Locale;
}

/**
 * The published chapters as a page of `locale` links to them, by slug: the translation when it is
 * published, otherwise the English chapter (marked as English), so no link points nowhere.
 */
export async function chapterLinks(locale: Locale): Promise<Map<string, ChapterLink>> {
  const links = new Map<string, ChapterLink>();
  for (const c of await readingOrder('en')) links.set(chapterSlug(c), { path: chapterPath(c), title: c.data.title, lang: 'en' });
  if (locale !== 'en') {
    for (const c of await readingOrder(locale))
      links.set(chapterSlug(c), { path: chapterPath(c, locale), title: c.data.title, lang: locale });
  }
  return links;
}
