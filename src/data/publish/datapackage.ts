/**
 * datapackage.json (Frictionless Data Package v1) generated from the data dictionary: one
 * tabular resource per CSV with its Table Schema, one resource per JSON file with its JSON
 * Schema, plus hashes, sizes, sources and licences. Pure: everything comes in as arguments.
 */
import type { Column } from './columns.ts';
import { sha256 } from './checksums.ts';

export interface PackageSource {
  title: string;
  path: string;
}

export interface PackageInput {
  version: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
  /** Absolute URL of the data hub, e.g. https://example.org/data/. */
  homepage: string;
  /** Permanent identifier of this version: the absolute URL of its versioned ZIP. */
  id: string;
  title: string;
  description: string;
  datasets: readonly {
    name: string;
    description: string;
    columns: readonly Column[];
    csv: Uint8Array;
    json: Uint8Array;
    rows: number;
    /** The sources cited by the file's records. */
    sources: readonly PackageSource[];
  }[];
  /** Primary and foreign keys beyond `id`. */
  foreignKeys?: Partial<Record<string, readonly { fields: string; reference: { resource: string; fields: string } }[]>>;
}

export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** An ISO 8601 date written to its precision: `2016`, `2016-06` or `2016-06-03`. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

/** A date of a `date.*` / `statedOn.*` / `founded.*` pair: its precision varies from row to row. */
const isPartialDate = (c: Column) => c.path.length === 2 && (c.path[1] === 'start' || c.path[1] === 'end');

/** A Table Schema field for one CSV column. */
export function tableField(c: Column): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints['required'] = true;
  if (c.enum) constraints['enum'] = [...c.enum];
  if (isPartialDate(c) && c.type === 'string') constraints['pattern'] = PARTIAL_DATE_PATTERN;
  const dated = c.type === 'date' || c.type === 'yearmonth' || c.type === 'year';
  return {
    name: c.name,
    type: c.type,
    // ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY.
    ...(dated ? { format: 'default' } : {}),
    ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    description:
      isPartialDate(c) && !dated
        ? `${c.description} An ISO 8601 date written to the precision in the matching \`.precision\` column (\`2016\`, \`2016-06\` or \`2016-06-03\`), so one column mixes years, months and days: read it as text, or parse it with that precision.`
        : c.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export function dataPackage(input: PackageInput): Record<string, unknown> {
  const resources = input.datasets.flatMap((d) => [
    {
      name: d.name,
      path: `${d.name}.csv`,
      profile: 'tabular-data-resource',
      title: `${d.name} (CSV)`,
      description: `${d.description} ${d.rows} records. Nested fields are flattened into one column per part (\`value.kind\`, \`value.value\`…); a list of ids is one cell with the ids joined by \`;\`. See README.md.`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: d.csv.byteLength,
      hash: `sha256:${sha256(d.csv)}`,
      dialect: { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\n' },
      schema: {
        fields: d.columns.map(tableField),
        missingValues: [''],
        primaryKey: 'id',
        ...(input.foreignKeys?.[d.name] ? { foreignKeys: input.foreignKeys[d.name] } : {}),
      },
      ...(d.sources.length ? { sources: d.sources } : {}),
      licenses: [LICENCE],
    },
    {
      name: `${d.name}-json`,
      path: `${d.name}.json`,
      profile: 'data-resource',
      title: `${d.name} (JSON)`,
      description: `The same ${d.rows} records as ${d.name}.csv, nested as stored; validated by schema/${d.name}.schema.json (JSON Schema 2020-12).`,
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      bytes: d.json.byteLength,
      hash: `sha256:${sha256(d.json)}`,
      jsonSchema: `schema/${d.name}.schema.json`,
      licenses: [LICENCE],
    },
  ]);
  return {
    profile: 'data-package',
    name: 'diaspora-on-paper',
    id: input.id,
    title: input.title,
    description: input.description,
    version: input.version,
    created: `${input.date}T00:00:00Z`,
    homepage: input.homepage,
    keywords: ['Azerbaijan', 'diaspora', 'census', 'migration', 'official statistics', 'fact-checking'],
    licenses: [LICENCE],
    contributors: [{ title: 'A Diaspora on Paper', role: 'author' }],
    resources,
  };
}
