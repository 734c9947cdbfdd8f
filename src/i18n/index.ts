import type { Locale } from '../data/format.ts';
import { en, type Dictionary, type MessageKey } from './en.ts';
import { ru } from './ru.ts';

/**
 * The editions: English at the site root, Russian under /ru/ (astro.config.mjs `i18n`).
 * Pure helpers, so pages, tests and scripts agree on which path belongs to which edition.
 */
export type { Locale };
export const LOCALES: readonly Locale[] = ['en', 'ru'];
export const DEFAULT_LOCALE: Locale = 'en';

/** hreflang and og:locale of each edition. */
export const LANG_TAG: Readonly<Record<Locale, string>> = { en: 'en-GB', ru: 'ru-RU' };
export const OG_LOCALE: Readonly<Record<Locale, string>> = { en: 'en_GB', ru: 'ru_RU' };

const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { en, ru };

/** The interface strings of an edition: `t('ru')('nav.data')` → "Данные". */
export function t(locale: Locale): (key: MessageKey) => string {
  const dict = DICTIONARIES[locale];
  return (key) => dict[key];
}

/** `ru` or `en` from Astro.currentLocale (undefined outside i18n routes counts as English). */
export function asLocale(value: string | undefined): Locale {
  return value === 'ru' ? 'ru' : 'en';
}

/**
 * Splits a site path (without the base) into its edition and the edition-neutral rest:
 * `ru/chapters/x/` → { locale: 'ru', path: 'chapters/x/' }, `about/` → { locale: 'en', path: 'about/' }.
 */
export function splitLocale(sitePath: string): { locale: Locale; path: string } {
  const clean = sitePath.replace(/^\//, '');
  if (clean === 'ru' || clean.startsWith('ru/')) return { locale: 'ru', path: clean.slice(3) };
  return { locale: 'en', path: clean };
}

/** The site path of an edition-neutral path in an edition: ('chapters/x/', 'ru') → `ru/chapters/x/`. */
export function localePath(path: string, locale: Locale): string {
  const clean = path.replace(/^\//, '');
  return locale === DEFAULT_LOCALE ? clean : `${locale}/${clean}`;
}

export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'ru' : 'en');
