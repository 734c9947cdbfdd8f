import { z } from 'zod';
import { AreaSchema, DateSpecSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema } from './common.ts';
import { CountSchema } from './quantity.ts';

/** One entry of data/claims.json, described (for the data dictionary, datapackage.json and the JSON Schema) below. */
export const ClaimSchema = z.strictObject({
  id: IdSchema.describe('Stable id, e.g. `abroad-10m`; referenced in prose as `claims.<id>`.'),
  kind: z.literal('claim').describe('Always `claim`: the figure kind that sets claims apart from counts.'),
  definition: z.literal('claim').describe('Always `claim`: no definition or method is stated by whoever makes it.'),
  area: AreaSchema.describe('Where the claimed people or countries are.'),
  place: z.string().min(2).optional().describe('The part of `area` a claim is limited to, when it is narrower (a province: "Ontario"); labels name it.'),
  unit: z.enum(['people', 'countries']).describe('What is counted: people, or countries where the diaspora is said to live.'),
  measures: z.enum(['residence', 'activity']).optional().describe('For country counts: `residence` (countries where Azerbaijanis are said to live; the default) or `activity` (countries where diaspora events took place or participants joined in), which says nothing about where people live.'),
  value: CountSchema.describe('The claimed figure with its qualifier ("more than 10 million").'),
  speaker: z.string().min(2).describe('Who made the claim (person or body), as the source names them.'),
  speakerId: IdSchema.optional().describe('Id in data/speakers.json of who made the claim, with their type (state body, state media, politician…).'),
  occasion: z.string().min(2).optional().describe('Where or why it was said, e.g. "4th Congress of World Azerbaijanis".'),
  date: DateSpecSchema.optional().describe('The date the figure refers to, which for most claims is when it was said; omitted for undated pages, with a note.'),
  statedOn: DateSpecSchema.optional().describe('When it was said, where that differs from `date` (a count for 2023 reported in March 2024).'),
  sources: SourceIdsSchema.describe('Ids in data/sources.json.'),
  verification: VerificationSchema.describe('Verification level carried from research/facts.md.'),
  fact: z.string().optional().describe('Row id in research/facts.md, for traceability.'),
  note: NoteSchema.describe('Caveats: attribution, wording, what the claim includes.'),
})
  .describe('An official or advocacy figure with no stated method.');
export type Claim = z.infer<typeof ClaimSchema>;
