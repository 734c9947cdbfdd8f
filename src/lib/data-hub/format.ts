/** Small display helpers for the data pages. Pure and deterministic. */
import type { Verification } from '../../data/schemas/index.ts';
import { formatDate } from '../../data/format.ts';
import { t } from '../../i18n/index.ts';

/** "850 B", "12.4 kB", "1.2 MB" (decimal units, as browsers show downloads). */
export function formatBytes(n: number): string {
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

/** "3 verified, 1 partly verified" from level counts, strongest first; "" for none. */
export function levelSummary(levels: Partial<Record<Verification, number>>): string {
  return (['yes', 'partly', 'unverified'] as const)
    .filter((l) => levels[l])
    .map((l) => `${levels[l]} ${VERIFICATION_LABELS[l]}`)
    .join(', ');
}

/**
 * An English date of any precision ("2017", "May 2017", "1 May 2017"): the site's one date formatter,
 * formatDate, under the name content/pages/about.mdx imports. Use formatDate in new code.
 */
export const formatIsoDate = (iso: string): string => formatDate(iso, 'en');
