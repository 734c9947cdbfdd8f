// What the gates know about a built site: its files and its pages, read from the dist folder
// itself (the sitemap, plus the 404 page), never from a hand-kept list, so new pages are
// checked the moment they are built.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/list-files.mjs';

export { listFiles };

/** Every HTML file under `dir` (relative paths). */
export function listHtmlFiles(dir) {
  return listFiles(dir).filter((f) => f.endsWith('.html'));
}

/** `/diaspora` or `diaspora/` → `/diaspora/`; `/` stays `/`. */
export function normalizeBase(base = '/') {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * The URL paths of every page a reader can reach: each `<loc>` of the sitemap(s), plus the
 * 404 page (which a sitemap never lists). Paths include the base path, e.g. `/diaspora/chapters/x/`.
 */
export function sitePagePaths(distDir, basePath = '/') {
  const paths = sitemapPagePaths(distDir);
  if (existsSync(join(distDir, '404.html'))) paths.push(`${normalizeBase(basePath)}404.html`);
  return [...new Set(paths)].sort();
}

/** The URL path of each `<loc>` in the built sitemap(s), sorted, without duplicates. */
export function sitemapPagePaths(distDir) {
  const index = join(distDir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} is missing: build the site first.`);
  const locs = (xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1].trim()));
  const paths = locs(readFileSync(index, 'utf8')).flatMap((sitemapUrl) => {
    const file = sitemapUrl.pathname.split('/').pop();
    return locs(readFileSync(join(distDir, file), 'utf8')).map((u) => u.pathname);
  });
  return [...new Set(paths)].sort();
}

/** The dist file a URL path maps to (`/x/` → `x/index.html`), or null when it is outside the base. */
export function fileForPath(urlPath, basePath = '/') {
  const base = normalizeBase(basePath);
  if (!urlPath.startsWith(base)) return null;
  let rel = decodeURIComponent(urlPath.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return rel;
}
