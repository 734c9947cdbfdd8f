import { test, expect, type Page } from '@playwright/test';
import { builtHtml, sitemapPaths, publishedChapters } from './site';
import { t } from '../../src/i18n/index';

const ORIGINAL_URL = 'https://www.opendemocracy.net/en/odr/long-live-azerbaijani-diaspora/';
const pages = sitemapPaths();
const chapterPaths = pages.filter((p) => p.includes('/chapters/'));
/** Where the site lives (BASE_PATH), taken from the sitemap's cover entry: `/` or `/diaspora/`. */
const base = pages.reduce((a, b) => (a.length <= b.length ? a : b));
const slugOf = (path: string) => path.replace(/\/$/, '').split('/').pop()!;
/** The edition a page belongs to, and where its pages live: `/` or `/ru/` under the base. */
const localeOf = (path: string): 'en' | 'ru' => (path.startsWith(`${base}ru/`) ? 'ru' : 'en');
const editionRoot = (locale: 'en' | 'ru') => (locale === 'ru' ? `${base}ru/` : base);
/** English chapters, for the tests of chrome that does not depend on the edition (theme, print). */
const englishChapterPaths = chapterPaths.filter((p) => localeOf(p) === 'en');
/** Whether the built page has footnotes: footnote tests are only generated where there are some. */
const hasFootnotes = (path: string) => builtHtml(path).includes('data-footnote-ref');

test('footnotes are in use, so their tests below actually run', () => {
  expect(chapterPaths.filter(hasFootnotes).length).toBeGreaterThan(0);
});

for (const locale of ['en', 'ru'] as const)
  test(`the ${locale} chapters are walked in order with next, and back with previous`, async ({ page }) => {
    const titles = publishedChapters(locale).map((c) => c.title);
    expect(titles.length, `published ${locale} chapters`).toBeGreaterThan(0);
    await page.goto(editionRoot(locale));
    await page.locator('.chapter-list a').first().click();
    for (let i = 0; i < titles.length; i++) {
      await expect(page.locator('h1')).toHaveText(titles[i]!);
      if (i < titles.length - 1) await page.locator('a[rel="next"]').click();
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    for (let i = titles.length - 1; i > 0; i--) {
      await page.locator('a[rel="prev"]').click();
      await expect(page.locator('h1')).toHaveText(titles[i - 1]!);
    }
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  });

for (const path of chapterPaths) {
  test.describe(`chapter ${path}`, () => {
    const locale = localeOf(path);
    test('one h1, the credit line, a pager, a reading time, and contents links that land on their headings', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.byline')).toContainText(/\d+ (min read|мин чтения)/);

      const credit = page.locator('footer .credit');
      // The author's name as the edition's credit line writes it ("Сергея Румянцева": genitive in Russian).
      await expect(credit).toContainText(t(locale)('credit.author'));
      await expect(credit).toContainText('Maxim Edwards');
      await expect(credit.locator(`a[href="${ORIGINAL_URL}"]`)).toHaveCount(1);
      // Previous on every chapter but the first, next on every one but the last (the walk above clicks them).
      const titles = publishedChapters(locale).map((c) => c.title);
      const here = titles.indexOf(await page.locator('h1').innerText());
      expect(here).toBeGreaterThanOrEqual(0);
      await expect(page.locator('a[rel="prev"]')).toHaveCount(here > 0 ? 1 : 0);
      await expect(page.locator('a[rel="next"]')).toHaveCount(here < titles.length - 1 ? 1 : 0);

      const links = page.locator('nav.toc a');
      const count = await links.count();
      expect(count, 'a chapter with sections lists them').toBeGreaterThan(0);
      const headingIds = await page.locator('.prose :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
      const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      expect(targets, 'the contents list every h2/h3 of the chapter, in order').toEqual(headingIds);

      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        const id = targets[i]!;
        await link.click();
        // Russian headings have Cyrillic ids, which the address bar percent-encodes.
        await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#${id}`);
        const heading = page.locator(`[id="${id}"]`);
        await expect(heading).toHaveText((await link.innerText()).trim());
        await expect(heading).toBeInViewport();
      }
    });

    if (hasFootnotes(path))
      test('footnotes link to their notes and back', async ({ page }) => {
        await page.goto(path);
        const refs = page.locator('.prose [data-footnote-ref]');
        const n = await refs.count();
        expect(n).toBeGreaterThan(0);
        for (let i = 0; i < n; i++) {
          const ref = refs.nth(i);
          const noteId = (await ref.getAttribute('href'))!.slice(1);
          await ref.click();
          const note = page.locator(`[id="${noteId}"]`);
          await expect(note).toBeInViewport();
          await note.locator('[data-footnote-backref]').first().click();
          await expect(ref).toBeInViewport();
        }
      });

    test('describes itself to search engines and link previews, crediting the original', async ({ page, request }) => {
      await page.goto(path);
      const meta = (sel: string) => page.locator(sel).getAttribute('content');
      expect(await meta('meta[name="description"]')).toBeTruthy();
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${path}$`));
      expect(await meta('meta[property="og:type"]')).toBe('article');
      expect(await meta('meta[property="og:title"]')).toBe(await page.locator('h1').innerText());
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = new URL((await meta('meta[property="og:image"]'))!);
      expect(image.pathname).toBe(`${editionRoot(locale)}og/${slugOf(path)}.png`);

      const png = await request.get(image.pathname);
      expect(png.status()).toBe(200);
      expect(png.headers()['content-type']).toContain('image/png');
      expect([...(await png.body()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld['@type']).toBe('Article');
      expect(ld.inLanguage).toBe(locale === 'ru' ? 'ru-RU' : 'en-GB');
      expect(ld.isBasedOn.url).toBe(ORIGINAL_URL);
      expect(ld.isBasedOn.author.name).toBe('Sergey Rumyantsev');
    });
  });
}

test('the cover has its own social card', async ({ request }) => {
  const png = await request.get(`${base}og/cover.png`);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toContain('image/png');
});

test('printing hides the navigation and shows where external links go', async ({ page }) => {
  const path = englishChapterPaths[0]!;
  await page.goto(path);
  await expect(page.locator('.site-header')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.site-header', 'nav.toc', 'nav.pager', '.theme-toggle']) {
    await expect(page.locator(sel)).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.prose')).toBeVisible();
  const external = page.locator('.site-footer a[href^="http"]').first();
  const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(ORIGINAL_URL);
  // Numbers name their source's publisher in brackets instead of repeating long addresses.
  const num = page.locator('.prose a.num').first();
  const publisher = await num.getAttribute('data-source');
  expect(publisher?.length).toBeGreaterThan(2);
  expect(await num.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" [${publisher}]"`);
});

test.describe('theme toggle', () => {
  const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('cycles auto → light → dark → auto and the choice persists across pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const [first, second] = englishChapterPaths;
    await page.goto(first!);
    const toggle = page.getByRole('button', { name: /theme/i });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveText(/Auto/);
    const lightBg = await bg(page);

    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveText(/Dark/);
    expect(await bg(page)).not.toBe(lightBg);

    await page.goto(second ?? base);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: /theme/i })).toHaveText(/Dark/);
    expect(await bg(page)).not.toBe(lightBg);

    await page.getByRole('button', { name: /theme/i }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await page.reload();
    expect(await bg(page)).toBe(lightBg);
  });

  test('is not shown without JavaScript, and the system setting applies', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(englishChapterPaths[0]!);
    await expect(page.locator('.theme-toggle')).toBeHidden();
    expect(await bg(page)).toBe('rgb(23, 22, 20)');
    await context.close();
  });
});
