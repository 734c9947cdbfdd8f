import { z } from 'zod';
import { AreaSchema, DateSpecSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema } from './common.ts';

/** A named organisation that sits on a tier of the pyramid. */
export const TierExampleSchema = z.strictObject({
  name: z.string().min(3).describe('Name in English.'),
  area: AreaSchema.optional().describe('Country it works in, when it has one.'),
  founded: DateSpecSchema.optional().describe('When it was founded, when known.'),
  sources: SourceIdsSchema.describe('Ids in data/sources.json.'),
  note: NoteSchema.describe('Caveats.'),
});
export type TierExample = z.infer<typeof TierExampleSchema>;

/** One entry of data/hierarchy.json, described (for the data dictionary, datapackage.json and the JSON Schema) below. */
export const TierSchema = z.strictObject({
  id: IdSchema.describe('Stable id, e.g. `country-coordinators`.'),
  name: z.string().min(3).describe('Tier name for the chart.'),
  parent: IdSchema.nullable().describe('The level drawn above this one in the article’s description (a level, not a reporting line), or null for the top.'),
  description: z.string().min(10).describe('What the tier does, in our own words.'),
  examples: z.array(TierExampleSchema).describe('Organisations named for this tier by the article or research/facts.md (may be empty).'),
  sources: SourceIdsSchema.describe('Ids in data/sources.json.'),
  verification: VerificationSchema.describe('Verification level carried from research/facts.md.'),
  note: NoteSchema.describe('Caveats.'),
})
  .describe('A tier of the bureaucratic pyramid the article describes. Tiers form a tree through `parent`; the loader checks there is exactly one root and no cycle.');
export type Tier = z.infer<typeof TierSchema>;
