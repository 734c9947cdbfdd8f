/** Small display helpers for the data pages. Pure and deterministic. */
import type { Verification } from '../schemas/index.ts';
import { formatDate, NNBSP, type Locale } from '../format.ts';
import { t } from '../../i18n/index.ts';

/** "850 B", "12.4 kB", "1.2 MB" (decimal units, as browsers show downloads); Russian "12,4 кБ". */
export function formatBytes(n: number, locale: Locale = 'en'): string {
  if (locale === 'ru') {
    const [value, unit] = n < 1000 ? [String(n), 'Б'] : n < 1e6 ? [(n / 1000).toFixed(1), 'кБ'] : [(n / 1e6).toFixed(1), 'МБ'];
    return `${value.replace('.', ',')}${NNBSP}${unit}`;
  }
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1e6).toFixed(1)} MB`;
}

/** How a verification level reads on an English page: the words of the English dictionary (src/i18n/en.ts). */
export const VERIFICATION_LABELS: Readonly<Record<Verification, string>> = {
  yes: t('en')('verification.yes'),
  partly: t('en')('verification.partly'),
  unverified: t('en')('verification.unverified'),
};

/** The Russian level words, as they follow a count of records ("3 проверено"). */
const VERIFICATION_LABELS_RU: Readonly<Record<Verification, string>> = {
  yes: 'проверено',
  partly: 'проверено частично',
  unverified: 'не проверено',
};

/** "3 verified, 1 partly verified" from level counts, strongest first; "" for none. */
export function levelSummary(levels: Partial<Record<Verification, number>>, locale: Locale = 'en'): string {
  const labels = locale === 'ru' ? VERIFICATION_LABELS_RU : VERIFICATION_LABELS;
  return (['yes', 'partly', 'unverified'] as const)
    .filter((l) => levels[l])
    .map((l) => (locale === 'ru' ? `${labels[l]}: ${levels[l]}` : `${levels[l]} ${labels[l]}`))
    .join(', ');
}

/**
 * A date of any precision ("2017", "May 2017", "1 May 2017"; Russian "май 2017 г.", "1 мая 2017 г."):
 * the site's one date formatter, formatDate, under the name the data pages and about.mdx import.
 */
export const formatIsoDate = (iso: string, locale: Locale = 'en'): string => formatDate(iso, locale);
