/**
 * The ledger's verdict rules that need more than one file (the rest are in schemas/ledger.ts,
 * where all of them are written down). Pure: validate.ts runs them on the parsed records, and the
 * ledger page uses gapFactor to print how far the deciding figure is from the claim.
 */
import type { Dataset, LedgerEntry, Quantity, Source } from './schemas/index.ts';
import type { Problem } from './problems.ts';
import { DERIVED_INPUTS } from './derived.ts';

/**
 * How many times apart a count and a claim must be (nearest ends compared) before the count
 * contradicts it. Two: a claim twice a census count cannot be rescued by under-counting,
 * non-response or a few years' migration, while smaller gaps can.
 */
export const CONTRADICTION_FACTOR = 2;

/** Kinds of estimates record that were counted, not estimated. */
const COUNTED_KINDS: readonly string[] = ['census', 'survey', 'migrantStock'];

/** Definitions that cover the claim's group (self-identification, ancestry, birthplace); `citizens` counts only part of it. */
const COVERING_DEFINITIONS: readonly string[] = ['ethnic', 'ancestry', 'bornIn'];

/** Speakers' wording that marks a claim known only through someone else's summary. */
const SECOND_HAND = /as summarised by|as reported|reported by|attributed to/i;

/** The lowest and highest values a quantity allows. */
export function span(q: Quantity): [number, number] {
  switch (q.kind) {
    case 'range': return [q.low, q.high];
    case 'moreThan': return [q.value, Infinity];
    case 'upTo': return [0, q.value];
    default: return [q.value, q.value];
  }
}

/**
 * How many times apart two figures are at their nearest ends: the claim's low end over the
 * evidence's high end, or the other way round when the claim is the smaller. 1 or less means they overlap.
 */
export function gapFactor(claim: Quantity, evidence: Quantity): number {
  const [cLow, cHigh] = span(claim);
  const [eLow, eHigh] = span(evidence);
  const above = eHigh > 0 ? cLow / eHigh : Infinity;
  const below = cHigh > 0 ? eLow / cHigh : Infinity;
  return Math.max(above, below);
}

type RecordLike = { id: string; sources: readonly string[]; [key: string]: unknown };

/** The record behind a figure ref (`dataset.id[.field]`), with the quantity the ref names. */
function recordOf(data: Dataset, ref: string): { dataset: string; record: RecordLike; quantity: Quantity | undefined } | null {
  const [name = '', id = '', field] = ref.split('.');
  const list = (data as unknown as Record<string, readonly RecordLike[] | undefined>)[name];
  const record = list?.find((r) => r.id === id);
  if (!record) return null;
  const quantity = (field ? record[field] : record['value']) as Quantity | undefined;
  return { dataset: name, record, quantity };
}

/** True when a ref is an official or claimed figure — a claim, an organisation count, a congress tally, or derived only from them. */
export function isOfficialRef(ref: string): boolean {
  const [name = '', id = ''] = ref.split('.');
  if (name === 'derived') {
    const inputs = DERIVED_INPUTS.get(id);
    return inputs !== undefined && inputs.every(isOfficialRef);
  }
  return name === 'claims' || name === 'organisations' || name === 'congresses';
}

/** Every breach of the ledger's cross-file rules (2–5 in schemas/ledger.ts, and rule 1's test of the deciding count). */
export function verdictProblems(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const sourceById = new Map<string, Source>(data.sources.map((s) => [s.id, s]));
  for (const e of data.ledger) {
    const add = (field: string, reason: string) => problems.push({ file: 'data/ledger.json', record: e.id, field, reason });
    const claim = recordOf(data, e.claim);
    if (!claim) continue; // an unknown ref is reported by the reference check
    checkSecondHand(e, claim.record, add);
    if (e.evidence.length > 0 && e.evidence.every(isOfficialRef) && e.status !== 'unverifiable') {
      add('status', `tested only against official figures (${e.evidence.join(', ')}), a claim is "unverifiable", not "${e.status}"`);
    }
    if (e.decidedBy === undefined) continue;
    const decider = recordOf(data, e.decidedBy);
    if (e.status === 'contradicted') checkContradiction(e, claim, decider, add);
    if (e.status === 'consistent') {
      const publishers = new Set(claim.record.sources.map((id) => sourceById.get(id)?.publisher));
      const sources = decider?.record.sources.map((id) => sourceById.get(id)) ?? [];
      const independent = decider?.dataset === 'estimates' && sources.every((s) => s && !s.partisan && !publishers.has(s.publisher));
      if (!independent) add('decidedBy', `a "consistent" verdict needs evidence from a publisher independent of the claimant: "${e.decidedBy}" is not (official, partisan, or published by the claim's own publisher)`);
    }
  }
  return problems;
}

function checkSecondHand(e: LedgerEntry, claim: RecordLike, add: (field: string, reason: string) => void): void {
  const speaker = typeof claim['speaker'] === 'string' ? claim['speaker'] : '';
  if (SECOND_HAND.test(speaker) && e.secondHand !== true) {
    add('secondHand', `the claim is known only second-hand ("${speaker}"): set secondHand so the ledger says so`);
  }
}

function checkContradiction(
  e: LedgerEntry, claim: NonNullable<ReturnType<typeof recordOf>>, decider: ReturnType<typeof recordOf>,
  add: (field: string, reason: string) => void,
): void {
  const r = decider?.record;
  if (!decider || !r || decider.dataset !== 'estimates' || !COUNTED_KINDS.includes(String(r['kind']))) {
    add('decidedBy', `a "contradicted" verdict needs a counted figure (census, survey or migrant stock) as decidedBy; "${e.decidedBy}" is not one — estimates alone make a claim at most "unsupported"`);
    return;
  }
  const samePopulation =
    r['group'] === 'azerbaijanis' && COVERING_DEFINITIONS.includes(String(r['definition'])) &&
    r['area'] === claim.record['area'] && r['unit'] === claim.record['unit'];
  if (!samePopulation) {
    add('decidedBy', `"${e.decidedBy}" measures a different population from the claim (area ${String(r['area'])}, ${String(r['definition'])}, ${String(r['group'])}), so it cannot contradict it`);
    return;
  }
  if (!claim.quantity || !decider.quantity) return;
  const factor = gapFactor(claim.quantity, decider.quantity);
  if (factor < CONTRADICTION_FACTOR) {
    add('status', `"${e.decidedBy}" is only ${factor.toFixed(2)} times away from the claim; "contradicted" needs at least ${CONTRADICTION_FACTOR} — the claim is not far from the count`);
  }
}
