// Budgets gate: what a reader downloads on first load, per page, measured in Chromium against
// the built site served the way a static host would (gzip on), and compared with
// scripts/budgets.json. Every page of the sitemap is measured, plus the 404 page. Then the fonts
// gate (scripts/check-fonts.mjs): every printed character is in the font that draws it, and each
// font file is within its budget.
//
//   node scripts/check-budgets.mjs <distDir> [basePath]
//
// Sizes: "raw" is the bytes of the file, "gzip" the bytes gzip -6 makes of it (what a host
// sends; woff2/png barely shrink). Inline <script> code counts towards the JavaScript budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { sitePagePaths, normalizeBase } from './lib/dist.mjs';
import { serveDist } from './lib/static-server.mjs';
import { checkFonts } from './check-fonts.mjs';

export const BUDGETS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'budgets.json');
export const KINDS = /** @type {const} */ (['html', 'css', 'js', 'font', 'image', 'other']);

/** @typedef {{ raw: number, gzip: number, count: number }} Bytes */
/** @typedef {{ url: string, requests: number, bytes: Record<typeof KINDS[number], Bytes>, total: Bytes, firstLoad: Bytes }} Measurement */

function kindOf(resourceType, url) {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)$/.test(url)) return 'font';
  if (resourceType === 'image') return 'image';
  return 'other';
}

/**
 * Loads `url` in a Playwright page and sums, by kind, every response it received.
 * `firstLoad` is HTML + CSS + fonts (+ JS): what stands between a reader and the text.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @returns {Promise<Measurement>}
 */
