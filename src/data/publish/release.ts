/**
 * The published data release: every file of /data/ and of the one-file ZIP, built once from the
 * loader's records. Endpoints, the hub, the figures' provenance and the ZIP all read these bytes,
 * so a checksum shown on a page is the checksum of the file served and of the file in the ZIP.
 */
import { z } from 'zod';
import { dataset, figures, figure, derived, release, dataReadme, dataLicence, changelog, sourceById } from '../load.ts';
import { DATASET_NAMES, type DatasetName } from '../schemas/index.ts';
import { jsonSchemaFor } from '../json-schema.ts';
import { SITE, ORIGINAL, CORRECTIONS_EMAIL } from '../../site.ts';
import { STATUS_MEANINGS } from './ledger.ts';
import {
  DICTIONARY,
  publishedSchema,
  TABLE_DICTIONARY,
  TABLE_NAMES,
  UNPUBLISHED_FIELDS,
  type DatasetDictionary,
  type TableName,
} from './dictionary.ts';
import { derivedRows, ledgerComparisons, DerivedRowSchema, LedgerComparisonSchema } from './tables.ts';
import type { Column } from './columns.ts';
import { toCsv } from './csv.ts';
import { LIST_SEPARATOR } from './columns.ts';
import { sha256, sha256sums, type ReleaseFile } from './checksums.ts';
import { dataPackage, type PackageSource } from './datapackage.ts';
import { citationCff, datasetCitation, type CitationInput } from './citation.ts';
import { zipRelease } from './zip.ts';
import { BASE } from '../../lib/paths.ts';

export const ZIP_NAME = 'diaspora-on-paper-data.zip';
/** The folder the ZIP unpacks into. */
export const ZIP_FOLDER = `diaspora-on-paper-data-${release.version}`;

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Absolute URLs of the site root, the hub and this version's permanent ZIP, from astro.config.mjs `site` and BASE_PATH. */
export function siteUrls(): { site: string; hub: string; zip: string; versionedZip: string; citation: string; corrections: string } {
  const origin = import.meta.env.SITE;
  if (!origin) throw new Error('src/data/publish/release.ts: astro.config.mjs must set `site` (the canonical public origin)');
  const site = new URL(BASE, origin).href;
  return {
    site,
    hub: new URL('data/', site).href,
    zip: new URL(`data/${ZIP_NAME}`, site).href,
    versionedZip: new URL(versionedZipPath(release.version), site).href,
    citation: new URL('CITATION.cff', site).href,
    corrections: new URL('data/#report-an-error', site).href,
  };
}

/** Where a version's ZIP stays for good, relative to the site root: data/<version>/diaspora-on-paper-data.zip. */
export const versionedZipPath = (version: string): string => `data/${version}/${ZIP_NAME}`;

/**
 * Versions whose ZIP the site serves at data/<version>/: the current one (built) and every earlier
 * one kept as a file in public/data/<version>/ — copy dist/data/<version>/ there before releasing
 * the next version, so a citation to it still resolves. Newest first, as in the changelog.
 */
export function keptVersions(exists: (publicPath: string) => boolean): string[] {
  return changelog.map((r) => r.version).filter((v) => v === release.version || exists(`public/${versionedZipPath(v)}`));
}

/**
 * A record as published: the fields of data/ minus those only editors can follow (`fact`), and an
 * estimate that is a share carries it in `percent`, never in `value` beside head counts.
 */
function published<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (UNPUBLISHED_FIELDS.includes(key)) continue;
    const isShare = key === 'value' && (record as { unit?: unknown; kind?: unknown }).unit === 'percent' && 'group' in record;
    out[isShare ? 'percent' : key] = value;
  }
  return out as T;
}

/** Every table the release publishes: the data files, then the tables computed from them. */
export type PublishedName = DatasetName | TableName;
export const PUBLISHED_NAMES: readonly PublishedName[] = [...DATASET_NAMES, ...TABLE_NAMES];

const kindOf = (f: { origin: string; recordId: string }): string => {
  if (f.origin === 'estimates') return dataset.estimates.find((e) => e.id === f.recordId)?.kind ?? 'estimate';
  if (f.origin === 'claims' || f.origin === 'organisations') return 'claim';
  if (f.origin === 'congresses') return 'congress count';
  return f.origin;
};

