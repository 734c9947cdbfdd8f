import { ORIGINAL, SITE } from '../site';

/** What a chapter page says about itself in JSON-LD. */
export interface ArticleMeta {
  headline: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of the social card image. */
  image: string;
  /** Absolute URL of the cover: the site the article belongs to. */
  siteUrl: string;
  /** BCP 47 language of the page (`ru-RU` in the Russian edition); the site's language by default. */
  inLanguage?: string;
}

/**
 * schema.org `Article` for one chapter, crediting the report it retells through `isBasedOn`
 * (author, translator, publisher, date, URL), as editorial rule 1 asks of every page.
 */
export function articleJsonLd(meta: ArticleMeta): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: meta.headline,
    description: meta.description,
    url: meta.url,
    mainEntityOfPage: meta.url,
    image: meta.image,
    inLanguage: meta.inLanguage ?? SITE.lang,
    isPartOf: { '@type': 'WebSite', name: SITE.title, url: meta.siteUrl },
    publisher: { '@type': 'Organization', name: SITE.title, url: meta.siteUrl },
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: ORIGINAL.title,
      url: ORIGINAL.url,
      datePublished: ORIGINAL.date,
      author: { '@type': 'Person', name: ORIGINAL.author },
      translator: { '@type': 'Person', name: ORIGINAL.translator },
      publisher: { '@type': 'Organization', name: 'openDemocracy', url: 'https://www.opendemocracy.net/' },
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so no string in the data
 * (a title containing `</script>`) can end the element early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** What the data hub says about the dataset in JSON-LD: a citable, versioned schema.org `Dataset`. */
export interface DatasetMeta {
  name: string;
  description: string;
  version: string;
  /** Release date, YYYY-MM-DD. */
  datePublished: string;
  /** Absolute URLs: the hub, this version's permanent ZIP, the site. */
  url: string;
  zipUrl: string;
  siteUrl: string;
  /** Plain-text citation, as the hub shows it. */
  citation: string;
  /** The language of the page describing it (BCP 47); the site's by default. */
  inLanguage?: string;
}

export function datasetJsonLd(meta: DatasetMeta): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: meta.name,
    description: meta.description,
    url: meta.url,
    identifier: meta.zipUrl,
    version: meta.version,
    datePublished: meta.datePublished,
    inLanguage: meta.inLanguage ?? SITE.lang,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    creator: { '@type': 'Organization', name: SITE.title, url: meta.siteUrl },
    citation: meta.citation,
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: ORIGINAL.title,
      url: ORIGINAL.url,
      author: { '@type': 'Person', name: ORIGINAL.author },
    },
    distribution: [{ '@type': 'DataDownload', encodingFormat: 'application/zip', contentUrl: meta.zipUrl }],
  };
}
