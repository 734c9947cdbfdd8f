/**
 * datapackage.json (Frictionless Data Package v1) generated from the data dictionary: one
 * tabular resource per CSV with its Table Schema, one resource per JSON file with its JSON
 * Schema, plus hashes, sizes, sources and licences. Pure: everything comes in as arguments.
 */
import type { DatasetName } from '../../data/schemas/index.ts';
import type { Column } from './columns.ts';
import { sha256 } from './checksums.ts';

export interface PackageSource { title: string; path: string }

export interface PackageInput {
  version: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
  /** Absolute URL of the data hub, e.g. https://example.org/data/. */
  homepage: string;
  title: string;
  description: string;
  datasets: readonly {
    name: DatasetName;
    description: string;
    columns: readonly Column[];
    csv: Uint8Array;
    json: Uint8Array;
    rows: number;
    /** The sources cited by the file's records. */
    sources: readonly PackageSource[];
  }[];
  /** Primary and foreign keys beyond `id`. */
  foreignKeys?: Partial<Record<DatasetName, readonly { fields: string; reference: { resource: string; fields: string } }[]>>;
}

export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** A Table Schema field for one CSV column. */
export function tableField(c: Column): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints['required'] = true;
  if (c.enum) constraints['enum'] = [...c.enum];
  return {
    name: c.name,
    type: c.type,
    ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    description: c.description,
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
      description: `${d.description} ${d.rows} records. Nested fields are flattened: see the field descriptions and README.md.`,
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
    id: `${input.homepage}#${input.version}`,
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