let tableCache: Record<TableName, readonly object[]> | undefined;
function tableRecords(name: TableName): readonly object[] {
  tableCache ??= {
    derived: derivedRows(derived, (ref) => figure(ref, 'src/data/publish/release.ts'), kindOf),
    'ledger-evidence': ledgerComparisons(dataset.ledger, (ref) => figure(ref, 'data/ledger.json'), kindOf),
  };
  return tableCache[name];
}

const isTable = (name: PublishedName): name is TableName => (TABLE_NAMES as readonly string[]).includes(name);

/** The records of a published table, as its JSON file holds them. */
export const publishedRecords = (name: PublishedName): readonly object[] =>
  isTable(name) ? tableRecords(name) : dataset[name].map(published);

/**
 * How a verdict is reached, published with the ledger: what each status means, and where the numbers
 * behind it are. (The rules themselves are the ledger schema's; this is how they are told to readers.)
 */
export const LEDGER_RULES =
  `Verdicts: ${Object.entries(STATUS_MEANINGS)
    .map(([s, m]) => `${s} — ${m}`)
    .join('; ')}. ` +
  'ledger-evidence.csv gives, for every piece of evidence, its kind (census, estimate, migrant stock, derived; or claim, ' +
  'where official figures are set against each other), the claim’s lowest reading against the evidence’s highest, their ' +
  'ratio and gap, and whether the entry names it as deciding.';

/** Name, one-line description and columns of a published table. */
export function dictionaryOf(name: PublishedName): DatasetDictionary<PublishedName> {
  if (isTable(name)) return TABLE_DICTIONARY[name];
  const entry = DICTIONARY[name];
  return name === 'ledger' ? { ...entry, description: `${entry.description} ${LEDGER_RULES}` } : entry;
}

/**
 * Its columns as datapackage.json types them: a date column whose rows all share one precision is
 * typed `date`, `yearmonth` or `year`, so tools parse it; one that mixes precisions stays text with a pattern.
 */
export function typedColumns(name: PublishedName): Column[] {
  const records = publishedRecords(name) as Record<string, unknown>[];
  return dictionaryOf(name).columns.map((c) => {
    if (c.path.length !== 2 || (c.path[1] !== 'start' && c.path[1] !== 'end')) return c;
    const precisions = new Set(
      records.flatMap((r) => {
        const d = r[c.path[0]!] as { precision?: string; [k: string]: unknown } | undefined;
        return d && d[c.path[1]!] !== undefined ? [d.precision] : [];
      }),
    );
    const only = precisions.size === 1 ? [...precisions][0] : undefined;
    const type = ({ day: 'date', month: 'yearmonth', year: 'year' } as const)[only as 'day'] as Column['type'] | undefined;
    return type ? { ...c, type } : c;
  });
}

/** A published table as JSON: one array of records, nested as stored (lists are JSON arrays). */
export const datasetJson = (name: PublishedName): string => json(publishedRecords(name));
export const datasetCsv = (name: PublishedName): string => toCsv(publishedRecords(name), dictionaryOf(name).columns);

/** JSON Schema of a published table's JSON file. */
function publishedJsonSchema(name: PublishedName): Record<string, unknown> {
  if (isTable(name)) {
    const record = name === 'derived' ? DerivedRowSchema : LedgerComparisonSchema;
    return {
      ...z.toJSONSchema(z.array(record), { io: 'input', unrepresentable: 'any' }),
      $id: `data/schema/${name}.schema.json`,
      title: `A Diaspora on Paper: ${name}.json`,
      description: `${TABLE_DICTIONARY[name].description} See README.md.`,
    };
  }
  const schema = (
    name === 'estimates'
      ? { ...z.toJSONSchema(z.array(publishedSchema(name)), { io: 'input', unrepresentable: 'any' }), ...titleOf(jsonSchemaFor(name)) }
      : jsonSchemaFor(name)
  ) as { items?: { properties?: Record<string, unknown>; required?: string[] } };
  for (const field of UNPUBLISHED_FIELDS) {
    delete schema.items?.properties?.[field];
    if (schema.items?.required) schema.items.required = schema.items.required.filter((f) => f !== field);
  }
  return schema as Record<string, unknown>;
}

const titleOf = ({ $id, title, description }: Record<string, unknown>) => ({ $id, title, description });

