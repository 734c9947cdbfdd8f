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
 * ethnic Azerbaijanis (Israel’s Mountain Jews, a country’s whole population).
 */
export const GroupSchema = z.enum(['azerbaijanis', 'iranianAzerbaijanis', 'mountainJews', 'wholePopulation']);
export type Group = z.infer<typeof GroupSchema>;

/** One entry of data/estimates.json: a count by country and year with its definition and method. */
export const EstimateSchema = z
  .strictObject({
    /** Stable id `<country>-<year>-<method or definition>`, e.g. `ru-2010-census`. */
    id: IdSchema,
    /** How the count was made; doubles as the figure kind. */
    kind: MethodSchema,
    /** Who is counted (ethnic self-identification, citizens, born in Azerbaijan…). */
    definition: DefinitionSchema.exclude(['claim']),
    /** Which population the figure is about. */
    group: GroupSchema,
    /** Country or aggregate the count covers. */
    area: AreaSchema,
    /** Reference year of the count; omitted when sources give none (Iranian ranges). */
    year: YearSchema.optional(),
    /** `people` for head counts, `percent` for a share of the country’s population. */
    unit: z.enum(['people', 'percent']),
    /** The count, with its qualifier. People are whole numbers; percentages 0–100. */
    value: QuantitySchema,
    /** Share of the country’s population in percent (0–100), when the source gives one. */
    share: z.number().min(0).max(100).optional(),
    /** Ids in data/sources.json. */
    sources: SourceIdsSchema,
    /** Verification level carried from research/facts.md. */
    verification: VerificationSchema,
    /** Row id in research/facts.md, for traceability. */
    fact: z.string().optional(),
    /** Caveats: conflicting versions, mixed definitions, mirrors. */
    note: NoteSchema,
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
  });
export type Estimate = z.infer<typeof EstimateSchema>;
