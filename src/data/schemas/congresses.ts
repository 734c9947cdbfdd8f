import { z } from 'zod';
import { DateSpecSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema } from './common.ts';
import { CountSchema } from './quantity.ts';

/** One entry of data/congresses.json: a World Congress of Azerbaijanis. */
export const CongressSchema = z.strictObject({
  /** Stable id: the year, e.g. `2016`; referenced as `congresses.2016.delegates`. */
  id: IdSchema,
  /** Ordinal: 1 for the first congress. */
  number: z.number().int().min(1),
  /** Name as officially styled, e.g. "Fifth (“Victory”) Congress of World Azerbaijanis". */
  name: z.string().min(3),
  /** Dates of the sessions. */
  date: DateSpecSchema,
  /** City, with the venue when known. */
  place: z.string().min(2),
  /** The decree or order that convened it, when known. */
  convenedBy: z.string().min(3).optional(),
  /** Diaspora delegates attending. */
  delegates: CountSchema.optional(),
  /** Guests attending besides delegates. */
  guests: CountSchema.optional(),
  /** Countries represented by delegates. */
  countries: CountSchema.optional(),
  /** Ids in data/sources.json. */
  sources: SourceIdsSchema,
  /** Verification level carried from research/facts.md. */
  verification: VerificationSchema,
  /** Row id in research/facts.md, for traceability. */
  fact: z.string().optional(),
  /** Caveats, including competing attendance figures. */
  note: NoteSchema,
});
export type Congress = z.infer<typeof CongressSchema>;
