/**
 * Ready-to-paste citations: CITATION.cff for the dataset and site, and plain-text / BibTeX
 * forms for the dataset and for each chart. Pure: the release, URLs and titles come in.
 */

export interface CitationInput {
  /** Name of the project, used as the (entity) author. */
  project: string;
  version: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
  /** Absolute URLs. */
  siteUrl: string;
  hubUrl: string;
  /** This version's permanent ZIP: the URL every citation names. */
  zipUrl: string;
  original: { title: string; author: string; outlet: string; date: string; translator: string; url: string };
}

/** YAML double-quoted scalar. */
const q = (s: string) => JSON.stringify(s);

export function citationCff(c: CitationInput): string {
  const [given = '', ...family] = c.original.author.split(' ');
  const [tGiven = '', ...tFamily] = c.original.translator.split(' ');
  return [
    'cff-version: 1.2.0',
    `message: ${q('If you use this dataset or the site, please cite it as below, and cite the sources of the figures you use (sources.csv).')}`,
    'type: dataset',
    `title: ${q(`${c.project}: dataset`)}`,
    `abstract: ${q('Official claims about the size and spread of the Azerbaijani diaspora, and the official count of its organisations, set against census, survey, estimate and migrant-stock counts; each figure typed by kind and definition, with its sources and verification level, and a ledger judging each claim against the counts.')}`,
    'authors:',
    `  - name: ${q(c.project)}`,
    `version: ${q(c.version)}`,
    `date-released: ${c.date}`,
    'license: CC-BY-4.0',
    `url: ${q(c.hubUrl)}`,
    `repository-artifact: ${q(c.zipUrl)}`,
    'identifiers:',
    '  - type: url',
    `    value: ${q(c.zipUrl)}`,
    `    description: ${q(`Version ${c.version}, kept at this address for good`)}`,
    'keywords:',
    ...['Azerbaijan', 'diaspora', 'census', 'migration', 'official statistics'].map((k) => `  - ${q(k)}`),
    'references:',
    '  - type: article',
    `    title: ${q(c.original.title)}`,
    '    authors:',
    `      - given-names: ${q(given)}`,
    `        family-names: ${q(family.join(' '))}`,
    '    translators:',
    `      - given-names: ${q(tGiven)}`,
    `        family-names: ${q(tFamily.join(' '))}`,
    `    journal: ${q(c.original.outlet)}`,
    `    date-published: ${c.original.date}`,
    `    url: ${q(c.original.url)}`,
    '  - type: website',
    `    title: ${q(c.project)}`,
    '    authors:',
    `      - name: ${q(c.project)}`,
    `    url: ${q(c.siteUrl)}`,
    '',
  ].join('\n');
}

const year = (date: string) => date.slice(0, 4);

/** Where a citation says when it was read: the citer fills in the day they accessed the data. */
export const ACCESS_DATE_PLACEHOLDER = 'YYYY-MM-DD';
const bibKey = (...parts: string[]) => parts.join('_').replace(/[^A-Za-z0-9_]/g, '');

/** One BibTeX `@misc` entry, its field names aligned; a field without a value is left out. */
function bibtexEntry(key: string, fields: readonly (readonly [string, string | undefined])[]): string {
  const present = fields.filter((f): f is readonly [string, string] => f[1] !== undefined);
  return [`@misc{${key},`, ...present.map(([name, value], i) => `  ${name.padEnd(12)} = {${value}}${i < present.length - 1 ? ',' : ''}`), '}'].join('\n');
}

