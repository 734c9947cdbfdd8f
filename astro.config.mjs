// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { knownComponentsPlugin } from './src/lib/known-components.mjs';
import { fontSubset } from './src/lib/font-subset.mjs';
import { cspPerPage } from './src/lib/csp-per-page.mjs';
import { edition404 } from './src/lib/edition-404.mjs';
import { CANONICAL_ORIGIN } from './src/site-origin.mjs';
import { chapterChecks } from './src/editorial/chapter-checks-plugin.ts';
import { footnoteLabelPlugin } from './src/lib/footnote-label.ts';

/**
 * Where the site is published: the canonical public origin (src/site-origin.mjs), which every
 * citation, identifier, canonical URL and the sitemap name, whoever builds the site. SITE_URL overrides it
 * for another deployment (a mirror, a staging copy); BASE_PATH is the sub-path, e.g. `/diaspora/`.
 * Local preview and the tests need neither: links inside the site are relative to BASE_PATH.
 */
const site = process.env.SITE_URL || CANONICAL_ORIGIN;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // English at the root, Russian under /ru/ (issue 17); sitemap entries carry both editions.
  i18n: { locales: ['en', 'ru'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // Chart embeds (/embed/<id>/) are noindex pages for other sites' iframes: not in the sitemap.
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !new URL(page).pathname.includes('/embed/') && !new URL(page).pathname.endsWith('/404/'),
      i18n: { defaultLocale: 'en', locales: { en: 'en-GB', ru: 'ru-RU' } },
    }),
    fontSubset(),
    cspPerPage(),
    edition404(['ru']),
  ],
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [knownComponentsPlugin], hastPlugins: [footnoteLabelPlugin] }) },
  devToolbar: { enabled: false },
  vite: {
    // Frontmatter and typed figures stop the build and show over the page in dev, as in check:data.
    plugins: [chapterChecks()],
    build: {
      rolldownOptions: {
        // Astro marks each MDX module with a "use astro:head-inject" directive that Rolldown warns it
        // may not preserve (one warning per chapter). Astro's own bug, harmless here:
        // https://github.com/withastro/astro/issues/18087 — drop exactly that warning until it is fixed.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  server: { port: 4321, host: process.env.HOST ?? 'localhost' },
  // Astro hashes every script and style into a per-page CSP <meta>. We add the fetch
  // directives it leaves open, so nothing — image, font, frame, plugin — loads from another
  // origin (readers must not be tracked). `frame-ancestors` cannot be set by <meta>: it is
  // in public/_headers with the other response headers.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
