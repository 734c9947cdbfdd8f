// Links gate: every internal link, `#anchor` and asset referenced by the built site resolves
// to a file in the dist folder — honouring the deploy sub-path (BASE_PATH).
//
//   node scripts/check-links.mjs <distDir> [basePath] [siteUrl]
//
// "Internal" means a relative URL, a root-relative one, or an absolute one on the site's own
// origin (canonical and sitemap links). Links to other sites are not fetched: the privacy
// gate makes sure pages never *load* anything from them.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { listFiles, normalizeBase, fileForPath } from './lib/dist.mjs';
import { CANONICAL_ORIGIN } from '../src/site-origin.mjs';

/** Element → attributes that hold one URL. */
const URL_ATTRS = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
const SRCSET_SELECTOR = 'img[srcset], source[srcset]';
const PLACEHOLDER = 'http://internal.invalid';

/** The URL strings an HTML document references, with the element they came from. */
export function htmlReferences(html) {
  const { document } = parseHTML(html);
  const refs = [];
  for (const [tag, attrs] of Object.entries(URL_ATTRS)) {
    for (const el of document.querySelectorAll(tag)) {
      for (const attr of attrs) {
        const v = el.getAttribute(attr);
        if (v != null) refs.push({ url: v.trim(), via: `<${tag} ${attr}>` });
      }
    }
  }
  for (const el of document.querySelectorAll(SRCSET_SELECTOR)) {
    for (const candidate of el.getAttribute('srcset').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push({ url, via: `<${el.localName} srcset>` });
    }
  }
  return refs;
}

/** Ids a fragment may point at: every `id`, and `name` on anchors. */
export function htmlAnchors(html) {
  const { document } = parseHTML(html);
  const ids = new Set(['', 'top']);
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id'));
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name'));
  return ids;
}

/** `url(...)` references in a stylesheet. */
export function cssReferences(css) {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => ({ url: m[2].trim(), via: 'css url()' }));
}

/** The URL path a dist file is served at, e.g. `chapters/x/index.html` → `/base/chapters/x/`. */
function servedPath(file, base) {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Checks every HTML and CSS file in `distDir`. Returns a list of problems (empty = pass),
 * each naming the file, the reference and what is wrong.
 * @param {string} distDir
 * @param {{ basePath?: string, site?: string }} [options]
 * @returns {{ file: string, url: string, problem: string }[]}
 */
export function checkLinks(distDir, { basePath = '/', site } = {}) {
  const base = normalizeBase(basePath);
  const siteOrigin = site ? new URL(site).origin : null;
  const files = listFiles(distDir);
  const fileSet = new Set(files);
  const anchorCache = new Map();
  const anchorsOf = (rel) => {
    if (!anchorCache.has(rel)) anchorCache.set(rel, htmlAnchors(readFileSync(join(distDir, rel), 'utf8')));
    return anchorCache.get(rel);
  };
  const problems = [];

  for (const file of files) {
    const isHtml = file.endsWith('.html');
    if (!isHtml && !file.endsWith('.css')) continue;
    const text = readFileSync(join(distDir, file), 'utf8');
    const refs = isHtml ? htmlReferences(text) : cssReferences(text);
    const pageUrl = new URL(servedPath(file, base), PLACEHOLDER);

    for (const { url, via } of refs) {
      const report = (problem) => problems.push({ file, url, problem: `${via}: ${problem}` });
      if (url === '') {
        report('empty URL');
        continue;
      }
      if (/^(mailto|tel|data|javascript):/i.test(url)) {
        if (/^javascript:/i.test(url)) report('javascript: URLs are not allowed');
        continue;
      }
      let target;
      try {
        target = new URL(url, pageUrl);
      } catch {
        report('not a valid URL');
        continue;
      }
      const internal = target.origin === PLACEHOLDER || (siteOrigin && target.origin === siteOrigin);
      if (!internal) continue;

      const rel = fileForPath(target.pathname, base);
      if (rel === null) {
        report(`points outside the base path ${base}`);
        continue;
      }
      if (!fileSet.has(rel)) {
        const isDir = existsSync(join(distDir, rel)) && statSync(join(distDir, rel)).isDirectory();
        report(isDir ? `missing trailing slash (the page is ${target.pathname}/)` : `no such file: ${rel}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (target.hash && rel.endsWith('.html') && !anchorsOf(rel).has(fragment)) {
        report(`no element with id="${fragment}" in ${rel}`);
      }
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [distDir = 'dist', basePath = process.env.BASE_PATH ?? '/', site = process.env.SITE_URL || CANONICAL_ORIGIN] =
    process.argv.slice(2);
  const problems = checkLinks(distDir, { basePath, site });
  const htmlCount = listFiles(distDir).filter((f) => f.endsWith('.html')).length;
  if (problems.length) {
    for (const p of problems) console.error(`✘ ${p.file}: ${p.url} — ${p.problem}`);
    console.error(`\n${problems.length} broken link(s) in ${distDir} (base ${normalizeBase(basePath)}).`);
    process.exit(1);
  }
  console.log(
    `✔ links: every internal link, anchor and asset in ${htmlCount} HTML files of ${distDir} resolves (base ${normalizeBase(basePath)}).`,
  );
}