export function datasetCitation(c: CitationInput): { text: string; bibtex: string } {
  const text = `${c.project} (${year(c.date)}). ${c.project}: dataset (Version ${c.version}) [Data set]. ${c.zipUrl}. Licensed CC BY 4.0. Accessed ${ACCESS_DATE_PLACEHOLDER}.`;
  const bibtex = bibtexEntry(bibKey('diasporaonpaper', 'data', c.version), [
    ['author', `{${c.project}}`],
    ['title', `{${c.project}}: dataset`],
    ['year', year(c.date)],
    ['version', c.version],
    ['url', c.zipUrl],
    ['urldate', ACCESS_DATE_PLACEHOLDER],
    ['note', `Data set, CC BY 4.0. After ${c.original.author}, \`\`${c.original.title}'', ${c.original.outlet}, ${year(c.original.date)}`],
  ]);
  return { text, bibtex };
}

export interface ChartCitationInput {
  project: string;
  version: string;
  /** Release date of the dataset version, YYYY-MM-DD. */
  date: string;
  chartId: string;
  title: string;
  /** Absolute URL of the chart on the site. */
  permalink: string;
  /** Publishers of the chart's sources, joined for reading. */
  sourceNames: string;
}

/** A chart's citation: the project as author, year, dataset version, URL and an access date to fill in. */
/**
 * The sources a chart citation names: all of them when few, else the first few and where the rest
 * are listed. A citation that spells out fifty outlets is copied by nobody (and it doubled the
 * weight of a chapter's figure chrome); the full list stays one click away, with every document.
 * `more` is another edition's words for the rest (`{n}`, `{url}`), with its leading space.
 */
export function citedSources(publishers: readonly string[], listUrl: string, shown = 3, more?: string): string {
  if (publishers.length <= shown) return publishers.join('; ');
  const rest = publishers.length - shown;
  const tail = more ? fillIn(more, { n: rest, url: listUrl }) : ` and ${rest} more (listed at ${listUrl})`;
  return `${publishers.slice(0, shown).join('; ')}${tail}`;
}

const fillIn = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

/** A chart's BibTeX entry in either edition: only the access-date placeholder, note and language differ. */
function chartBibtex(c: ChartCitationInput, urldate: string, note: string, language?: string): string {
  return bibtexEntry(bibKey('diasporaonpaper', c.chartId, c.version), [
    ['author', `{${c.project}}`],
    ['title', c.title],
    ['year', year(c.date)],
    ['version', c.version],
    ['url', c.permalink],
    ['urldate', urldate],
    ['language', language],
    ['note', note],
  ]);
}

export function chartCitation(c: ChartCitationInput): { text: string; bibtex: string } {
  const text = `${c.project} (${year(c.date)}). “${c.title}” [Chart; data version ${c.version}]. ${c.permalink}. Data: ${c.sourceNames}. Licensed CC BY 4.0. Accessed ${ACCESS_DATE_PLACEHOLDER}.`;
  return { text, bibtex: chartBibtex(c, ACCESS_DATE_PLACEHOLDER, `Chart and data, CC BY 4.0; sources: ${c.sourceNames}`) };
}

/**
 * The words of a chart citation in an edition other than English, as templates: `{title}`,
 * `{project}`, `{year}`, `{version}`, `{url}`, `{sources}` are filled in. The Russian ones live with
 * the Russian figure words (src/i18n/ru.ts); the English citation above keeps its own pattern.
 */
export interface ChartCitationWords {
  /** The plain-text citation, with the access date to fill in where the citer reads it. */
  text: string;
  /** BibTeX `note`. */
  note: string;
  /** After the first few publishers: `{n}` more, listed at `{url}`. */
  more: string;
  /** BibTeX `language` (babel/biblatex name). */
  language: string;
  /** BibTeX `urldate` placeholder: ISO order, since biblatex reads the field as ISO 8601. */
  urldate: string;
}

/** A chart's citation in another edition's bibliographic pattern; BibTeX fields as in English plus `language`. */
export function localChartCitation(c: ChartCitationInput, words: ChartCitationWords): { text: string; bibtex: string } {
  const values = { project: c.project, title: c.title, year: year(c.date), version: c.version, url: c.permalink, sources: c.sourceNames };
  return { text: fillIn(words.text, values), bibtex: chartBibtex(c, words.urldate, fillIn(words.note, values), words.language) };
}
