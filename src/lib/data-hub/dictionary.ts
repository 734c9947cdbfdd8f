/**
 * The data dictionary: for every data file, its CSV columns (name, type, meaning) and a one-line
 * description, all generated from the Zod schemas and their JSDoc in src/data/schemas/.
 */
import { DATASET_NAMES, RECORD_SCHEMAS, type DatasetName } from '../../data/schemas/index.ts';
import { columnsOf, type Column } from './columns.ts';
import { allFieldDocs, namedSchemaDocs, recordFieldDocs, recordSchemaDoc } from './field-docs.ts';

const SOURCES = import.meta.glob('../../data/schemas/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function schemaSource(file: string): string {
  const text = SOURCES[`../../data/schemas/${file}.ts`];
  if (text === undefined) throw new Error(`src/lib/data-hub/dictionary.ts: no schema file src/data/schemas/${file}.ts`);
  return text;
}

/** Docs of the nested types every file shares: a quantity's and a date's fields. */
const nested = new Map([...allFieldDocs(schemaSource('quantity')), ...namedSchemaDocs(schemaSource('common'), 'DateSpecSchema')]);

export interface DatasetDictionary {
  name: DatasetName;
  /** What one record is, from the schema's JSDoc. */
  description: string;
  columns: readonly Column[];
}

/** One entry per data file, in DATASET_NAMES order; the schema file of `<name>` is `<name>.ts`. */
export const DICTIONARY: Readonly<Record<DatasetName, DatasetDictionary>> = Object.fromEntries(
  DATASET_NAMES.map((name) => {
    const source = schemaSource(name);
    const columns = columnsOf(RECORD_SCHEMAS[name], { record: recordFieldDocs(source), nested });
    const entry: DatasetDictionary = { name, description: recordSchemaDoc(source), columns };
    return [name, entry];
  }),
) as unknown as Record<DatasetName, DatasetDictionary>;
