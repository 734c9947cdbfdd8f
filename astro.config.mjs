// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

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
  integrations: [mdx(), sitemap()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  server: { port: 4321, host: process.env.HOST ?? 'localhost' },
  security: { csp: true },
});
