import { z } from 'zod';
import { IdSchema, NoteSchema } from './common.ts';

/** A figure ref as `<Num id>` takes it: `<dataset>.<record id>[.<field>]` or `derived.<id>`. */
export const FigureRefSchema = z
  .string()
  .regex(/^[a-z]+\.[a-z0-9-]+(\.[a-zA-Z]+)?$/, { error: 'must be a figure ref such as estimates.ru-2010-census or derived.claim-gap' });

/**
 * How the counts bear on a claim: `contradicted` (comparable counts are far from it),
 * `unsupported` (no count comes near it, though none measures exactly what it claims),
 * `unverifiable` (nothing independent can test it), `consistent` (the counts agree with it).
 */
export const LedgerStatusSchema = z.enum(['contradicted', 'unsupported', 'unverifiable', 'consistent']);
export type LedgerStatus = z.infer<typeof LedgerStatusSchema>;

/**
 * One entry of data/ledger.json: our judgement of one official figure against the counts that
 * test it. Sources are not stored: they are those of the claim and its evidence, so they cannot drift.
 */
export const LedgerEntrySchema = z.strictObject({
  /** Stable id, usually the claim's record id, e.g. `russia-2m-2017`; the anchor on the ledger page. */
  id: IdSchema,
  /** Ref of the official figure judged: a `claims.<id>` or an `organisations.<id>` (official counts). */
  claim: FigureRefSchema.refine((r) => /^(claims|organisations)\./.test(r), {
    error: 'must be a claims.<id> or organisations.<id> ref',
  }),
  /** Refs of the figures that test the claim (counts, estimates, derived figures); empty only if unverifiable. */
  evidence: z.array(FigureRefSchema),
  /** Our verdict, by the rules above: contradicted, unsupported, unverifiable or consistent. */
  status: LedgerStatusSchema,
  /**
   * One sentence giving the reason, in our own words and without digits: the figures are shown
   * beside it from the records, so text and data cannot disagree.
   */
  reasoning: z
    .string()
    .min(20)
    .regex(/^[^0-9]*$/, { error: 'write the reasoning without digits — the figures are shown beside it from the records' }),
  /**
   * The evidence ref that decided the verdict (one of `evidence`), e.g. `estimates.ru-2010-census`;
   * required unless the verdict is `unverifiable`. The ledger prints how many times apart it and the claim are.
   */
  decidedBy: FigureRefSchema.optional(),
  /** How the evidence measures a different group from the claim's (rule 4); forbids `contradicted`. */
  differentGroup: z.string().min(20).regex(/^[^0-9]*$/, { error: 'write it without digits' }).optional(),
  /** True when the claim is known only from another party's summary of it (rule 5). */
  secondHand: z.boolean().optional(),
  /** Caveats about the comparison (definitions that differ, years apart). */
  note: NoteSchema,
}).superRefine((e, ctx) => {
  if (e.evidence.length === 0 && e.status !== 'unverifiable') {
    ctx.addIssue({ code: 'custom', path: ['evidence'], message: `a "${e.status}" verdict needs at least one figure as evidence` });
  }
  if (e.status !== 'unverifiable' && e.decidedBy === undefined) {
    ctx.addIssue({ code: 'custom', path: ['decidedBy'], message: `a "${e.status}" verdict must name the evidence that decided it in decidedBy` });
  }
  if (e.decidedBy !== undefined && !e.evidence.includes(e.decidedBy)) {
    ctx.addIssue({ code: 'custom', path: ['decidedBy'], message: `"${e.decidedBy}" must also be listed in evidence` });
  }
  if (e.differentGroup !== undefined && e.status === 'contradicted') {
    ctx.addIssue({ code: 'custom', path: ['status'], message: 'evidence that measures a different group (differentGroup) cannot make a claim "contradicted"' });
  }
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
