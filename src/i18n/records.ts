import type { Figure } from '../data/schemas/index.ts';
import type { Locale } from '../data/format.ts';
import { RECORD_LABELS_RU } from './records.ru.ts';

/**
 * The label of a record in an edition. English labels come with the dataset; Russian ones from
 * records.ru.ts. A Russian page must never fall back to English, so a missing label throws,
 * naming the ref, the page and the file to add it to.
 */
export function recordLabel(fig: Pick<Figure, 'ref' | 'label'>, locale: Locale, where: string | (() => string), labels: Readonly<Record<string, string>> = RECORD_LABELS_RU): string {
  if (locale === 'en') return fig.label;
  const label = labels[fig.ref];
  if (label) return label;
  throw new Error(
    `${typeof where === 'string' ? where : where()}: the record "${fig.ref}" (${fig.label}) is shown on a Russian page but has no Russian label — add "${fig.ref}": "…" to src/i18n/records.ru.ts.`,
  );
}
