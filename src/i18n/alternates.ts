import { chapterPath, readingOrder } from '../lib/chapters.ts';
import { localePath, otherLocale, splitLocale, type Locale } from './index.ts';

/**
 * Which edition-neutral paths each edition publishes, so a page can point to its counterpart
 * (hreflang, the language switcher) only when that counterpart exists. English is the complete
 * edition; the Russian one has its cover, the chapters translated so far and the credits (its
 * "not found" page, like the English one, has no address of its own to point to). When a Russian
 * About, Sources… page is added, list its path in RU_PAGES and EN_PAGES.
 */
const RU_PAGES: readonly string[] = ['', 'credits/'];
/** The English pages besides the chapters that have a Russian twin (hreflang both ways). */
const EN_PAGES: readonly string[] = ['', 'credits/'];

let cache: Promise<Record<Locale, ReadonlySet<string>>> | undefined;

async function publishedPaths(): Promise<Record<Locale, ReadonlySet<string>>> {
  cache ??= (async () => {
    const neutral = (locale: Locale) => async () => (await readingOrder(locale)).map((c) => chapterPath(c));
    return {
      en: new Set([...EN_PAGES, ...(await neutral('en')())]),
      ru: new Set([...RU_PAGES, ...(await neutral('ru')())]),
    };
  })();
  return cache;
}

export interface Alternates {
  locale: Locale;
  /** Site paths (without base) of this page in each edition that has it, this page included. */
  editions: Partial<Record<Locale, string>>;
  /** Where the language switcher goes: the counterpart, or the other edition's cover. */
  switchTo: { locale: Locale; path: string; counterpart: boolean };
}

/**
 * The editions of the page at `sitePath` (path without the base, e.g. `ru/chapters/x/`).
 * English pages other than the cover and chapters (About, Data…) exist in English only for now.
 */
export async function alternatesOf(sitePath: string): Promise<Alternates> {
  const { locale, path } = splitLocale(sitePath);
  const published = await publishedPaths();
  const other = otherLocale(locale);
  const editions: Partial<Record<Locale, string>> = { [locale]: sitePath.replace(/^\//, '') };
  const counterpart = published[other].has(path);
  if (counterpart) editions[other] = localePath(path, other);
  return {
    locale,
    editions,
    switchTo: { locale: other, path: counterpart ? localePath(path, other) : localePath('', other), counterpart },
  };
}
