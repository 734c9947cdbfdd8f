import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { sitemapPaths, publishedChapters } from './site';
import { THEME_SCRIPT } from '../../src/lib/theme-script';

const ORIGINAL_URL = 'https://www.opendemocracy.net/en/odr/long-live-azerbaijani-diaspora/';
const pages = sitemapPaths();
const chapterPaths = pages.filter((p) => p.startsWith('/chapters/'));

test('the cover lists every published chapter in `order`', async ({ page }) => {
  await page.goto('/');
  const titles = await page.locator('.chapter-list li a .chapter-list__title').allInnerTexts();
  expect(titles).toEqual(publishedChapters().map((c) => c.title));
});

test('the sitemap lists the cover and every chapter', () => {
  expect(pages).toContain('/');
  expect(chapterPaths).toHaveLength(publishedChapters().length);
});

for (const path of chapterPaths) {
  test(`chapter ${path}: one h1, the credit line, working previous/next`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    const credit = page.locator('footer .credit');
    await expect(credit).toContainText('Sergey Rumyantsev');
    await expect(credit).toContainText('Maxim Edwards');
    await expect(credit.locator(`a[href="${ORIGINAL_URL}"]`)).toHaveCount(1);

    const titles = publishedChapters().map((c) => c.title);
    const here = titles.indexOf(await page.locator('h1').innerText());
    expect(here).toBeGreaterThanOrEqual(0);
    const prev = page.locator('a[rel="prev"]');
    const next = page.locator('a[rel="next"]');
    await expect(prev).toHaveCount(here > 0 ? 1 : 0);
    await expect(next).toHaveCount(here < titles.length - 1 ? 1 : 0);
    if (here < titles.length - 1) {
      await next.click();
      await expect(page.locator('h1')).toHaveText(titles[here + 1]!);
      await page.locator('a[rel="prev"]').click();
      await expect(page.locator('h1')).toHaveText(titles[here]!);
    }
  });
}

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: /cover/i }).click();
  await expect(page).toHaveURL(/\/$/);
});

/** The only JavaScript a page may run: the theme script in <head> and the toggle's click handler. */
const JS_BUDGET_GZIP = 10 * 1024;
const isThemeScript = (code: string) => code === THEME_SCRIPT || code.includes('[data-theme-toggle]');
// The reader layer (issue 14): previews of numbers and footnotes where a page has numbers, and the
// height report of chart embeds. Search's client is a file, on /search/ only.
const isReaderScript = (code: string) => code.includes('showPopover') || code.includes('diaspora-on-paper:height');
const SEARCH_CLIENT = /\/reader\/search\.js$/;

for (const path of pages) {
  test(`${path}: no request leaves the origin; JavaScript is only the theme script, within budget`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const external: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(r.url());
      if (r.resourceType() === 'script' && !(path.endsWith('/search/') && SEARCH_CLIENT.test(r.url()))) external.push(r.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    expect(external, 'no script files: the theme script is small enough to inline').toEqual([]);
    // Executable scripts only: JSON-LD (`application/ld+json`) is data, not code.
    const code = await page
      .locator('script:not([type]), script[type="module"], script[type="text/javascript"]')
      .allTextContents();
    expect(code.filter((c) => c.trim() && !isThemeScript(c) && !isReaderScript(c)), 'scripts other than the theme and reader scripts').toEqual([]);
    const gzipped = code.reduce((sum, c) => sum + gzipSync(c).length, 0);
    expect(gzipped, 'the theme and reader scripts stay under 2 KB gzip').toBeLessThanOrEqual(2 * 1024);
    expect(gzipped).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  });
}