export async function measurePage(page, url) {
  const bodies = [];
  const onResponse = (response) => {
    if (response.url().startsWith('data:') || (response.status() >= 300 && response.status() < 400)) return;
    bodies.push(
      response.body().then(
        (body) => ({ kind: kindOf(response.request().resourceType(), response.url()), body }),
        () => null,
      ),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  // Let late font and image requests (triggered by layout) finish.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  // Inline code counts; data blocks (JSON-LD, importmaps aside) are not JavaScript.
  const inline = await page.$$eval('script:not([src])', (els) =>
    els.filter((e) => ['', 'module', 'text/javascript'].includes(e.type)).map((e) => e.textContent ?? ''),
  );
  page.off('response', onResponse);

  const empty = () => ({ raw: 0, gzip: 0, count: 0 });
  const bytes = Object.fromEntries(KINDS.map((k) => [k, empty()]));
  const add = (kind, buf, counts = true) => {
    bytes[kind].raw += buf.length;
    bytes[kind].gzip += gzipSync(buf).length;
    if (counts) bytes[kind].count += 1;
  };
  const received = (await Promise.all(bodies)).filter(Boolean);
  for (const r of received) add(r.kind, r.body);
  for (const code of inline) if (code.trim()) add('js', Buffer.from(code), false);

  const sum = (kinds) =>
    kinds.reduce((acc, k) => ({ raw: acc.raw + bytes[k].raw, gzip: acc.gzip + bytes[k].gzip, count: acc.count + bytes[k].count }), empty());
  return { url, requests: received.length, bytes, total: sum(KINDS), firstLoad: sum(['html', 'css', 'font', 'js']) };
}

/** The address prefix of an edition other than English (src/i18n/index.ts LOCALES). */
const EDITION_PREFIX = /^ru(?:\/|$)/;

/** What kind of page a URL path is, for per-type budgets and the benchmark. */
export function pageType(path, basePath = '/') {
  // A page of another edition (/ru/…) is the same type as its English twin, with the same budget.
  const rel = path.slice(normalizeBase(basePath).length).replace(EDITION_PREFIX, '');
  if (rel === '') return 'cover';
  if (rel.startsWith('chapters/')) return 'chapter';
  if (rel === 'data/') return 'data-hub';
  if (rel === '404.html') return '404';
  return 'other';
}

/** The edition a URL path belongs to: `ru` under /ru/, else `en`. */
export function pageEdition(path, basePath = '/') {
  return EDITION_PREFIX.test(path.slice(normalizeBase(basePath).length)) ? 'ru' : 'en';
}

/**
 * Compares measurements with budgets. Budgets: `all` applies to every page, `<type>` (cover,
 * chapter, data-hub, 404, other) to pages of that type; each a map of metric → max bytes/count.
 * A Russian page is held to `ru-<type>` instead of `<type>` where budgets.json has one (its
 * fonts carry Cyrillic as well as Latin: see the `$comment` there), else to its English twin's.
 * Metrics: `jsGzip`, `firstLoadGzip`, `totalGzip`, `requests`, `<kind>Gzip`.
 * @param {{ path: string, type: string, edition?: string, m: Measurement }[]} pages
 * @param {Record<string, Record<string, number>>} budgets
 * @returns {string[]} problems, empty when every page is within budget
 */
export function evaluateBudgets(pages, budgets) {
  const problems = [];
  const metric = (m, name) => {
    if (name === 'requests') return m.requests;
    if (name === 'firstLoadGzip') return m.firstLoad.gzip;
    if (name === 'totalGzip') return m.total.gzip;
    const kind = name.replace(/Gzip$/, '');
    if (name.endsWith('Gzip') && kind in m.bytes) return m.bytes[kind].gzip;
    throw new Error(`budgets.json: unknown metric "${name}"`);
  };
  for (const { path, type, edition = 'en', m } of pages) {
    const own = edition !== 'en' && budgets[`${edition}-${type}`] ? `${edition}-${type}` : type;
    for (const scope of ['all', own]) {
      for (const [name, max] of Object.entries(budgets[scope] ?? {})) {
        if (name.startsWith('$')) continue;
        const value = metric(m, name);
        if (value > max) problems.push(`${path}: ${name} ${value} > ${max} (budget "${scope}")`);
      }
    }
  }
  return problems;
}

/** Measures every page of a built site in one browser. */
export async function measureSite(distDir, basePath = '/', { paths } = {}) {
  const { chromium } = await import('@playwright/test');
  const { ensureChromium, CHROMIUM_ARGS } = await import('./chromium.mjs');
  const server = await serveDist(distDir, { basePath });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const results = [];
    for (const path of paths ?? sitePagePaths(distDir, basePath)) {
      // A fresh context per page: an empty cache, as on a first visit.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const m = await measurePage(page, new URL(path, server.origin).href);
      results.push({ path, type: pageType(path, basePath), edition: pageEdition(path, basePath), m });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [distDir = 'dist', basePath = process.env.BASE_PATH ?? '/'] = process.argv.slice(2);
  const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
  const pages = await measureSite(distDir, basePath);
  console.log('page'.padEnd(48), 'type'.padEnd(9), 'req', 'first load (gz)', '  JS (gz)', ' total (gz)');
  for (const { path, type, m } of pages) {
    console.log(
      path.padEnd(48),
      type.padEnd(9),
      String(m.requests).padStart(3),
      kb(m.firstLoad.gzip).padStart(15),
      kb(m.bytes.js.gzip).padStart(9),
      kb(m.total.gzip).padStart(11),
    );
  }
  const problems = evaluateBudgets(pages, budgets);
  const fonts = await checkFonts(distDir, { maxFileBytes: budgets.fontFile?.bytes, maxEditionFileBytes: budgets['ru-fontFile']?.bytes });
  for (const f of fonts.files) console.log(`font ${f.file} ${kb(f.bytes)}`);
  problems.push(...fonts.problems);
  if (problems.length) {
    for (const p of problems) console.error(`✘ ${p}`);
    console.error(`\n${problems.length} budget(s) exceeded (scripts/budgets.json).`);
    process.exit(1);
  }
  console.log(
    `✔ budgets: ${pages.length} pages within scripts/budgets.json; every printed character is in each of ${fonts.faces.length} web-font faces.`,
  );
}
