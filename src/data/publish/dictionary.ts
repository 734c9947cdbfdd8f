/**
 * The data dictionary: for every data file, its CSV columns (name, type, meaning) and a one-line
 * description, all generated from the Zod schemas in src/data/schemas/ and the descriptions they
 * carry (`.describe()`), which the JSON Schemas carry too.
 */
import { z } from 'zod';
import { DATASET_NAMES, RECORD_SCHEMAS, EstimateSchema, QuantitySchema, type DatasetName } from '../schemas/index.ts';
import { columnsOf, type Column } from './columns.ts';
import { DerivedRowSchema, LedgerComparisonSchema } from './tables.ts';

/**
 * Fields kept in data/ for the editors but not published: `fact` points into the research fact
 * sheet, which is a working file outside the project, so a reader could not follow it.
 */
export const UNPUBLISHED_FIELDS: readonly string[] = ['fact'];

/**
 * Estimates as published: a share in percent is never in the same column as a head count. Where the
 * stored record's `unit` is `percent`, its figure moves from `value` to `percent` (same shape).
 */
export const PublishedEstimateSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(EstimateSchema.shape).flatMap(([key, field]): [string, z.ZodType][] =>
        key === 'value'
          ? [
              ['value', QuantitySchema.optional().describe('The head count, with its qualifier; empty for a share (see `percent`).')],
              [
                'percent',
                QuantitySchema.optional().describe(
                  'A share of the country’s population in percent (0–100), with its qualifier, for estimates that give only a share (unit `percent`); empty for a head count.',
                ),
              ],
            ]
          : [[key, field]],
      ),
    ),
  )
  .describe(EstimateSchema.description ?? '');

/** The schema a data file is published with (the stored one, unless publication reshapes it). */
export const publishedSchema = (name: DatasetName): z.ZodType => (name === 'estimates' ? PublishedEstimateSchema : RECORD_SCHEMAS[name]);

export interface DatasetDictionary<N extends string = DatasetName> {
  name: N;
  /** What one record is: the record schema's description. */
  description: string;
  columns: readonly Column[];
}

/** The dictionary entry of a published schema: its description and its columns with theirs. */
function dictionaryEntry<N extends string>(name: N, schema: z.ZodType): DatasetDictionary<N> {
  const columns = columnsOf(schema).filter((c) => !UNPUBLISHED_FIELDS.includes(c.path[0]!));
  return { name, description: schema.description ?? '', columns };
}

/** One entry per data file, in DATASET_NAMES order. */
export const DICTIONARY: Readonly<Record<DatasetName, DatasetDictionary>> = Object.fromEntries(
  DATASET_NAMES.map((name) => [name, dictionaryEntry(name, publishedSchema(name))]),
) as Record<DatasetName, DatasetDictionary>;

/** The tables computed from the records (src/data/publish/tables.ts), published beside the data files. */
export const TABLE_NAMES = ['derived', 'ledger-evidence'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const TABLE_DICTIONARY: Readonly<Record<TableName, DatasetDictionary<TableName>>> = {
  derived: dictionaryEntry('derived', DerivedRowSchema),
  'ledger-evidence': dictionaryEntry('ledger-evidence', LedgerComparisonSchema),
};