/** Source ids cited by the records of a table (for the ledger and computed tables: their figures'). */
export function citedSourceIds(name: PublishedName): string[] {
  const ids = new Set<string>();
  if (name === 'ledger') {
    for (const e of dataset.ledger) for (const ref of [e.claim, ...e.evidence]) figures.get(ref)?.sources.forEach((s) => ids.add(s));
  } else if (name === 'ledger-evidence') {
    return citedSourceIds('ledger');
  } else if (name !== 'sources' && name !== 'speakers') {
    for (const r of publishedRecords(name) as readonly {
      sources: readonly string[];
      examples?: readonly { sources: readonly string[] }[];
    }[]) {
      r.sources.forEach((s) => ids.add(s));
      r.examples?.forEach((e) => e.sources.forEach((s) => ids.add(s)));
    }
  }
  return [...ids];
}

const packageSource = (id: string): PackageSource => {
  const s = sourceById.get(id)!;
  return { title: `${s.publisher}: ${s.title}`, path: s.url };
};

export function citationInput(): CitationInput {
  const urls = siteUrls();
  return {
    project: SITE.title,
    version: release.version,
    date: release.date,
    siteUrl: urls.site,
    hubUrl: urls.hub,
    zipUrl: urls.versionedZip,
    original: ORIGINAL,
  };
}

export const citationFile = (): string => citationCff(citationInput());
export const datasetCite = () => datasetCitation(citationInput());

/** What the dataset is, for datapackage.json, CITATION.cff and the README: not a changelog line. */
export const DATASET_DESCRIPTION =
  'The figures behind the site, as data: official Azerbaijani claims about the size and spread of the diaspora ' +
  '(“ten million abroad”, “fifty million in the world”, the count of diaspora organisations), and the census, survey, ' +
  'estimate and migrant-stock counts that test them, country by country. Every figure is typed by kind (claim, census, ' +
  'survey, estimate, migrant stock) and definition (ethnic self-identification, citizens, born in Azerbaijan, ancestry), ' +
  'carries its qualifier (about, more than, a range), its reference year, its sources and how far it could be verified. ' +
  'The derived figures say how each was computed; the ledger gives a verdict on each claim and the comparisons it rests ' +
  'on. Compiled after Sergey Rumyantsev’s report “Long live the Azerbaijani diaspora!” (openDemocracy, 2017).';

export function dataPackageJson(): string {
  const urls = siteUrls();
  return json(
    dataPackage({
      version: release.version,
      date: release.date,
      homepage: urls.hub,
      id: urls.versionedZip,
      title: `${SITE.title}: dataset`,
      description: `${DATASET_DESCRIPTION} Our compilation is licensed CC BY 4.0; each figure’s sources keep their own terms (see LICENSE.txt and sources.csv). Documentation: README.md. Report an error: ${urls.corrections}`,
      datasets: PUBLISHED_NAMES.map((name) => ({
        name,
        description: dictionaryOf(name).description,
        columns: typedColumns(name),
        csv: bytes(datasetCsv(name)),
        json: bytes(datasetJson(name)),
        rows: publishedRecords(name).length,
        sources: citedSourceIds(name).map(packageSource),
      })),
      foreignKeys: {
        claims: [{ fields: 'speakerId', reference: { resource: 'speakers', fields: 'id' } }],
        organisations: [{ fields: 'congress', reference: { resource: 'congresses', fields: 'id' } }],
        hierarchy: [{ fields: 'parent', reference: { resource: '', fields: 'id' } }],
        'ledger-evidence': [{ fields: 'ledger', reference: { resource: 'ledger', fields: 'id' } }],
      },
    }),
  );
}

/** A `## Heading` section of data/README.md, heading included, for the release README. */
function readmeSection(heading: string): string {
  const start = dataReadme.indexOf(`## ${heading}\n`);
  if (start < 0) return '';
  const next = dataReadme.indexOf('\n## ', start + 3);
  return dataReadme.slice(start, next < 0 ? undefined : next).trim();
}

const list = (items: readonly string[]) => items.map((i) => `\`${i}\``).join(', ');

