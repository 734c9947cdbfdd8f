import { z } from 'zod';
import { IdSchema, NoteSchema } from './common.ts';

/** A figure ref as `<Num id>` takes it: `<dataset>.<record id>[.<field>]` or `derived.<id>`. */
export const FigureRefSchema = z
  .string()
  .regex(/^[a-z]+\.[a-z0-9-]+(\.[a-zA-Z]+)?$/, { error: 'must be a figure ref such as estimates.ru-2010-census or derived.claim-gap' });

/**
 * How the counts bear on a claim. The verdict follows from the entry's deciding figure (`decidedBy`)
 * and its `differentGroup`, by these rules, which src/data/verdicts.ts enforces at build time:
 *
 * 1. `contradicted`: the deciding figure is a count (census, survey or migrant stock) of the claim's own
 *    group — people counted as Azerbaijani by nationality — in the claim's own area, taken within ten
 *    years of the claim, and it is at least twice or at most half the claim (nearest ends compared).
 *    When all of that holds, the verdict must be `contradicted`.
 * 2. `consistent`: such a count overlaps the claim, and its publisher is independent of the claimant
 *    (not partisan, not the claim's own publisher).
 * 3. `unverifiable`: only the claimant's own figures (claims, official tallies, figures derived only from
 *    them), or none, can be set beside the claim. When any independent count or estimate is in the
 *    evidence, the entry must be decided instead.
 * 4. A different group: counts by birthplace (people born in Azerbaijan, of any nationality), ancestry or
 *    citizenship measure a different group from a claim about Azerbaijanis; an entry decided by one must
 *    say how in `differentGroup`, and `differentGroup` (also when an editor argues it for a count by
 *    nationality, e.g. residents against a claim that takes in labour migrants) forbids `contradicted`.
 * 5. `unsupported`: every other decided entry — the evidence is estimates only (even when they overlap
 *    the claim: an estimate cannot confirm it), counts a different group, covers another area, is more
 *    than ten years from the claim, or is a comparable count less than twice away.
 * 6. The deciding figure is an independent count or estimate; when the evidence holds counts of the
 *    claim's own group and area, it is the one nearest in time to the claim (ties: the later).
 * 7. Evidence never includes the claim itself, figures computed from it, or (in a decided entry) other
 *    claims. Claims known only from someone else's summary are marked `secondHand`.
 */
export const LedgerStatusSchema = z.enum(['contradicted', 'unsupported', 'unverifiable', 'consistent']);
export type LedgerStatus = z.infer<typeof LedgerStatusSchema>;

/** One entry of data/ledger.json, described (for the data dictionary, datapackage.json and the JSON Schema) below. */
export const LedgerEntrySchema = z.strictObject({
  id: IdSchema.describe('Stable id, usually the claim’s record id, e.g. `russia-2m-2017`; the anchor on the ledger page.'),
  claim: FigureRefSchema.refine((r) => /^(claims|organisations)\./.test(r), {
    error: 'must be a claims.<id> or organisations.<id> ref',
  }).describe('Ref of the official figure judged: a `claims.<id>` or an `organisations.<id>` (official counts).'),
  evidence: z.array(FigureRefSchema).describe('Refs of the figures that test the claim (counts, estimates, derived figures); empty only if unverifiable.'),
  status: LedgerStatusSchema.describe('Our verdict, by the rules above: contradicted, unsupported, unverifiable or consistent.'),
  reasoning: z
    .string()
    .min(20)
    .regex(/^[^0-9]*$/, { error: 'write the reasoning without digits — the figures are shown beside it from the records' }).describe('One sentence giving the reason, in our own words and without digits: the figures are shown beside it from the records, so text and data cannot disagree.'),
  decidedBy: FigureRefSchema.optional().describe('The evidence ref that decided the verdict (one of `evidence`), e.g. `estimates.ru-2010-census`; required unless the verdict is `unverifiable`. The ledger prints how many times apart it and the claim are.'),
  differentGroup: z.string().min(20).regex(/^[^0-9]*$/, { error: 'write it without digits' }).optional().describe('How the evidence measures a different group from the claim’s (rule 4): required when the decider counts by birthplace, ancestry or citizenship; forbids `contradicted`.'),
  secondHand: z.boolean().optional().describe('True when the claim is known only from another party’s summary of it (rule 5).'),
  note: NoteSchema.describe('Caveats about the comparison (definitions that differ, years apart).'),
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
})
  .describe('Our judgement of one official figure against the counts that test it. Sources are not stored: they are those of the claim and its evidence, so they cannot drift.');
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
