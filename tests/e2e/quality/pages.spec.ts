// The per-page gates, in one visit per page (the sitemap's pages and the 404 page, both editions):
//   budgets  — what a first visit on a phone downloads stays within scripts/budgets.json;
//   privacy  — nothing is requested from another origin; no console error, uncaught exception or
//              CSP violation; the policy is strict; the only JavaScript is the theme and reader scripts;
//   width    — nothing scrolls sideways at 320 and 360 px;
//   fonts    — every piece of text is drawn in our web fonts, from subsets only, and a page without
//              Cyrillic does not download the Cyrillic files;
//   typography — no typewriter apostrophe in the text readers see.
// Each gate is a function in gates.ts (budgets: scripts/check-budgets.mjs) with its failing fixture in
// gates-fixtures.spec.ts. Soft assertions: one broken page reports every gate it fails.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { allPages, foreignFonts, scrollWidthAt, straightApostrophes, watchPage } from './gates';
import { BUDGETS_FILE, evaluateBudgets, measurePage, pageEdition, pageType } from '../../../scripts/check-budgets.mjs';
import { THEME_SCRIPT } from '../../../src/lib/theme-script';

const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Record<string, Record<string, number>>;

/** The theme script in <head>, or the toggle's click handler. */
const isThemeScript = (code: string) => code === THEME_SCRIPT || code.includes('[data-theme-toggle]');
// The reader layer (issue 14): previews of numbers and footnotes where a page has numbers, the
// height report of chart embeds, and chart tooltips where a page has a chart. Search's client is a
// file, on /search/ only.
const isReaderScript = (code: string) =>
  code.includes('showPopover') || code.includes('diaspora-on-paper:height') || code.includes('chart-tip');
const SEARCH_CLIENT = /\/reader\/search\.js$/;

/**
 * Drawn in the system sans on purpose: on an English page the link to the Russian edition is in
 * Russian, and setting it in the web font would make every English page download the Cyrillic cut
 * (global.css, `.language-switcher a:lang(ru)`).
 */
const SYSTEM_FONT_ON_PURPOSE = '.language-switcher a:lang(ru)';

// A first visit on a phone: a phone-sized window and a fresh context (an empty cache) per test.
test.use({ viewport: { width: 412, height: 823 } });

for (const path of allPages()) {
  test(`${path}: budgets, privacy and CSP, no sideways scroll, web fonts from subsets, typographic apostrophes`, async ({
    page,
    baseURL,
  }) => {
    test.slow(); // five gates; the chart gallery has thousands of text elements to ask the browser about
    const watch = await watchPage(page, new URL(baseURL!).origin);
    const scriptFiles: string[] = [];
    const fontFiles: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scriptFiles.push(r.url());
      if (r.resourceType() === 'font') fontFiles.push(new URL(r.url()).pathname);
    });

    // Budgets: the first load, measured by the same code as `npm run bench`.
    const m = await measurePage(page, path);
    expect.soft(m.requests, 'the page and its assets loaded').toBeGreaterThan(0);
    expect.soft(evaluateBudgets([{ path, type: pageType(path, '/'), edition: pageEdition(path, '/'), m }], budgets), 'budgets').toEqual([]);

    // Privacy and CSP: the whole page, scrolled to its end so anything loaded late is requested too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const policies = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
    expect.soft(policies.length, 'one Content-Security-Policy <meta>').toBe(1);
    const policy = policies[0] ?? '';
    expect.soft(policy).toContain("default-src 'self'");
    expect.soft(policy).toMatch(/script-src 'self'/);
    expect.soft(policy).not.toMatch(/'unsafe-(inline|eval|hashes)'|\*/);
    // Compiling WebAssembly (not eval) is allowed only where Pagefind's search runs.
    if (policy.includes("'wasm-unsafe-eval'")) expect.soft(path).toMatch(/\/search\/$/);
    expect
      .soft(
        scriptFiles.filter((u) => !(path.endsWith('/search/') && SEARCH_CLIENT.test(u))),
        'no script files (the search page’s client aside): the theme and reader scripts are small enough to inline',
      )
      .toEqual([]);
    // Executable scripts only: JSON-LD (`application/ld+json`) is data, not code.
    const code = await page.locator('script:not([type]), script[type="module"], script[type="text/javascript"]').allTextContents();
    expect
      .soft(
        code.filter((c) => c.trim() && !isThemeScript(c) && !isReaderScript(c)),
        'scripts other than the theme and reader scripts',
      )
      .toEqual([]);
    // Chart tooltips (about 0.9 KB) joined the previews in issue 14: 3 KB, far below the 10 KB page cap.
    const gzipped = code.reduce((sum, c) => sum + gzipSync(c).length, 0);
    expect.soft(gzipped, 'the theme and reader scripts stay under 3 KB gzip').toBeLessThanOrEqual(3 * 1024);

    // Phone widths: a relayout at each width (media queries and wrapping follow the window).
    for (const width of [360, 320]) {
      const scrollWidth = await scrollWidthAt(page, width);
      expect.soft(scrollWidth, `page is ${scrollWidth} px wide at ${width} px`).toBeLessThanOrEqual(width);
    }

    // Fonts, in a desktop window (where the contents and wide tables are open): what a reader sees is
    // drawn in our faces, downloaded as subsets.
    await page.setViewportSize({ width: 1280, height: 720 });
    // Lay the page out first, so the faces the wider layout needs start loading before we wait for them.
    await page.evaluate(() => (document.body.getBoundingClientRect(), document.fonts.ready.then(() => undefined)));
    expect.soft(await foreignFonts(page, SYSTEM_FONT_ON_PURPOSE), 'text drawn in a font other than our web fonts').toEqual([]);
    for (const url of fontFiles) expect.soft(url, 'a subset, never the whole face').toMatch(/\.woff2$/);
    const russianFiles = fontFiles.filter((u) => u.includes('-ru.'));
    if (/\/ru\//.test(path)) {
      // The Russian edition links its own stylesheet: one file per face, Latin and Cyrillic together.
      expect.soft(fontFiles.length, 'a Russian page draws in the web fonts').toBeGreaterThan(0);
      expect.soft(russianFiles, 'a Russian page downloads only its edition’s files, one per face').toEqual(fontFiles);
    } else {
      expect.soft(russianFiles, 'an English page never downloads the Russian edition’s files').toEqual([]);
      // What the page shows (innerText: rendered text only), without the link drawn in the system font.
      const printsCyrillic = await page.evaluate((sel) => {
        const hidden = [...document.querySelectorAll<HTMLElement>(sel)];
        hidden.forEach((e) => (e.style.display = 'none'));
        const shows = /\p{Script=Cyrillic}/u.test(document.body.innerText);
        hidden.forEach((e) => (e.style.display = ''));
        return shows;
      }, SYSTEM_FONT_ON_PURPOSE);
      const cyrillicFiles = fontFiles.filter((u) => u.includes('-cyrillic.'));
      if (printsCyrillic) expect.soft(cyrillicFiles.length, 'Cyrillic subsets on a page that prints Cyrillic').toBeGreaterThan(0);
      else expect.soft(cyrillicFiles, 'Cyrillic subsets on a page without Cyrillic').toEqual([]);
    }

    // Typography: page text uses typographic apostrophes (’).
    expect.soft(await straightApostrophes(page), "write ’ (U+2019) instead of ' in text readers see").toEqual([]);

    // Last, so that everything the page did in every window size counts.
    expect(watch.foreign, 'requests to other origins').toEqual([]);
    expect(watch.errors, 'console errors and CSP violations').toEqual([]);
  });
}