/** README of the release, written for a researcher who has only the ZIP. */
export function releaseReadme(): string {
  const urls = siteUrls();
  const cite = datasetCite();
  const statuses = Object.entries(STATUS_MEANINGS).map(([s, meaning]) => `- \`${s}\`: ${meaning};`);
  return [
    `# ${SITE.title}: dataset, version ${release.version} (${release.date})`,
    '',
    DATASET_DESCRIPTION,
    '',
    `- This version, for good: ${urls.versionedZip}`,
    `- The latest version, and every earlier one: ${urls.hub}`,
    `- The site the data is behind: ${urls.site}`,
    `- Report an error (a figure, a source, a citation): write to ${CORRECTIONS_EMAIL} (see ${urls.corrections}). Please name the file, the record id and what is wrong; corrections get a new version and a line in changelog.json.`,
    '',
    '## The files',
    '',
    ...PUBLISHED_NAMES.map(
      (n) => `- \`${n}.csv\` and \`${n}.json\` (${publishedRecords(n).length} records): ${dictionaryOf(n).description}`,
    ),
    '- `datapackage.json`: the Frictionless Data Package descriptor: every table with its columns, their types and meaning, primary and foreign keys, sources, size and SHA-256. `frictionless validate datapackage.json` checks the whole folder.',
    '- `schema/<name>.schema.json`: JSON Schema (2020-12) of each JSON file.',
    '- `changelog.json`: every release and what it added, changed or corrected.',
    '- `LICENSE.txt`: CC BY 4.0 for our compilation; the sources keep their own terms.',
    '- `CITATION.cff`: how to cite the dataset (Citation File Format).',
    '- `SHA256SUMS`: checksums of every file here; run `sha256sum -c SHA256SUMS` in this folder.',
    '',
    'The CSV and JSON of a table hold the same records. JSON keeps them nested as stored (a quantity is an object, a list',
    'of ids is an array); the CSV flattens them as described below.',
    '',
    '## Reading the CSV files',
    '',
    'UTF-8, comma-separated, one header row, quoting as in RFC 4180.',
    '',
    '- **One column per part.** A nested field becomes one column per part, named with a dot: `value.kind`, `value.value`,',
    '  `value.low`, `value.high`; `date.start`, `date.end`, `date.precision`. A `range` fills `low` and `high`; every other',
    '  kind of quantity fills `value`.',
    `- **Lists.** A list of ids (${list(['sources', 'evidence', 'conflictsWith', 'inputs'])}) is one cell with the ids joined by \`${LIST_SEPARATOR}\`` +
      " (no spaces). In the JSON files these are arrays. The pyramid's `examples` (a list of objects) is one cell of JSON.",
    '- **Empty cells.** An empty cell is a field the record does not have; for `parent` in hierarchy.csv it is the top of the pyramid.',
    '- **Ids are text.** Some ids look like numbers or dates (`2001` in congresses.csv and in the `congress` column of',
    '  organisations.csv, `2001-11` in organisations.csv). Read every `id`-like column as text, or spreadsheets and pandas turn',
    "  them into 2001.0 or a date: in pandas, `pd.read_csv('organisations.csv', dtype={'id': str, 'congress': str})`; in a",
    '  spreadsheet, import the column as text.',
    '- **Dates** are ISO 8601 written to their precision (`date.precision`: `year` → `2016`, `month` → `2016-06`, `day` →',
    '  `2016-06-03`). datapackage.json types a date column as `date`, `yearmonth` or `year` when every row shares one',
    '  precision; a column that mixes them is text with a pattern. `year` in estimates.csv is a number; `accessed` in',
    '  sources.csv is a day.',
    '',
    '## Qualifiers: what `value.kind` means',
    '',
    '- `exact`: the source states the number without any qualifier (462). It says nothing about how accurate the number is;',
    '- `about`: the source says “about”, “some”, “~”, or the figure is rounded by us (a ratio);',
    '- `moreThan`: a lower bound, “more than 10 million”; nothing is said about how much more;',
    '- `upTo`: an upper bound, “up to 300,000”;',
    '- `range`: `low` to `high`, e.g. two sources or a source giving a span (Iran: 12–23 million);',
    '- `implied`: nobody stated it; it follows from figures that were stated (416 − 103 = 313).',
    '',
    '`implied` says where a number comes from, not how precise it is: 313 is exactly 416 − 103, and only as good as',
    'those two. A census row with `moreThan` is one whose statistics office published only a bound (Belarus 2019: “more',
    'than 6 thousand”); its `note` says so.',
    '',
    "Other figures of a record use the same shape: `share` (percent of the country's population) in estimates.csv;",
    '`foundedSincePreviousCongress.*` in organisations.csv; `delegates.*`, `guests.*`, `countries.*` in congresses.csv.',
    '',
    '## Joining: refs',
    '',
    'Figures are cited by ref, in the ledger, the derived figures and every chart download (its `ref` column):',
    '',
    '- `claims.<id>`, `estimates.<id>`, `organisations.<id>`: the `value.*` columns of the row with that `id` in that file',
    '  (for an estimate that is a share of a population, unit `percent`, the `percent.*` columns: shares and head counts',
    '  never share a column);',
    '- `estimates.<id>.share`: the `share` column; `organisations.<id>.foundedSincePreviousCongress`,',
    "  `congresses.<id>.delegates` (`.guests`, `.countries`): that field's `.kind`/`.value`/`.low`/`.high` columns;",
    '- `derived.<id>`: the row with that `id` in derived.csv;',
    '- `hierarchy.<id>`, `timeline.<id>`: a row of hierarchy.csv or timeline.csv.',
    '',
    'Source ids (the `sources` column everywhere) are the `id` column of sources.csv.',
    '',
    '## Recomputing the derived figures',
    '',
    'Each row of derived.csv names its `operation` and its `inputs` (refs, in order):',
    '',
    '- `sum`: the inputs added up;',
    '- `difference`: the first input minus each of the others;',
    '- `ratio`: the first input divided by the second, rounded to one decimal — down when the first is a lower bound, so a',
    '  “more than” never claims more than its inputs allow.',
    '',
    'The result is `about` when any input is approximate and `moreThan` when the claim in it is a lower bound.',
    '`inputYears` and `inputKinds` show when a sum adds counts of different years or mixes counts and estimates.',
    '',
    '## The ledger: how each verdict is reached',
    '',
    'ledger.csv gives our verdict on each official figure (`claim`) against the figures that test it (`evidence`):',
    '',
    ...statuses,
    '',
    "ledger-evidence.csv lays out every comparison a verdict rests on: the claim's lowest reading (`claimLow`) against the",
    "evidence's highest (`evidenceHigh`), `ratio` = claimLow ÷ evidenceHigh (two decimals) and `gap` = claimLow − evidenceHigh,",
    'both given only when claim and evidence count the same unit. These are the readings most favourable to the claim.',
    '`decisive` marks the evidence an entry names as deciding its verdict, where it names one.',
    '',
    '## Verification and sources',
    '',
    '`verification` says how far a figure could be checked: `yes` (seen in an archived copy of a primary source, or of a',
    'reputable secondary source that names one), `partly` (seen only in a Wikipedia mirror or a single secondary report, only',
    'as a rounded figure, or attributed differently), `unverified` (not found; kept only where the story needs it, and always',
    'shown with its status). A derived figure carries the weakest level of its inputs.',
    '',
    'In sources.csv, `partisan` marks state media, official Azerbaijani outlets and advocacy groups on either side: they are',
    'cited only for what their speakers said. `accessed` is when the project checked the source; `archived`, where there is',
    'one, is a copy in a web archive.',
    '',
    readmeSection('Conflicts kept as data'),
    '',
    '## How to cite',
    '',
    'Cite the version you used (its permanent URL above) and the sources of the figures you use (sources.csv).',
    '',
    cite.text,
    '',
    '```bibtex',
    cite.bibtex,
    '```',
    '',
    'CITATION.cff has the same in Citation File Format.',
    '',
  ].join('\n');
}

