/**
 * The claims-vs-evidence ledger resolved for display and for /ledger.json: each verdict with the
 * claim's and the evidence's figures as written by formatQuantity, so the numbers on the page come
 * from the records, never from the reasoning text. Pure.
 */
import type { Figure, LedgerEntry, LedgerStatus } from '../../data/schemas/index.ts';
import { formatQuantity } from '../../data/format.ts';

export const STATUS_LABELS: Readonly<Record<LedgerStatus, string>> = {
  contradicted: 'Contradicted',
  unsupported: 'Unsupported',
  unverifiable: 'Unverifiable',
  consistent: 'Consistent',
};

export const STATUS_MEANINGS: Readonly<Record<LedgerStatus, string>> = {
  contradicted: 'comparable counts are far from the claim',
  unsupported: 'no count comes near the claim, though none measures exactly what it claims',
  unverifiable: 'nothing independent can test the claim',
  consistent: 'the counts agree with the claim',
};

export interface LedgerFigure {
  ref: string;
  label: string;
  /** The figure as prose writes it, e.g. "more than 2 million people". */
  text: string;
  quantity: Figure['quantity'];
  unit: Figure['unit'];
  year: number | null;
  verification: Figure['verification'];
  sources: string[];
}

export interface LedgerRow {
  id: string;
  status: LedgerStatus;
  reasoning: string;
  note: string | null;
  claim: LedgerFigure;
  evidence: LedgerFigure[];
  /** Sources of the claim and of the evidence, each once. */
  sources: string[];
}

function resolve(f: Figure): LedgerFigure {
  return {
    ref: f.ref, label: f.label, text: formatQuantity(f.quantity, f.unit), quantity: f.quantity, unit: f.unit,
    year: f.year ?? null, verification: f.verification, sources: [...f.sources],
  };
}

export function ledgerRows(entries: readonly LedgerEntry[], figure: (ref: string, where?: string) => Figure): LedgerRow[] {
  return entries.map((e) => {
    const where = `data/ledger.json › ${e.id}`;
    const claim = resolve(figure(e.claim, where));
    const evidence = e.evidence.map((ref) => resolve(figure(ref, where)));
    return {
      id: e.id, status: e.status, reasoning: e.reasoning, note: e.note ?? null, claim, evidence,
      sources: [...new Set([claim, ...evidence].flatMap((f) => f.sources))],
    };
  });
}

/** How many verdicts of each status, in a fixed order. */
export function statusCounts(rows: readonly LedgerRow[]): [LedgerStatus, number][] {
  return (Object.keys(STATUS_LABELS) as LedgerStatus[]).map((s) => [s, rows.filter((r) => r.status === s).length]);
}
