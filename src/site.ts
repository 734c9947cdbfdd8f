/**
 * Who we are and what we retell. The original article is credited, with a link, on every
 * page (editorial rule 1); these are its bibliographic details, not figures.
 */
export const SITE = {
  title: 'A Diaspora on Paper',
  tagline: 'How Baku counts a diaspora of “ten million”, and what the counts say',
  lang: 'en',
} as const;

export const ORIGINAL = {
  title: 'Long live the Azerbaijani diaspora!',
  author: 'Sergey Rumyantsev',
  outlet: 'openDemocracy (oDR)',
  date: '2017-05-18',
  translator: 'Maxim Edwards',
  url: 'https://www.opendemocracy.net/en/odr/long-live-azerbaijani-diaspora/',
} as const;
