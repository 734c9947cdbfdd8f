// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { knownComponentsPlugin } from './src/lib/known-components.mjs';

/**
 * Where the site is published. Both come from the environment so one `dist/` recipe
 * serves any static host: SITE_URL is the origin (used for canonical URLs and the
 * sitemap); BASE_PATH is the sub-path, e.g. `/diaspora/`.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // English at the root, Russian under /ru/ (issue 17); sitemap entries carry both editions.
  i18n: { locales: ['en', 'ru'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  integrations: [mdx(), sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en-GB', ru: 'ru-RU' } } })],
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [knownComponentsPlugin] }) },
  devToolbar: { enabled: false },
  server: { port: 4321, host: process.env.HOST ?? 'localhost' },
  // Astro hashes every script and style into a per-page CSP <meta>. We add the fetch
  // directives it leaves open, so nothing — image, font, frame, plugin — loads from another
  // origin (readers must not be tracked). `frame-ancestors` cannot be set by <meta>: it is
  // in public/_headers with the other response headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
