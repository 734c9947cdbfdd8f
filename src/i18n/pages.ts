import type { Locale } from '../data/format.ts';
import { PAGES_EN, type PageWords } from './pages.en.ts';
import { PAGES_RU } from './pages.ru.ts';

/** The words of the pages around the chapters in an edition (pages.en.ts, pages.ru.ts). */
export function pageWords(locale: Locale): PageWords {
  return locale === 'ru' ? PAGES_RU : PAGES_EN;
}
