/**
 * The ledger's verdicts in Russian, by entry id (data/ledger.json): the one-sentence reason, how the
 * evidence counts a different group, and the note. Kept here rather than in the dataset, as record
 * labels are (records.ru.ts), so data/ stays one language. An entry without a translation is shown
 * on the Russian ledger in English, marked lang="en"; the figures in it always come from the records.
 */
export interface LedgerNotesRu {
  reasoning: string;
  differentGroup?: string;
  note?: string;
}

export const LEDGER_NOTES_RU: Readonly<Record<string, LedgerNotesRu>> = {};
