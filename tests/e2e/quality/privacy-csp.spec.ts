// Privacy and CSP gates: loading any page of the built site requests nothing from another
// origin, and logs no console error, uncaught exception or Content-Security-Policy violation.
// The only JavaScript a page runs is the theme script and the reader layer's, inline and small.
import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { allPages, watchPage } from './gates';
import { THEME_SCRIPT } from '../../../src/lib/theme-script';

/** The theme script in <head>, or the toggle's click handler. */
const isThemeScript = (code: string) => code === THEME_SCRIPT || code.includes('[data-theme-toggle]');
// The reader layer (issue 14): previews of numbers and footnotes where a page has numbers, the
// height report of chart embeds, and chart tooltips where a page has a chart. Search's client is a
// file, on /search/ only.
const isReaderScript = (code: string) =>
  code.includes('showPopover') || code.includes('diaspora-on-paper:height') || code.includes('chart-tip');
const SEARCH_CLIENT = /\/reader\/search\.js$/;

for (const path of allPages()) {
  test(`privacy + CSP: ${path} stays on its origin, with no errors or CSP violations; only the theme script runs`, async ({
    page,
    baseURL,
  }) => {
    const watch = await watchPage(page, new URL(baseURL!).origin);
    const scriptFiles: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scriptFiles.push(r.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Scroll to the end so lazily loaded images and fonts are requested too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(watch.foreign, 'requests to other origins').toEqual([]);
    expect(watch.errors, 'console errors and CSP violations').toEqual([]);
    // The policy itself is strict: everything from 'self' by default, no unsafe-* escape hatches.
    const csp = page.locator('meta[http-equiv="content-security-policy"]');
    await expect(csp).toHaveCount(1);
    const policy = (await csp.getAttribute('content')) ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/'unsafe-(inline|eval|hashes)'|\*/);
    // Compiling WebAssembly (not eval) is allowed only where Pagefind's search runs.
    if (policy.includes("'wasm-unsafe-eval'")) expect(path).toMatch(/\/search\/$/);

    expect(
      scriptFiles.filter((u) => !(path.endsWith('/search/') && SEARCH_CLIENT.test(u))),
      'no script files (the search page’s client aside): the theme and reader scripts are small enough to inline',
    ).toEqual([]);
    // Executable scripts only: JSON-LD (`application/ld+json`) is data, not code.
    const code = await page.locator('script:not([type]), script[type="module"], script[type="text/javascript"]').allTextContents();
    expect(
      code.filter((c) => c.trim() && !isThemeScript(c) && !isReaderScript(c)),
      'scripts other than the theme and reader scripts',
    ).toEqual([]);
    const gzipped = code.reduce((sum, c) => sum + gzipSync(c).length, 0);
    // Chart tooltips (about 0.9 KB) joined the previews in issue 14: 3 KB, far below the 10 KB page cap.
    expect(gzipped, 'the theme and reader scripts stay under 3 KB gzip').toBeLessThanOrEqual(3 * 1024);
  });
}