let cache: ReleaseFile[] | undefined;

/** Every file of the release in ZIP order, SHA256SUMS last (it lists all the others). */
export function releaseFiles(): readonly ReleaseFile[] {
  if (cache) return cache;
  const files: ReleaseFile[] = [
    { path: 'README.md', bytes: bytes(releaseReadme()) },
    { path: 'LICENSE.txt', bytes: bytes(dataLicence) },
    { path: 'CITATION.cff', bytes: bytes(citationFile()) },
    { path: 'datapackage.json', bytes: bytes(dataPackageJson()) },
    { path: 'changelog.json', bytes: bytes(json(changelog)) },
    ...PUBLISHED_NAMES.flatMap((name) => [
      { path: `${name}.csv`, bytes: bytes(datasetCsv(name)) },
      { path: `${name}.json`, bytes: bytes(datasetJson(name)) },
    ]),
    ...PUBLISHED_NAMES.map((name) => ({ path: `schema/${name}.schema.json`, bytes: bytes(json(publishedJsonSchema(name))) })),
  ];
  files.push({ path: 'SHA256SUMS', bytes: bytes(sha256sums(files)) });
  cache = files;
  return files;
}

export function releaseFile(path: string): ReleaseFile {
  const f = releaseFiles().find((x) => x.path === path);
  if (!f) throw new Error(`src/data/publish/release.ts: no release file "${path}"`);
  return f;
}

/** SHA-256 of a release file by path, e.g. `estimates.json`. */
export const fileHash = (path: string): string => sha256(releaseFile(path).bytes);

export const zipBytes = (): Uint8Array<ArrayBuffer> => zipRelease(releaseFiles(), ZIP_FOLDER, release.date);
