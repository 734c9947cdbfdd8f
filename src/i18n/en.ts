/**
 * Every interface string of the English edition. The Russian dictionary (ru.ts) must have
 * the same keys — its type is derived from this one, so a missing key fails `npm run check`.
 */
export const en = {
  'site.title': 'A Diaspora on Paper',
  'site.tagline': 'How Baku counts a diaspora of “ten million”, and what the counts say',
  'site.skip': 'Skip to content',
  'nav.label': 'Site',
  'nav.chapters': 'Chapters',
  'nav.ledger': 'Claims vs evidence',
  'nav.data': 'Data',
  'nav.sources': 'Sources',
  'nav.about': 'About',
  'nav.search': 'Search',
  'footer.label': 'About this site',
  'footer.about': 'About & methodology',
  'footer.ledger': 'Claims vs evidence',
  'footer.credits': 'Credits',
  'footer.meta': 'is a static site: no trackers, no third-party requests, no cookies.',
  'credit.basedOn': 'Based on the reporting of',
  /** The original author, as the credit line needs the name (genitive in Russian). */
  'credit.author': 'Sergey Rumyantsev',
  'credit.translatedBy': 'translated by',
  'credit.ours': 'Retold and analysed in our own words; figures from our sourced dataset.',
  'switcher.label': 'Language',
  /** The switcher, in the other edition's language: a short label … */
  'switcher.to': 'По-русски',
  /** … and, for screen readers, where it leads when this page is not translated. */
  'switcher.fallback': ' (обложка русской версии: эта страница ещё не переведена)',
  'theme.title': 'Colour theme: system, light or dark',
  'theme.label': 'Theme:',
  'theme.system': 'Auto',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'cover.kicker': 'A long read in data',
  'cover.contents': 'Contents',
  'cover.none': 'No chapters yet.',
  'chapter.introduction': 'Introduction',
  'chapter.n': 'Chapter',
  'chapter.after': 'After the reporting of',
  /** The publication line of a chapter: this site, first published …, updated … */
  'chapter.published': 'Published',
  'chapter.updated': 'updated',
  'chapter.minRead': 'min read',
  'chapter.toc': 'In this chapter',
  'chapter.footnotes': 'Footnotes',
  'chapter.pager': 'Chapters',
  'chapter.previous': 'Previous',
  'chapter.next': 'Next',
  'chapter.home': 'All chapters of',
  'chapter.draft': 'Draft — visible in the dev server only, left out of the build.',
  'num.unverified': 'unverified',
  'num.source': 'Source',
  /** `{n}`: how many further sources. */
  'num.andMore': 'and {n} more',
  'preview.verification': 'Verification',
  'preview.partisan': 'partisan',
  'preview.ledger': 'Claims vs evidence',
  'preview.sources': 'Sources page',
  'meaning.exact': 'as stated',
  'meaning.about': 'approximate',
  'meaning.moreThan': 'a lower bound',
  'meaning.upTo': 'an upper bound',
  'meaning.implied': 'implied by other figures, not stated',
  'meaning.range': 'a range',
  'verification.yes': 'verified',
  'verification.partly': 'partly verified',
  'verification.unverified': 'unverified',
  'num.verification': 'verification',
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. It may have moved when the chapters were renumbered.',
  'notFound.home': 'Go to the cover and the list of chapters',
  'credits.description': 'The original report, who made this site, the data licence, fonts and images.',
  'cite.partisan': 'partisan source',
  'figure.key': 'Key',
  'figure.dataTable': 'Data table',
  /** `{title}`: the chart's title; `{n}`: how many rows. */
  'figure.tableCaption': '{title}: the {n} rows drawn',
  'figure.sources': 'Sources:',
  'figure.source': 'Source:',
  /** Before the last of the publishers named on the line under a chart. */
  'figure.and': ' and ',
  /** Opens the rest of a chart's publishers; `{n}`: how many. */
  'figure.more': 'and {n} more',
  'figure.dataDownloads': 'Data & downloads',
  'provenance.title': 'Provenance',
  'provenance.builtFrom': 'Built from the',
  'provenance.dataset': 'dataset',
  /** `{version}`, `{date}`: the dataset release. */
  'provenance.version': 'version {version} ({date}).',
  /** `{n}`: the chart's rows; `{levels}`: "4 verified, 14 partly verified". */
  'provenance.rows': 'Of its {n} rows: {levels}',
  'provenance.untraced': '{n} not traced to a single record',
  'provenance.sources': 'Sources of the rows, with the verification of the rows that cite each:',
  'provenance.original': 'original',
  'provenance.files': 'Data files it was built from (SHA-256 of the files as downloaded):',
  /** Table columns a figure chart adds for readers: the formatted figure, and its publishers. */
  'figure.figure': 'Value',
  'figure.sourcesColumn': 'Sources',
  /** After a publisher with several documents; `{n}`: how many. */
  'figure.documents': '({n} documents)',
  'figure.partisanNote': 'Partisan sources are cited only for what their speakers said, or for official statistics they relay.',
  /** `{title}`: the chart's title. */
  'figure.downloads': 'Downloads for “{title}”',
  'figure.permalink': 'Permalink',
  'figure.provenance': 'Provenance of every row',
  'figure.cite': 'Cite',
  'figure.citePlain': 'Plain text:',
  'figure.citeBibtex': 'BibTeX:',
  'figure.embed': 'Embed',
  'figure.embedPaste': 'Paste this into your page',
  'figure.embedPreview': 'preview',
  'figure.embedThemeAdd': 'add',
  'figure.embedThemeOr': 'or',
  /** Ends the sentence after the two theme addresses. */
  'figure.embedThemeFix': ' to the address to fix the colours',
  'figure.embedResize': 'Optional, once per page: lets each embed set its own height.',
  /** The credit lines of a downloaded chart (SVG, PNG). */
  'download.source': 'Source:',
  'download.chart': 'Chart:',
  'download.licence': 'Licence:',
  'download.version': 'Data version',
} as const;

export type MessageKey = keyof typeof en;
/** A dictionary for another edition: every key, any wording. */
export type Dictionary = { readonly [K in MessageKey]: string };
