import { z } from 'zod';
import { AreaSchema, DateSpecSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema } from './common.ts';

/** A named organisation that sits on a tier of the pyramid. */
export const TierExampleSchema = z.strictObject({
  /** Name in English. */
  name: z.string().min(3),
  /** Country it works in, when it has one. */
  area: AreaSchema.optional(),
  /** When it was founded, when known. */
  founded: DateSpecSchema.optional(),
  /** Ids in data/sources.json. */
  sources: SourceIdsSchema,
  /** Caveats. */
  note: NoteSchema,
});
export type TierExample = z.infer<typeof TierExampleSchema>;

/**
 * One entry of data/hierarchy.json: a tier of the bureaucratic pyramid the article describes.
 * Tiers form a tree through `parent`; the loader checks there is exactly one root and no cycle.
 */
export const TierSchema = z.strictObject({
  /** Stable id, e.g. `country-coordinators`. */
  id: IdSchema,
  /** Tier name for the chart. */
  name: z.string().min(3),
  /** The level drawn above this one in the article’s description (a level, not a reporting line), or null for the top. */
  parent: IdSchema.nullable(),
  /** What the tier does, in our own words. */
  description: z.string().min(10),
  /** Organisations named for this tier by the article or research/facts.md (may be empty). */
  examples: z.array(TierExampleSchema),
  /** Ids in data/sources.json. */
  sources: SourceIdsSchema,
  /** Verification level carried from research/facts.md. */
  verification: VerificationSchema,
  /** Caveats. */
  note: NoteSchema,
});
export type Tier = z.infer<typeof TierSchema>;
