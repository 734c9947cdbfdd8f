import { z } from 'zod';
import { DateSpecSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema } from './common.ts';
import { CountSchema } from './quantity.ts';

/** One entry of data/organisations.json, described (for the data dictionary, datapackage.json and the JSON Schema) below. */
export const OrganisationCountSchema = z.strictObject({
  id: IdSchema.describe('Stable id `<yyyy>-<mm>` of the date the count refers to, e.g. `2016-06`; `-implied` for computed points.'),
  value: CountSchema.describe('The number of organisations, qualified (exact, about, more than, implied).'),
  date: DateSpecSchema.describe('When the count applies (not necessarily when it was said).'),
  statedOn: DateSpecSchema.optional().describe('When it was said, if later than `date` (336 for 2006 was said in 2011).'),
  speaker: z.string().min(2).describe('Who gave the figure according to the stored source.'),
  attributedByArticleTo: z.string().min(2).optional().describe('Who the article attributes it to, when that differs from `speaker`.'),
  occasion: z.string().min(2).describe('Where it was said.'),
  congress: IdSchema.optional().describe('Id in data/congresses.json of the congress the count belongs to.'),
  foundedSincePreviousCongress: CountSchema.optional().describe('Of this total, how many were founded since the previous congress ("103 of the 416").'),
  conflictsWith: z.array(IdSchema).optional().describe('Ids of other points in this file that contradict this one (336 vs 313).'),
  sources: SourceIdsSchema.describe('Ids in data/sources.json.'),
  verification: VerificationSchema.describe('Verification level carried from research/facts.md.'),
  fact: z.string().optional().describe('Row id in research/facts.md, for traceability.'),
  note: NoteSchema.describe('Caveats: attribution, arithmetic, wording.'),
})
  .describe('A point of the official diaspora-organisation count.');
export type OrganisationCount = z.infer<typeof OrganisationCountSchema>;
