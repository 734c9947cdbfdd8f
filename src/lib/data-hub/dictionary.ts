/**
 * The data dictionary: for every data file, its CSV columns (name, type, meaning) and a one-line
 * description, all generated from the Zod schemas and their JSDoc in src/data/schemas/.
 */
import { z } from 'zod';
import { DATASET_NAMES, RECORD_SCHEMAS, EstimateSchema, QuantitySchema, type DatasetName } from '../../data/schemas/index.ts';
import { columnsOf, type Column } from './columns.ts';
import { allFieldDocs, namedSchemaDocs, recordFieldDocs, recordSchemaDoc } from './field-docs.ts';
import { DerivedRowSchema, LedgerComparisonSchema } from './tables.ts';
import tablesSource from './tables.ts?raw';

const SOURCES = import.meta.glob('../../data/schemas/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function schemaSource(file: string): string {
  const text = SOURCES[`../../data/schemas/${file}.ts`];
  if (text === undefined) throw new Error(`src/lib/data-hub/dictionary.ts: no schema file src/data/schemas/${file}.ts`);
  return text;
}

/** Docs of the nested types every file shares: a quantity's and a date's fields. */
const nested = new Map([...allFieldDocs(schemaSource('quantity')), ...namedSchemaDocs(schemaSource('common'), 'DateSpecSchema')]);

/**
 * Fields kept in data/ for the editors but not published: `fact` points into the research fact
 * sheet, which is a working file outside the project, so a reader could not follow it.
 */
export const UNPUBLISHED_FIELDS: readonly string[] = ['fact'];

/**
 * Estimates as published: a share in percent is never in the same column as a head count. Where the
 * stored record's `unit` is `percent`, its figure moves from `value` to `percent` (same shape).
 */
export const PublishedEstimateSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(EstimateSchema.shape).flatMap(([key, field]): [string, z.ZodType][] =>
      key === 'value'
        ? [
            ['value', QuantitySchema.optional()],
            ['percent', QuantitySchema.optional()],
          ]
        : [[key, field]],
    ),
  ),
);

const PUBLISHED_DOCS: Readonly<Record<string, string>> = {
  value: 'The head count, with its qualifier; empty for a share (see `percent`).',
  percent:
    'A share of the country’s population in percent (0–100), with its qualifier, for estimates that give only a share (unit `percent`); empty for a head count.',
};

/** The schema a data file is published with (the stored one, unless publication reshapes it). */
export const publishedSchema = (name: DatasetName): z.ZodType => (name === 'estimates' ? PublishedEstimateSchema : RECORD_SCHEMAS[name]);

export interface DatasetDictionary<N extends string = DatasetName> {
  name: N;
  /** What one record is, from the schema's JSDoc. */
  description: string;
  columns: readonly Column[];
}

/** One entry per data file, in DATASET_NAMES order; the schema file of `<name>` is `<name>.ts`. */
export const DICTIONARY: Readonly<Record<DatasetName, DatasetDictionary>> = Object.fromEntries(
  DATASET_NAMES.map((name) => {
    const source = schemaSource(name);
    const docs = recordFieldDocs(source);
    if (name === 'estimates') for (const [k, v] of Object.entries(PUBLISHED_DOCS)) docs.set(k, v);
    const columns = columnsOf(publishedSchema(name), { record: docs, nested }).filter((c) => !UNPUBLISHED_FIELDS.includes(c.path[0]!));
    const entry: DatasetDictionary = { name, description: recordSchemaDoc(source), columns };
    return [name, entry];
  }),
) as unknown as Record<DatasetName, DatasetDictionary>;

/** The tables computed from the records (src/lib/data-hub/tables.ts), published beside the data files. */
export const TABLE_NAMES = ['derived', 'ledger-evidence'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const TABLE_DICTIONARY: Readonly<Record<TableName, DatasetDictionary<TableName>>> = {
  derived: {
    name: 'derived',
    description:
      'Figures computed from the records (the `derived.<id>` refs that prose and the ledger cite): each with its formula in words, the refs of its inputs, their years and kinds, its sources and the weakest verification of its inputs. Recompute any of them from claims, estimates, organisations and congresses.',
    columns: columnsOf(DerivedRowSchema, { record: namedSchemaDocs(tablesSource, 'DerivedRowSchema'), nested }),
  },
  'ledger-evidence': {
    name: 'ledger-evidence',
    description:
      'The ledger’s comparisons, one row per verdict and piece of evidence: the claim’s lowest reading against the evidence’s highest, their ratio and gap, and whether the entry names this evidence as deciding.',
    columns: columnsOf(LedgerComparisonSchema, { record: namedSchemaDocs(tablesSource, 'LedgerComparisonSchema'), nested }),
  },
};
