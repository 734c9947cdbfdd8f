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

/**
 * Where readers and researchers report an error in a figure, a source or a citation. Shown on the
 * data hub and in the README of every data download; a mailto link sends no request from the page.
 */
export const CORRECTIONS_EMAIL = 'corrections@diaspora-on-paper.org';
