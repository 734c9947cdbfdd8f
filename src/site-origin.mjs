// @ts-check
/**
 * The site's canonical public origin, set once. astro.config.mjs makes it Astro's `site` (SITE_URL
 * overrides it for another deployment), so every citation, identifier, canonical link and the sitemap
 * name the published site — never the machine that built it. The link checker reads it too.
 */
export const CANONICAL_ORIGIN = 'https://diaspora-on-paper.org';
