/**
 * The claims-vs-evidence ledger resolved for display and for /ledger.json: each verdict with the
 * claim's and the evidence's figures as written by formatQuantity, so the numbers on the page come
 * from the records, never from the reasoning text. Pure.
 */
import type { Figure, LedgerEntry, LedgerStatus, SpeakerType } from '../schemas/index.ts';
import { formatQuantity } from '../format.ts';
import { CONTRADICTION_FACTOR, gapFactor, isOfficialRef } from '../verdicts.ts';

export const STATUS_LABELS: Readonly<Record<LedgerStatus, string>> = {
  contradicted: 'Contradicted',
  unsupported: 'Unsupported',
  unverifiable: 'Unverifiable',
  consistent: 'Consistent',
};

/** What each verdict means, as the rules in src/data/schemas/ledger.ts define it. */
export const STATUS_MEANINGS: Readonly<Record<LedgerStatus, string>> = {
  contradicted: `a census, survey or migrant count of the claim’s own population is at least ${CONTRADICTION_FACTOR} times away from it`,
  unsupported:
    'no count of the claim’s own group, place and time settles it: the evidence is estimates, counts a different group, is more than ten years from the claim, or comes near the claim without confirming it',
  unverifiable: 'only the claimant’s own figures, or none, can be set beside it',
  consistent: 'evidence from a publisher independent of the claimant agrees with it',
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
  /** True for an official or claimed figure (a claim, an organisation count, a congress tally): never drawn as a count. */
  official: boolean;
  /**
   * What kind of figure it is, in a few words, where the table must say it is not a count: a claim by its
   * speaker's type ("official", "state media", …), an official tally ("official"), an implied total or
   * our own arithmetic. Null for counts and estimates, whose label already says what they are.
   */
  tag: string | null;
}

/** How a claim's speaker is named beside its figure: only state bodies are "official". */
export const SPEAKER_TAGS: Readonly<Record<SpeakerType, string>> = {
  stateBody: 'official',
  stateMedia: 'claim in state media',
  politician: 'claim by a politician',
  advocacy: 'advocacy claim',
  thirdParty: 'claim',
};

/** A lookup of each claim's speaker type, by claim id, for ledgerRows. */
export function claimSpeakerTypes(
  claims: readonly { id: string; speakerId?: string | undefined }[],
  speakers: readonly { id: string; type: SpeakerType }[],
): (claimId: string) => SpeakerType | undefined {
  const typeById = new Map(speakers.map((s) => [s.id, s.type]));
  const speakerOf = new Map(claims.map((c) => [c.id, c.speakerId]));
  return (id) => typeById.get(speakerOf.get(id) ?? '');
}

/** The tag of a figure (see LedgerFigure.tag); `speakerType` finds a claim's speaker type by claim id. */
export function figureTag(f: Figure, speakerType: (claimId: string) => SpeakerType | undefined): string | null {
  if (f.origin === 'derived') return 'our arithmetic';
  if (f.quantity.kind === 'implied') return 'implied: our arithmetic on the official breakdown';
  if (f.origin === 'claims') return SPEAKER_TAGS[speakerType(f.recordId) ?? 'thirdParty'];
  if (f.origin === 'organisations' || f.origin === 'congresses') return 'official';
  return null;
}

export interface LedgerRow {
  id: string;
  status: LedgerStatus;
  reasoning: string;
  note: string | null;
  claim: LedgerFigure;
  evidence: LedgerFigure[];
  /** The evidence that decided the verdict, and how many times apart it and the claim are (nearest ends; 1 or less: they overlap). */
  decidedBy: { figure: LedgerFigure; factor: number } | null;
  /** How the evidence counts a different group from the claim's, when it does. */
  differentGroup: string | null;
  /** True when the claim is known only from someone else's summary of it. */
  secondHand: boolean;
  /** Sources of the claim and of the evidence, each once. */
  sources: string[];
}

export function ledgerRows(
  entries: readonly LedgerEntry[],
  figure: (ref: string, where?: string) => Figure,
  speakerType: (claimId: string) => SpeakerType | undefined = () => undefined,
): LedgerRow[] {
  const resolve = (f: Figure): LedgerFigure => ({
    ref: f.ref,
    label: f.label,
    text: formatQuantity(f.quantity, f.unit),
    quantity: f.quantity,
    unit: f.unit,
    year: f.year ?? null,
    verification: f.verification,
    sources: [...f.sources],
    official: isOfficialRef(f.ref),
    tag: figureTag(f, speakerType),
  });
  return entries.map((e) => {
    const where = `data/ledger.json › ${e.id}`;
    const claim = resolve(figure(e.claim, where));
    const evidence = e.evidence.map((ref) => resolve(figure(ref, where)));
    const decider = evidence.find((f) => f.ref === e.decidedBy);
    return {
      id: e.id,
      status: e.status,
      reasoning: e.reasoning,
      note: e.note ?? null,
      claim,
      evidence,
      decidedBy: decider ? { figure: decider, factor: gapFactor(claim.quantity, decider.quantity) } : null,
      differentGroup: e.differentGroup ?? null,
      secondHand: e.secondHand === true,
      sources: [...new Set([claim, ...evidence].flatMap((f) => f.sources))],
    };
  });
}

/** How many verdicts of each status, in a fixed order. */
export function statusCounts(rows: readonly LedgerRow[]): [LedgerStatus, number][] {
  return (Object.keys(STATUS_LABELS) as LedgerStatus[]).map((s) => [s, rows.filter((r) => r.status === s).length]);
}

/** "3.3 times apart" (rounded down, so a gap is never overstated), or "they overlap". */
export function gapText(factor: number): string {
  if (!Number.isFinite(factor)) return 'no upper bound to compare';
  if (factor <= 1) return 'the two overlap';
  return `${(Math.floor(factor * 10) / 10).toFixed(1)} times apart at their nearest ends`;
}
