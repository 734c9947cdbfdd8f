import { z } from 'zod';
import {
  AreaSchema, DefinitionSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema, YearSchema,
} from './common.ts';
import { QuantitySchema, quantityValues } from './quantity.ts';

/** How a count was made: a `census`, a sample `survey`, an `estimate` (expert or official), or UN-style `migrantStock`. */
export const MethodSchema = z.enum(['census', 'survey', 'estimate', 'migrantStock']);
export type Method = z.infer<typeof MethodSchema>;

/**
 * Who the figure is about. Anything but `azerbaijanis` must never be added to totals of
 * ethnic Azerbaijanis (Israel's Mountain Jews, a country's whole population).
 */
export const GroupSchema = z.enum(['azerbaijanis', 'iranianAzerbaijanis', 'mountainJews', 'wholePopulation']);
export type Group = z.infer<typeof GroupSchema>;

/** One entry of data/estimates.json, described (for the data dictionary, datapackage.json and the JSON Schema) below. */
export const EstimateSchema = z
  .strictObject({
    id: IdSchema.describe('Stable id `<country>-<year>-<method or definition>`, e.g. `ru-2010-census`.'),
    kind: MethodSchema.describe('How the count was made; doubles as the figure kind.'),
    definition: DefinitionSchema.exclude(['claim']).describe('Who is counted (ethnic self-identification, citizens, born in Azerbaijan…).'),
    group: GroupSchema.describe('Which population the figure is about.'),
    area: AreaSchema.describe('Country or aggregate the count covers.'),
    year: YearSchema.optional().describe('Reference year of the count; omitted when sources give none (Iranian ranges).'),
    unit: z.enum(['people', 'percent']).describe('`people` for head counts, `percent` for a share of the country’s population.'),
    value: QuantitySchema.describe('The count, with its qualifier. People are whole numbers; percentages 0–100.'),
    share: z.number().min(0).max(100).optional().describe('Share of the country’s population in percent (0–100), when the source gives one.'),
    sources: SourceIdsSchema.describe('Ids in data/sources.json.'),
    verification: VerificationSchema.describe('Verification level carried from research/facts.md.'),
    fact: z.string().optional().describe('Row id in research/facts.md, for traceability.'),
    note: NoteSchema.describe('Caveats: conflicting versions, mixed definitions, mirrors.'),
  })
  .superRefine((e, ctx) => {
    for (const v of quantityValues(e.value)) {
      if (e.unit === 'people' && !Number.isInteger(v)) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: `a count of people must be a whole number, got ${v}` });
      }
      if (e.unit === 'percent' && v > 100) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: `a share cannot exceed 100 percent, got ${v}` });
      }
    }
  })
  .describe('A count by country and year with its definition and method.');
export type Estimate = z.infer<typeof EstimateSchema>;
