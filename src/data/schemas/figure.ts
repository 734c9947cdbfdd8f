import { z } from 'zod';
import { DateSpecSchema, IdSchema, UnitSchema, VerificationSchema, YearSchema } from './common.ts';
import { QuantitySchema } from './quantity.ts';

/** Where a figure lives: a data file, or `derived` for figures computed in src/data/derived.ts. */
export const FigureOriginSchema = z.enum(['sources', 'claims', 'estimates', 'organisations', 'congresses', 'timeline', 'hierarchy', 'derived']);

/**
 * A number that prose and charts may cite, addressed by `ref`: `<dataset>.<record id>` for a
 * record’s value, `<dataset>.<record id>.<field>` for another figure of the record, or
 * `derived.<id>`. Built by src/data/refs.ts; `<Num id="…">` renders one.
 */
export const FigureSchema = z.strictObject({
  /** The reference id, e.g. `organisations.2016-06`, `congresses.2016.delegates`, `derived.claim-gap`. */
  ref: z.string().regex(/^[a-z]+\.[a-z0-9-]+(\.[a-zA-Z]+)?$/),
  /** Which dataset the figure comes from. */
  origin: FigureOriginSchema,
  /** Id of the record inside that dataset. */
  recordId: IdSchema,
  /** Plain-language name of the figure, for tooltips and tables. */
  label: z.string().min(3),
  /** The value with its qualifier. */
  quantity: QuantitySchema,
  /** What is counted. */
  unit: UnitSchema,
  /** Ids in data/sources.json; for derived figures the union of their inputs’ sources. */
  sources: z.array(IdSchema).min(1),
  /** The record’s verification level; for derived figures the weakest of their inputs. */
  verification: VerificationSchema,
  /** Reference year, when the record has one. */
  year: YearSchema.optional(),
  /** Reference date, when the record has one. */
  date: DateSpecSchema.optional(),
  /** Refs this figure is computed from (derived figures only). */
  from: z.array(z.string()).optional(),
  /** Caveat to show with the figure. */
  note: z.string().optional(),
});
export type Figure = z.infer<typeof FigureSchema>;
export type FigureOrigin = z.infer<typeof FigureOriginSchema>;
