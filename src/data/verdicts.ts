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

/**
 * The one definition that counts the claim's own group: people who are Azerbaijani by nationality
 * (self-identification, or the estimates of it). Birthplace (`bornIn`), ancestry and citizenship
 * counts measure a different group — people born in Azerbaijan of any nationality, people of
 * declared descent, passport holders — so an entry decided by one must say how (`differentGroup`)
 * and can reach at most "unsupported" (rule 4).
 */
export const SAME_GROUP_DEFINITION = 'ethnic';

/**
 * How many years a count may be from the claim it decides as "contradicted" (rule 6). Ten: the
 * factor of two absorbs under-counting and a few years' migration, but over more than a decade
 * migration and war have moved these populations by more than that, so an older count shows
 * only that the claim is unsupported.
 */
export const MAX_VINTAGE_YEARS = 10;

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

/** The year a claim or count refers to: a count's `year`, a claim's `date.start`. */
function yearOf(record: RecordLike): number | undefined {
  if (typeof record['year'] === 'number') return record['year'];
  const date = record['date'] as { start?: string } | undefined;
  const year = date?.start ? Number(date.start.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? year : undefined;
}

/**
 * The verdict the written rules give an entry with a deciding figure (rules 1–6 in schemas/ledger.ts):
 * "contradicted" when a count of the claim's own group, area and time is at least CONTRADICTION_FACTOR
 * away; "consistent" when such a count overlaps the claim and its publisher is independent of the
 * claimant; "unsupported" otherwise (estimates only, a different group, an old count, or a near miss).
 * The judgement left to an editor is which figure decides and whether it counts a different group,
 * and both are written in the entry.
 */
export function ruledStatus(
  e: Pick<LedgerEntry, 'differentGroup'>, claim: NonNullable<ReturnType<typeof recordOf>>,
  decider: NonNullable<ReturnType<typeof recordOf>>, independent: boolean,
): { status: 'contradicted' | 'consistent' | 'unsupported'; why: string } {
  const r = decider.record;
  if (decider.dataset !== 'estimates' || !COUNTED_KINDS.includes(String(r['kind']))) {
    return { status: 'unsupported', why: 'the deciding figure is an estimate, not a count' };
  }
  if (r['definition'] !== SAME_GROUP_DEFINITION || r['group'] !== 'azerbaijanis' || e.differentGroup !== undefined) {
    return { status: 'unsupported', why: 'the deciding count measures a different group' };
  }
  if (r['area'] !== claim.record['area'] || r['unit'] !== claim.record['unit']) {
    return { status: 'unsupported', why: 'the deciding count covers another area' };
  }
  const claimYear = yearOf(claim.record);
  const countYear = yearOf(r);
  if (claimYear === undefined || countYear === undefined || Math.abs(claimYear - countYear) > MAX_VINTAGE_YEARS) {
    return { status: 'unsupported', why: `the deciding count is not within ${MAX_VINTAGE_YEARS} years of the claim` };
  }
  if (!claim.quantity || !decider.quantity) return { status: 'unsupported', why: 'no quantity to compare' };
  const factor = gapFactor(claim.quantity, decider.quantity);
  if (factor >= CONTRADICTION_FACTOR) return { status: 'contradicted', why: `a comparable count is ${factor.toFixed(2)} times away` };
  if (factor <= 1 && independent) return { status: 'consistent', why: 'a comparable count from an independent publisher overlaps it' };
  return { status: 'unsupported', why: `a comparable count is only ${factor.toFixed(2)} times away` };
}

/** True when a derived figure is computed (directly or through other derived figures) from the ref. */
function derivedFrom(ref: string, input: string): boolean {
  const [name = '', id = ''] = ref.split('.');
  if (name !== 'derived') return false;
  return (DERIVED_INPUTS.get(id) ?? []).some((r) => r === input || r.startsWith(`${input}.`) || derivedFrom(r, input));
}

/** Every breach of the ledger's cross-file rules (1–7 in schemas/ledger.ts). */
export function verdictProblems(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const sourceById = new Map<string, Source>(data.sources.map((s) => [s.id, s]));
  for (const e of data.ledger) {
    const add = (field: string, reason: string) => problems.push({ file: 'data/ledger.json', record: e.id, field, reason });
    const claim = recordOf(data, e.claim);
    if (!claim) continue; // an unknown ref is reported by the reference check
    checkSecondHand(e, claim.record, add);
    for (const ref of e.evidence) {
      if (ref === e.claim || derivedFrom(ref, e.claim)) {
        add('evidence', `"${ref}" is the claim itself or computed from it, so it cannot test it (rule 7)`);
      } else if (e.status !== 'unverifiable' && ref.startsWith('claims.')) {
        add('evidence', `"${ref}" is another claim; a decided verdict lists only counts, estimates, official tallies and figures computed from them as evidence (rule 7)`);
      }
    }
    const independentEvidence = e.evidence.filter((ref) => !isOfficialRef(ref));
    if (e.status === 'unverifiable') {
      if (independentEvidence.length > 0) {
        add('status', `"unverifiable" is only for claims that nothing independent can test, but ${independentEvidence.join(', ')} can: decide it (rule 3)`);
      }
      continue;
    }
    if (independentEvidence.length === 0) {
      add('status', `tested only against official figures (${e.evidence.join(', ') || 'none'}), a claim is "unverifiable", not "${e.status}"`);
      continue;
    }
    if (e.decidedBy === undefined) continue; // the schema asks for it
    const decider = recordOf(data, e.decidedBy);
    if (!decider || isOfficialRef(e.decidedBy)) {
      add('decidedBy', `"${e.decidedBy}" is not an independent count or estimate, so it cannot decide a verdict`);
      continue;
    }
    if (decider.dataset === 'estimates' && decider.record['definition'] !== SAME_GROUP_DEFINITION && e.differentGroup === undefined) {
      add('differentGroup', `"${e.decidedBy}" counts by ${String(decider.record['definition'])}, not by nationality: say in differentGroup how that group differs from the claim's (rule 4)`);
    }
    const nearest = nearestComparableCount(data, e, claim);
    if (nearest && nearest !== e.decidedBy) {
      add('decidedBy', `"${nearest}" is the count of the claim's own group and area nearest in time to the claim, so it decides, not "${e.decidedBy}" (rule 6)`);
    }
    const publishers = new Set(claim.record.sources.map((id) => sourceById.get(id)?.publisher));
    const sources = decider.record.sources.map((id) => sourceById.get(id));
    const independent = sources.every((s) => s && !s.partisan && !publishers.has(s.publisher));
    const ruled = ruledStatus(e, claim, decider, independent);
    if (ruled.status !== e.status) {
      add('status', `the rules make this entry "${ruled.status}" (${ruled.why}), not "${e.status}"`);
    }
  }
  return problems;
}

/** The evidence count of the claim's own group, area and unit nearest in time to the claim (ties: the later), if any. */
function nearestComparableCount(data: Dataset, e: LedgerEntry, claim: NonNullable<ReturnType<typeof recordOf>>): string | undefined {
  const claimYear = yearOf(claim.record);
  if (claimYear === undefined) return undefined;
  let best: { ref: string; distance: number; year: number } | undefined;
  for (const ref of e.evidence) {
    const f = recordOf(data, ref);
    const r = f?.record;
    const year = r ? yearOf(r) : undefined;
    if (!f || !r || f.dataset !== 'estimates' || year === undefined || !COUNTED_KINDS.includes(String(r['kind']))) continue;
    if (r['definition'] !== SAME_GROUP_DEFINITION || r['group'] !== 'azerbaijanis' || r['area'] !== claim.record['area'] || r['unit'] !== claim.record['unit']) continue;
    const distance = Math.abs(year - claimYear);
    if (!best || distance < best.distance || (distance === best.distance && year > best.year)) best = { ref, distance, year };
  }
  return best?.ref;
}

function checkSecondHand(e: LedgerEntry, claim: RecordLike, add: (field: string, reason: string) => void): void {
  const speaker = typeof claim['speaker'] === 'string' ? claim['speaker'] : '';
  if (SECOND_HAND.test(speaker) && e.secondHand !== true) {
    add('secondHand', `the claim is known only second-hand ("${speaker}"): set secondHand so the ledger says so`);
  }
}
