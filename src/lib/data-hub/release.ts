/**
 * The published data release: every file of /data/ and of the one-file ZIP, built once from the
 * loader's records. Endpoints, the hub, the figures' provenance and the ZIP all read these bytes,
 * so a checksum shown on a page is the checksum of the file served and of the file in the ZIP.
 */
import { dataset, figures, release, dataReadme, dataLicence, changelog, sourceById } from '../../data/load.ts';
import { DATASET_NAMES, type DatasetName } from '../../data/schemas/index.ts';
import { jsonSchemaFor } from '../../data/json-schema.ts';
import { SITE, ORIGINAL } from '../../site.ts';
import { DICTIONARY } from './dictionary.ts';
import { toCsv } from './csv.ts';
import { LIST_SEPARATOR } from './columns.ts';
import { sha256, sha256sums, type ReleaseFile } from './checksums.ts';
import { dataPackage, type PackageSource } from './datapackage.ts';
import { citationCff, datasetCitation, type CitationInput } from './citation.ts';
import { zipRelease } from './zip.ts';

export const ZIP_NAME = 'diaspora-on-paper-data.zip';
/** The folder the ZIP unpacks into. */
export const ZIP_FOLDER = `diaspora-on-paper-data-${release.version}`;

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Absolute URLs of the site root and the hub, from the build's SITE_URL and BASE_PATH. */
export function siteUrls(): { site: string; hub: string; zip: string; citation: string } {
  const site = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), import.meta.env.SITE ?? 'http://localhost:4321').href;
  return { site, hub: new URL('data/', site).href, zip: new URL(`data/${ZIP_NAME}`, site).href, citation: new URL('CITATION.cff', site).href };
}

/** A data file as JSON: the validated records exactly as stored, one array. */
export const datasetJson = (name: DatasetName): string => json(dataset[name]);
export const datasetCsv = (name: DatasetName): string => toCsv(dataset[name], DICTIONARY[name].columns);

/** Source ids cited by the records of a file (for a ledger entry: its figures'). */
export function citedSourceIds(name: DatasetName): string[] {
  const ids = new Set<string>();
  if (name === 'ledger') {
    for (const e of dataset.ledger) for (const ref of [e.claim, ...e.evidence]) figures.get(ref)?.sources.forEach((s) => ids.add(s));
  } else if (name !== 'sources') {
    for (const r of dataset[name] as readonly { sources: readonly string[]; examples?: readonly { sources: readonly string[] }[] }[]) {
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
  return { project: SITE.title, version: release.version, date: release.date, siteUrl: urls.site, hubUrl: urls.hub, zipUrl: urls.zip, original: ORIGINAL };
}

export const citationFile = (): string => citationCff(citationInput());
export const datasetCite = () => datasetCitation(citationInput());

export function dataPackageJson(): string {
  return json(dataPackage({
    version: release.version,
    date: release.date,
    homepage: siteUrls().hub,
    title: `${SITE.title}: dataset`,
    description: `${release.summary} Our compilation is licensed CC BY 4.0; each figure's sources keep their own terms (see LICENSE and sources.csv). Documentation: README.md.`,
    datasets: DATASET_NAMES.map((name) => ({
      name,
      description: DICTIONARY[name].description,
      columns: DICTIONARY[name].columns,
      csv: bytes(datasetCsv(name)),
      json: bytes(datasetJson(name)),
      rows: dataset[name].length,
      sources: citedSourceIds(name).map(packageSource),
    })),
    foreignKeys: {
      organisations: [{ fields: 'congress', reference: { resource: 'congresses', fields: 'id' } }],
      hierarchy: [{ fields: 'parent', reference: { resource: '', fields: 'id' } }],
    },
  }));
}

/** README of the release: what is in the folder and how the CSVs are flattened, then data/README.md. */
export function releaseReadme(): string {
  const urls = siteUrls();
  const cite = datasetCite();
  return [
    `# ${SITE.title}: dataset, version ${release.version} (${release.date})`,
    '',
    `The data behind ${urls.site}, downloaded from ${urls.hub}. ${release.summary}`,
    '',
    '## In this folder',
    '',
    ...DATASET_NAMES.map((n) => `- \`${n}.csv\`, \`${n}.json\` (${dataset[n].length} records): ${DICTIONARY[n].description}`),
    '- `datapackage.json`: Frictionless Data Package: every resource with its fields, types, descriptions, sources, size and SHA-256.',
    '- `schema/<file>.schema.json`: JSON Schema (2020-12) of each JSON file.',
    '- `changelog.json`: every release and what it added, changed or corrected.',
    '- `LICENSE`: CC BY 4.0 for our compilation; the sources keep their own terms.',
    '- `CITATION.cff`: how to cite the dataset.',
    '- `SHA256SUMS`: checksums of every file here; run `sha256sum -c SHA256SUMS` in this folder.',
    '',
    '## CSV conventions',
    '',
    'UTF-8, comma-separated, a header row, quoting as in RFC 4180. The JSON files hold the records as stored; the CSVs hold',
    'the same records flattened:',
    '',
    '- a nested field becomes one column per part, named with a dot: `value.kind`, `value.value`, `value.low`, `value.high`;',
    '  `date.start`, `date.end`, `date.precision`. A `range` has `low` and `high`; every other kind of quantity has `value`;',
    `- a list of ids (\`sources\`, \`evidence\`, \`conflictsWith\`) is one cell with the ids joined by \`${LIST_SEPARATOR}\`;`,
    '- the pyramid\'s `examples` (a list of objects) is one cell of JSON;',
    '- an empty cell is a field the record does not have; for `parent` in hierarchy.csv it is the top of the pyramid (`null`).',
    '',
    '## Cite',
    '',
    cite.text,
    '',
    '```bibtex',
    cite.bibtex,
    '```',
    '',
    '---',
    '',
    dataReadme,
  ].join('\n');
}

let cache: ReleaseFile[] | undefined;

/** Every file of the release in ZIP order, SHA256SUMS last (it lists all the others). */
export function releaseFiles(): readonly ReleaseFile[] {
  if (cache) return cache;
  const files: ReleaseFile[] = [
    { path: 'README.md', bytes: bytes(releaseReadme()) },
    { path: 'LICENSE', bytes: bytes(dataLicence) },
    { path: 'CITATION.cff', bytes: bytes(citationFile()) },
    { path: 'datapackage.json', bytes: bytes(dataPackageJson()) },
    { path: 'changelog.json', bytes: bytes(json(changelog)) },
    ...DATASET_NAMES.flatMap((name) => [
      { path: `${name}.csv`, bytes: bytes(datasetCsv(name)) },
      { path: `${name}.json`, bytes: bytes(datasetJson(name)) },
    ]),
    ...DATASET_NAMES.map((name) => ({ path: `schema/${name}.schema.json`, bytes: bytes(json(jsonSchemaFor(name))) })),
  ];
  files.push({ path: 'SHA256SUMS', bytes: bytes(sha256sums(files)) });
  cache = files;
  return files;
}

export function releaseFile(path: string): ReleaseFile {
  const f = releaseFiles().find((x) => x.path === path);
  if (!f) throw new Error(`src/lib/data-hub/release.ts: no release file "${path}"`);
  return f;
}

/** SHA-256 of a release file by path, e.g. `estimates.json`. */
export const fileHash = (path: string): string => sha256(releaseFile(path).bytes);

export const zipBytes = (): Uint8Array<ArrayBuffer> => zipRelease(releaseFiles(), ZIP_FOLDER, release.date);
