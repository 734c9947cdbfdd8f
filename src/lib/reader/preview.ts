/**
 * What the in-place preview of a number shows: the figure's label, its value written in full with
 * what kind of value it is, its first source, its verification, and where to read more (its
 * ledger entry, its line on the Sources page). Pure: the records come in, plain text goes out.
 */
import type { Figure, LedgerEntry, Quantity, Source } from '../../data/schemas/index.ts';
import { formatDate, formatQuantity } from '../../data/format.ts';
import { t, type Locale } from '../../i18n/index.ts';

/** What the qualifier of a value means, said plainly (a lower bound must never read as a count), in the page's language. */
export const quantityMeaning = (kind: Quantity['kind'], locale: Locale = 'en'): string => t(locale)(`meaning.${kind}`);

export interface Preview {
  /** Element id of the page's one preview of this figure. */
  id: string;
  label: string;
  /** The value with every digit, e.g. "more than 10,000,000 people". */
  value: string;
  meaning: string;
  source: { publisher: string; title: string; date: string | null; url: string; partisan: boolean };
  /** How many further sources the figure has. */
  moreSources: number;
  verification: string;
  /** Site path (no base) of the figure's first source on the Sources page. */
  sourcesPath: string;
  /** Site path (no base) of the ledger entry that judges the figure, or tests a claim with it. */
  ledgerPath: string | null;
}

/** One id per figure ref; refs hold only [a-zA-Z0-9.-], so swapping dots keeps it unique. */
export const previewId = (ref: string) => `preview-${ref.replaceAll('.', '_')}`;

export function figurePreview(
  fig: Figure,
  sourceById: ReadonlyMap<string, Source>,
  ledger: readonly LedgerEntry[],
  locale: Locale = 'en',
): Preview {
  const source = sourceById.get(fig.sources[0] ?? '');
  if (!source) throw new Error(`figurePreview: ${fig.ref} has no known source`);
  // A claim's own entry first; otherwise the first entry that uses the figure as evidence.
  const entry = ledger.find((e) => e.claim === fig.ref) ?? ledger.find((e) => e.evidence.includes(fig.ref));
  return {
    id: previewId(fig.ref),
    label: fig.label,
    value: formatQuantity(fig.quantity, fig.unit, { style: 'full', locale }),
    meaning: quantityMeaning(fig.quantity.kind, locale),
    source: {
      publisher: source.publisher,
      title: source.title,
      date: source.date ? formatDate(source.date.start, locale) : null,
      url: source.url,
      partisan: source.partisan,
    },
    moreSources: fig.sources.length - 1,
    verification: t(locale)(`verification.${fig.verification}`),
    sourcesPath: `sources/#source-${source.id}`,
    ledgerPath: entry ? `ledger/#ledger-${entry.id}` : null,
  };
}
