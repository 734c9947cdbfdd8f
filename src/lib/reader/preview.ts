/**
 * What the in-place preview of a number shows: the figure's label, its value written in full with
 * what kind of value it is, its first source, its verification, and where to read more (its
 * ledger entry, its line on the Sources page). Pure: the records come in, plain text goes out.
 */
import type { Figure, LedgerEntry, Quantity, Source } from '../../data/schemas/index.ts';
import { formatQuantity } from '../../data/format.ts';
import { formatIsoDate, VERIFICATION_LABELS } from '../data-hub/format.ts';

/** What the qualifier of a value means, said plainly (a lower bound must never read as a count). */
export const QUANTITY_MEANINGS: Readonly<Record<Quantity['kind'], string>> = {
  exact: 'as stated',
  about: 'approximate',
  moreThan: 'a lower bound',
  upTo: 'an upper bound',
  implied: 'implied by other figures, not stated',
  range: 'a range',
};

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

export function figurePreview(fig: Figure, sourceById: ReadonlyMap<string, Source>, ledger: readonly LedgerEntry[]): Preview {
  const source = sourceById.get(fig.sources[0] ?? '');
  if (!source) throw new Error(`figurePreview: ${fig.ref} has no known source`);
  // A claim's own entry first; otherwise the first entry that uses the figure as evidence.
  const entry = ledger.find((e) => e.claim === fig.ref) ?? ledger.find((e) => e.evidence.includes(fig.ref));
  return {
    id: previewId(fig.ref),
    label: fig.label,
    value: formatQuantity(fig.quantity, fig.unit, { style: 'full' }),
    meaning: QUANTITY_MEANINGS[fig.quantity.kind],
    source: {
      publisher: source.publisher,
      title: source.title,
      date: source.date ? formatIsoDate(source.date.start) : null,
      url: source.url,
      partisan: source.partisan,
    },
    moreSources: fig.sources.length - 1,
    verification: VERIFICATION_LABELS[fig.verification],
    sourcesPath: `sources/#source-${source.id}`,
    ledgerPath: entry ? `ledger/#ledger-${entry.id}` : null,
  };
}
