/** Small display helpers for the data pages. Pure and deterministic. */
import type { Verification } from '../../data/schemas/index.ts';
import { formatDate, INTL_LOCALE, NNBSP, type Locale } from '../../data/format.ts';

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

export const VERIFICATION_LABELS: Readonly<Record<Verification, string>> = {
  yes: 'verified',
  partly: 'partly verified',
  unverified: 'unverified',
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
 * "1 May 2017" from an ISO date of any precision ("2017", "2017-05", "2017-05-01"); in Russian
 * "1 мая 2017 г.", "май 2017 г.", "2017".
 */
export function formatIsoDate(iso: string, locale: Locale = 'en'): string {
  if (locale === 'ru') {
    const [y, m, d] = iso.split('-').map(Number);
    if (!m) return String(y);
    if (d) return formatDate(iso, 'ru');
    return new Intl.DateTimeFormat(INTL_LOCALE.ru, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y!, m - 1, 1)),
    );
  }
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (!m) return String(y);
  return `${d ? `${d} ` : ''}${months[m - 1]} ${y}`;
}
