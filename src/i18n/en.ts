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
  'num.verification': 'verification',
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. It may have moved when the chapters were renumbered.',
  'notFound.home': 'Go to the cover and the list of chapters',
  'credits.description': 'The original report, who made this site, the data licence, fonts and images.',
} as const;

export type MessageKey = keyof typeof en;
/** A dictionary for another edition: every key, any wording. */
export type Dictionary = { readonly [K in MessageKey]: string };
