import { z } from 'zod';
import { DateSpecSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema } from './common.ts';
import { CountSchema } from './quantity.ts';

/** One entry of data/congresses.json, described (for the data dictionary, datapackage.json and the JSON Schema) below. */
export const CongressSchema = z.strictObject({
  id: IdSchema.describe('Stable id: the year, e.g. `2016`; referenced as `congresses.2016.delegates`.'),
  number: z.number().int().min(1).describe('Ordinal: 1 for the first congress.'),
  name: z.string().min(3).describe('Name as officially styled, e.g. "Fifth (“Victory”) Congress of World Azerbaijanis".'),
  date: DateSpecSchema.describe('Dates of the sessions.'),
  place: z.string().min(2).describe('City, with the venue when known.'),
  convenedBy: z.string().min(3).optional().describe('The decree or order that convened it, when known.'),
  delegates: CountSchema.optional().describe('Diaspora delegates attending.'),
  guests: CountSchema.optional().describe('Guests attending besides delegates.'),
  countries: CountSchema.optional().describe('Countries represented by delegates.'),
  sources: SourceIdsSchema.describe('Ids in data/sources.json.'),
  verification: VerificationSchema.describe('Verification level carried from research/facts.md.'),
  fact: z.string().optional().describe('Row id in research/facts.md, for traceability.'),
  note: NoteSchema.describe('Caveats, including competing attendance figures.'),
})
  .describe('A World Congress of Azerbaijanis.');
export type Congress = z.infer<typeof CongressSchema>;
