import { z } from 'zod';
import { DateSpecSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema } from './common.ts';
import { CountSchema } from './quantity.ts';

/** One entry of data/organisations.json: a point of the official diaspora-organisation count. */
export const OrganisationCountSchema = z.strictObject({
  /** Stable id `<yyyy>-<mm>` of the date the count refers to, e.g. `2016-06`; `-implied` for computed points. */
  id: IdSchema,
  /** The number of organisations, qualified (exact, about, more than, implied). */
  value: CountSchema,
  /** When the count applies (not necessarily when it was said). */
  date: DateSpecSchema,
  /** When it was said, if later than `date` (336 for 2006 was said in 2011). */
  statedOn: DateSpecSchema.optional(),
  /** Who gave the figure according to the stored source. */
  speaker: z.string().min(2),
  /** Who the article attributes it to, when that differs from `speaker`. */
  attributedByArticleTo: z.string().min(2).optional(),
  /** Where it was said. */
  occasion: z.string().min(2),
  /** Id in data/congresses.json of the congress the count belongs to. */
  congress: IdSchema.optional(),
  /** Of this total, how many were founded since the previous congress ("103 of the 416"). */
  foundedSincePreviousCongress: CountSchema.optional(),
  /** Ids of other points in this file that contradict this one (336 vs 313). */
  conflictsWith: z.array(IdSchema).optional(),
  /** Ids in data/sources.json. */
  sources: SourceIdsSchema,
  /** Verification level carried from research/facts.md. */
  verification: VerificationSchema,
  /** Row id in research/facts.md, for traceability. */
  fact: z.string().optional(),
  /** Caveats: attribution, arithmetic, wording. */
  note: NoteSchema,
});
export type OrganisationCount = z.infer<typeof OrganisationCountSchema>;
