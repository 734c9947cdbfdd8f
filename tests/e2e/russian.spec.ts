import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from './site';
import { latinLeaks } from './latin-leaks';

// The Russian edition on the built site (issue 17): lang, hreflang both ways, a language switcher
// that lands on the same place in the other edition (or its cover), Russian formats, no English.
const pages = sitemapPaths();
const base = pages.reduce((a, b) => (a.length <= b.length ? a : b));
const russianPages = pages.filter((p) => p.startsWith(`${base}ru/`));
const englishChapters = pages.filter((p) => p.startsWith(`${base}chapters/`));
const html = (path: string) =>
  readFileSync(join(process.cwd(), process.env.OUT_DIR ?? 'dist', path.slice(base.length), 'index.html'), 'utf8');

test('the sitemap lists both editions, the Russian cover included', () => {
  expect(russianPages).toContain(`${base}ru/`);
  expect(pages).toContain(base);
});

test('the covers name each other as alternates and switch both ways', async ({ page }) => {
  await page.goto(base);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('link[rel="alternate"][hreflang="ru-RU"]')).toHaveAttribute('href', new RegExp(`${base}ru/$`));
  const toRussian = page.locator('.language-switcher a');
  await expect(toRussian).toHaveAttribute('lang', 'ru');
  await expect(toRussian).toHaveText('По-русски');
  await toRussian.click();
  await expect(page).toHaveURL(new RegExp(`${base}ru/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).toHaveText('Диаспора на бумаге');
  await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute('href', new RegExp(`${base}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${base}$`));
  // The Russian chrome: navigation, credit with the date in Russian.
  await expect(page.getByRole('navigation', { name: 'Разделы сайта' })).toBeVisible();
  await expect(page.locator('.cover .credit time')).toHaveText('18 мая 2017 г.');
  await page.locator('.language-switcher a').click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const path of englishChapters) {
  const russian = path.replace(`${base}chapters/`, `${base}ru/chapters/`);
  const translated = russianPages.includes(russian);
  test(`${path}: the switcher leads to ${translated ? 'its translation' : 'the Russian cover (not translated yet)'}`, async ({ page }) => {
    await page.goto(path);
    const alternate = page.locator('link[rel="alternate"][hreflang="ru-RU"]');
    if (translated) await expect(alternate).toHaveAttribute('href', new RegExp(`${russian}$`));
    // No hreflang to a page that is not the same content.
    else await expect(alternate).toHaveCount(0);
    await page.locator('.language-switcher a').click();
    await expect(page).toHaveURL(new RegExp(`${translated ? russian : `${base}ru/`}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    if (translated) {
      await page.locator('.language-switcher a').click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    }
  });
}

for (const path of russianPages) {
  test(`${path}: Russian throughout — lang, alternates back, no English outside marked passages`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ru_RU');
    await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveCount(1);
    expect(latinLeaks(html(path))).toEqual([]);
    // Numbers in Russian conventions: no "1,234" grouping or decimal point, no English unit words.
    for (const text of await page.locator('a.num').allInnerTexts()) {
      expect(text).not.toMatch(/\d[,.]\d{3}\b|\d\.\d|million|about|more than/);
    }
  });
}

test('the credits exist in both editions and point to each other', async ({ page }) => {
  await page.goto(`${base}credits/`);
  await expect(page.locator('link[rel="alternate"][hreflang="ru-RU"]')).toHaveAttribute('href', new RegExp(`${base}ru/credits/$`));
  await page.locator('.language-switcher a').click();
  await expect(page).toHaveURL(new RegExp(`${base}ru/credits/$`));
  await expect(page.locator('h1')).toHaveText('Благодарности');
});

test('a missing Russian address gets a Russian “not found” page, linking to the Russian cover', async ({ page }) => {
  const file = readFileSync(join(process.cwd(), process.env.OUT_DIR ?? 'dist', 'ru', '404.html'), 'utf8');
  expect(latinLeaks(file)).toEqual([]);
  await page.goto(`${base}ru/404.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).toHaveText('Страница не найдена');
  await page.locator('.notfound a').click();
  await expect(page).toHaveURL(new RegExp(`${base}ru/$`));
});
