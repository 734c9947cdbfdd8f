import type { LedgerStatus, SourceKind } from '../data/schemas/index.ts';

/**
 * The words of the pages around the chapters — About, Sources, the ledger, the data hub, the chart
 * gallery, the embeds and search — in English. The Russian table (pages.ru.ts) has the same shape,
 * typed by this one, so a missing word fails the type check. Sentences that hold a link or a piece
 * of code name it `{like-this}`; the page fills it in (src/components/pages/Fill.astro). Functions
 * take counts, so each language can make its words agree with them.
 */
export const PAGES_EN = {
  about: {
    title: 'About & methodology',
    description: 'How the figures in A Diaspora on Paper were gathered, defined and checked — and what they cannot tell you.',
    kicker: 'About this long read',
    dek: 'How the figures were gathered, what each kind of figure measures, how far each was confirmed, and where the evidence runs out.',
    /** The Term lists: "12 figures". */
    figures: (n: string, count: number) => `${n} figure${count === 1 ? '' : 's'}`,
    example: 'e.g.',
    levelTable: 'Records by verification level',
    levelHeadings: { yes: 'Verified', partly: 'Partly', unverified: 'Unverified' },
    levelRecords: 'Records',
    levelAll: 'All',
    levelAllRecords: 'All records',
    files: {
      claims: 'Official and advocacy claims',
      estimates: 'Counts and estimates',
      organisations: 'Organisation counts',
      congresses: 'World Congresses',
      timeline: 'Timeline events',
      hierarchy: 'Tiers of the pyramid',
    },
  },
  sources: {
    title: 'Sources',
    description:
      'Every source behind the figures in A Diaspora on Paper, grouped by kind, with where each is used and how far it was verified.',
    kicker: 'Bibliography',
    dek: (n: string) =>
      `The ${n} sources behind every figure on this site, with the chapters and charts that use each, and how far the records citing it could be verified.`,
    intro:
      '{partisan} marks publishers that speak for a side in the dispute over the diaspora’s numbers: Azerbaijani state bodies (not the statistics office publishing its own figures), every outlet based in Azerbaijan or Armenia, state-owned or private, advocacy groups on either side, diaspora organisations, and reposts of any of these. Foreign media, Russian state media included, are not. We cite partisan sources only for what their speakers said, not for whether it is true. {verified} means seen in an archived copy of a primary source or a reputable secondary one; {partly}, seen only in a mirror, a single secondary report or as a rounded figure; {unverified}, not found beyond the article. The same list is downloadable as {csv} and {json}.',
    partisanWord: 'Partisan',
    verifiedWord: 'Verified',
    partlyWord: 'partly',
    unverifiedWord: 'unverified',
    kindsNav: 'Kinds of source',
    kinds: {
      article: 'The article',
      statistics: 'Statistics offices and censuses',
      internationalOrganisation: 'International organisations',
      academic: 'Academic work',
      foundation: 'Political foundations',
      encyclopaedia: 'Encyclopaedias',
      media: 'Other media',
      official: 'Official Azerbaijani sources',
      otherOfficial: 'Other official sources',
      stateMedia: 'State and pro-government media',
      advocacy: 'Advocacy groups',
      legal: 'Laws and court records',
      community: 'Community publications',
    } satisfies Record<SourceKind, string> as Record<SourceKind, string>,
    /** "In Russian." after a source in another language than the page's. */
    inLanguage: {
      en: 'In English.',
      ru: 'In Russian.',
      az: 'In Azerbaijani.',
      de: 'In German.',
      uk: 'In Ukrainian.',
      hy: 'In Armenian.',
      be: 'In Belarusian.',
    } as Record<string, string>,
    partisan: 'Partisan',
    readCopy: 'Read in a copy at {host}.',
    /** "Cited by 3 claims, 1 congress: 4 verified." */
    citedBy: (files: string, levels: string) => `Cited by ${files}: ${levels}.`,
    notCited: 'Not cited by any record.',
    records: (file: string, n: number, count: string): string => {
      const words: Record<string, [string, string]> = {
        claims: ['claim', 'claims'],
        estimates: ['count or estimate', 'counts or estimates'],
        organisations: ['organisation count', 'organisation counts'],
        congresses: ['congress', 'congresses'],
        timeline: ['timeline event', 'timeline events'],
        hierarchy: ['pyramid tier', 'pyramid tiers'],
      };
      return `${count} ${words[file]?.[n === 1 ? 0 : 1] ?? file}`;
    },
    usedIn: 'Used in',
    chart: 'chart:',
    and: ' and ',
    id: 'id',
  },
  ledger: {
    title: 'Claims vs evidence',
    description:
      'Each figure claimed for the Azerbaijani diaspora, by whoever made it, beside the counts and estimates that test it, with a verdict and its reason.',
    kicker: 'The ledger',
    dek: 'Each figure claimed for the diaspora beside the counts and estimates that can test it, with our verdict in one sentence. Most claims are official — the state portal, the diaspora committee, state media — but some come from diaspora congresses, activists, an Ontario MPP, writers and think-tanks summarising others; each entry names who made it. The figures come from the dataset; the verdicts are ours, and follow the rules set out on the {about} page.',
    aboutLink: 'About',
    notesLanguage: '',
    downloads:
      'Download: {json} (every figure resolved) · {csv} (the verdicts, dataset version {version}) · sources on the {sources} page.',
    sourcesLink: 'Sources',
    everyFigure: 'every figure resolved',
    decidedBy: 'Decided by:',
    differentGroups: 'Different groups:',
    secondHand: 'Known second-hand: we judge the claim as its summariser reports it, not in the claimant’s own words.',
    evidenceFor: (label: string) => `Evidence for “${label}”`,
    evidence: 'Evidence',
    figure: 'Figure',
    claimItself: (level: string) => `The claim itself is ${level}.`,
    sources: 'Sources',
    statusLabels: {
      contradicted: 'Contradicted',
      unsupported: 'Unsupported',
      unverifiable: 'Unverifiable',
      consistent: 'Consistent',
    } as Record<LedgerStatus, string>,
    /** What each verdict means; `factor` is the contradiction factor, written by the page. */
    statusMeanings: (factor: string): Record<LedgerStatus, string> => ({
      contradicted: `a census, survey or migrant count of the claim’s own population is at least ${factor} times away from it`,
      unsupported:
        'no count of the claim’s own group, place and time settles it: the evidence is estimates, counts a different group, is more than ten years from the claim, or comes near the claim without confirming it',
      unverifiable: 'only the claimant’s own figures, or none, can be set beside it',
      consistent: 'evidence from a publisher independent of the claimant agrees with it',
    }),
    tags: {
      'our arithmetic': 'our arithmetic',
      'implied: our arithmetic on the official breakdown': 'implied: our arithmetic on the official breakdown',
      official: 'official',
      'claim in state media': 'claim in state media',
      'claim by a politician': 'claim by a politician',
      'advocacy claim': 'advocacy claim',
      claim: 'claim',
    } as Record<string, string>,
    /** "3.3 times apart at their nearest ends"; `factor` is already written in the page's conventions. */
    gap: {
      none: 'no upper bound to compare',
      overlap: 'the two overlap',
      apart: (factor: string) => `${factor} times apart at their nearest ends`,
    },
  },
  dataHub: {
    title: 'Data',
    description:
      'Download the dataset behind A Diaspora on Paper: CSV and JSON with sources, a data dictionary, a Frictionless data package, checksums and citations.',
    kicker: 'For researchers',
    dek: (n: string, _count: number) =>
      `Every figure on this site comes from this dataset: ${n} tables, each record with its sources and how far we could verify it. Take it, check it, cite it.`,
    everything: 'Everything in one file',
    download: (size: string) => `Download the dataset (ZIP, ${size})`,
    version:
      'Version {version}, released {date}. The ZIP unpacks into {folder} with every file below as CSV and JSON, `datapackage.json`, the JSON Schemas, `README.md`, `LICENSE.txt`, `CITATION.cff`, `changelog.json` and `SHA256SUMS`; check it with `sha256sum -c SHA256SUMS` inside the folder.',
    permanent:
      'This version stays at {path} for good: cite that address. The ZIP’s `README.md` says what each file is, how to join them and how to recompute the derived figures and the ledger’s comparisons.',
    zipHash: 'SHA-256 of the ZIP:',
    links: {
      datapackage: (size: string) => `(Frictionless Data Package, ${size})`,
      citation: '(Citation File Format)',
      sums: '(checksums of every file in the ZIP, each also served here under `/data/`)',
      readme: '(the ZIP’s guide for researchers)',
      changelog: '(releases and corrections)',
      ledger: '{page} (the ledger as a page) and {json} (with every figure resolved)',
      ledgerPage: 'Claims vs evidence',
      sources: '{page} (the bibliography, with where each source is used)',
      sourcesPage: 'Sources',
    },
    cite: 'Cite the dataset',
    citeNote:
      'Replace `YYYY-MM-DD` with the day you accessed the data. Each chart has its own citation under it, and please cite the sources of the figures you use as well.',
    report: 'Report an error',
    reportText:
      'Found a wrong figure, a broken source or a citation that does not resolve? Write to {mail} with the file, the record id and what is wrong. Every correction gets a new version and a line in the changelog below.',
    reportSubject: (version: string) => `Dataset ${version}: error report`,
    licence: 'Licence',
    licenceText:
      '{ours} (selection, typing, definitions, notes, verification levels, derived figures and the ledger) is licensed {cc}: reuse it freely, with credit to A Diaspora on Paper and the dataset version. {theirs} A count or a date is a fact; the pages and tables it comes from belong to their publishers (Wikipedia’s text is CC BY-SA 4.0). See `LICENSE.txt` in the ZIP.',
    ours: 'Our compilation',
    theirs: 'The sources keep their own terms.',
    files: 'The data files',
    filesText:
      'The JSON files hold the records exactly as validated. The CSV files carry the same records flattened: a nested field becomes one column per part, named with a dot (`value.kind`, `value.value`, `value.low`, `value.high`; `date.start`, `date.precision`); a list of ids is one cell joined with {separator}; the pyramid’s `examples` are one cell of JSON; an empty cell is a field the record does not have (or, for `parent`, the top of the pyramid). Quantities: `exact`, `about`, `moreThan` (a lower bound), `upTo`, `implied` carry `value`; a `range` carries `low` and `high`. `exact` means the source states the number without a qualifier, not that it is precise; `implied` means nobody stated it. An estimate that is a share of a population sits in `percent`, never in `value` beside head counts. Ids such as `2001` or `2001-11` are text: read them as text in a spreadsheet or pandas.',
    computedText:
      'Two tables are computed from the others, so you can redo our arithmetic: `derived` (every figure we computed, with its formula and inputs) and `ledger-evidence` (every comparison behind a verdict, with its ratio and gap). Chart downloads name the record each row draws in a `ref` column.',
    tableTitles: {
      sources: 'Sources',
      speakers: 'Who makes the claims',
      claims: 'Official claims',
      estimates: 'Counts and estimates',
      organisations: 'Organisation counts',
      congresses: 'World Congresses',
      timeline: 'Timeline',
      hierarchy: 'The pyramid',
      ledger: 'Claims vs evidence ledger',
      derived: 'Derived figures',
      'ledger-evidence': 'The ledger’s comparisons',
    } as Record<string, string>,
    typeLabels: {
      string: 'text',
      number: 'number',
      integer: 'whole number',
      boolean: 'true/false',
      array: 'JSON array',
      date: 'date (YYYY-MM-DD)',
      yearmonth: 'month (YYYY-MM)',
      year: 'year (YYYY)',
    } as Record<string, string>,
    records: 'Records',
    lastChange: 'Last change',
    changedIn: (version: string, date: string) => `version ${version}, ${date}`,
    noChange: 'none recorded',
    licenceLabel: 'Licence',
    licenceValue: 'CC BY 4.0 (our compilation)',
    downloadsFor: (name: string) => `Downloads for ${name}`,
    schema: 'JSON Schema',
    dictionary: (n: string, _count: number) => `Data dictionary: ${n} columns`,
    dictionaryOf: (name: string) => `Data dictionary of ${name}.csv`,
    columnsOf: 'Columns of {file}',
    column: 'Column',
    type: 'Type',
    meaning: 'Meaning',
    optional: ', optional',
    oneOf: 'One of:',
    charts: 'Chart by chart',
    chartsText: 'The rows each chart draws, exactly as drawn, with their source ids; the drawing as SVG and PNG.',
    chartMeta: (rows: string, sources: string) => `${rows} rows, ${sources} sources`,
    changelog: 'Changelog',
    changelogText: 'Every change to the data, and every correction, gets a new version. Record ids are never reused or renamed.',
    release: (version: string) => `Version ${version}`,
    releaseZip: (version: string) => `Download version ${version} (ZIP)`,
    notKept: (version: string) => `Version ${version} was not kept as a download: it predates permanent release paths.`,
    /** The release notes are English data: the Russian page says so once. */
    notesLanguage: '',
    datasetName: (site: string) => `${site}: dataset`,
    datasetDescription: '',
  },
  gallery: {
    title: 'All the charts',
    description: 'Every chart in A Diaspora on Paper, with its data, sources and downloads.',
    kicker: 'Charts',
    dek: (n: string) =>
      `The ${n} charts of this long read in one place, each drawn from our sourced dataset, with its data table, the source of every row, and the data to download.`,
  },
  embed: {
    dataTable: 'Data table',
    sources: 'Sources:',
    after: 'after the reporting of',
    story: 'Data, sources and the story:',
    gallery: 'All charts',
  },
  search: {
    title: 'Search',
    description: 'Search the chapters, sources, claims ledger and data of A Diaspora on Paper.',
    label: 'Search the chapters, sources, ledger and data',
    button: 'Search',
    noJs: 'Search needs JavaScript. Without it, every chapter is listed in the {contents}, every source on the {sources} page and every official figure in the {ledger}.',
    contents: 'contents',
    sources: 'Sources',
    ledger: 'ledger',
    /** What the client says while and after it searches; `{q}`, `{n}` and `{shown}` are filled in there. */
    searching: 'Searching…',
    nothing: 'Nothing found for “{q}”.',
    /** By plural category of Intl.PluralRules for the page's language. */
    found: { one: '{n} page found for “{q}”', other: '{n} pages found for “{q}”' } as Record<string, string>,
    more: ', the first {shown} shown',
  },
};

/** The shape every edition's page words share. */
export type PageWords = typeof PAGES_EN;
