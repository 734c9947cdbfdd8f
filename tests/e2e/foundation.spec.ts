// The site's skeleton: the cover, the sitemap and the 404 page. Per-chapter checks (h1, credit,
// previous/next) are in reading.spec.ts; what every page may load, and the other per-page gates, are in quality/pages.spec.ts.
import { test, expect } from '@playwright/test';
import { sitemapPaths, publishedChapters } from './site';

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

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: /cover/i }).click();
  await expect(page).toHaveURL(/\/$/);
});
