// Search (issue 14): /search/ finds words across the chapters with titles and excerpts, by
// mouse, keyboard and on a phone; Pagefind loads only there, and only once the reader searches.
import { test, expect } from '@playwright/test';
import { axeViolations } from './quality/gates';
import { publishedChapters } from './site';

const chapterTitles = publishedChapters().map((c) => c.title);

test('the header links to search; typing "Congress" lists several chapters with excerpts', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await page.getByLabel('Search the chapters').fill('Congress');
  const results = page.locator('.search__results li');
  await expect(results.first()).toBeVisible();
  const titles = await results.locator('a').allTextContents();
  expect(titles.filter((t) => chapterTitles.includes(t)).length).toBeGreaterThanOrEqual(3);
  await expect(results.first().locator('mark').first()).toHaveText(/congress/i);
  await expect(page.getByRole('status')).toContainText('found for “Congress”');
  expect(new URL(page.url()).searchParams.get('q')).toBe('Congress');
  // A result leads to its page.
  const first = results.first().locator('a');
  const title = await first.textContent();
  await first.click();
  await expect(page.locator('h1')).toHaveText(title!);
});

test('keyboard: type and press Enter; results are links reached with Tab', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search the chapters').focus();
  await page.keyboard.type('Karabakh');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search__results li').first()).toBeVisible();
  await page.keyboard.press('Tab'); // the button
  await page.keyboard.press('Tab');
  await expect(page.locator('.search__results a').first()).toBeFocused();
});

test('a search can be linked to with ?q=', async ({ page }) => {
  await page.goto('/search/?q=census');
  await expect(page.getByLabel('Search the chapters')).toHaveValue('census');
  await expect(page.locator('.search__results li').first()).toBeVisible();
});

test('a query typed before the search script arrives (a slow connection) is still searched', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((ok) => (release = ok));
  await page.route('**/reader/search.js', async (route) => {
    await held;
    await route.continue();
  });
  // Not waiting for "load": that waits for the held script.
  await page.goto('/search/', { waitUntil: 'commit' });
  await page.getByLabel('Search the chapters').fill('Congress');
  release();
  await expect(page.locator('.search__results li').first()).toBeVisible();
  expect(new URL(page.url()).searchParams.get('q')).toBe('Congress');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('search works and nothing scrolls sideways', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('Search the chapters').fill('Congress');
    await expect(page.locator('.search__results li').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('only /search/ loads Pagefind, and only after a query', async ({ page }) => {
  const fetched: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  for (const path of ['/', '/chapters/introduction/', '/sources/', '/search/']) await page.goto(path);
  expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  await page.getByLabel('Search the chapters').fill('Baku');
  await expect(page.locator('.search__results li').first()).toBeVisible();
  expect(fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(errors, 'console errors and CSP violations while searching').toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /search/ with results (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=Congress');
    await expect(page.locator('.search__results li').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says how to find things instead', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('.search__nojs')).toBeVisible();
    await expect(page.locator('.search__nojs').getByRole('link', { name: 'contents' })).toBeVisible();
  });
});
