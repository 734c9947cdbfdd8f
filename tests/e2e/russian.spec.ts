import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedChapters, sitemapPaths } from './site';
import { latinLeaks, publisherNamesIn } from './latin-leaks';

// The Russian edition on the built site (issue 17): lang, hreflang both ways, a language switcher
// that lands on the same place in the other edition (or its cover), Russian formats, no English.
const pages = sitemapPaths();
const base = pages.reduce((a, b) => (a.length <= b.length ? a : b));
const russianPages = pages.filter((p) => p.startsWith(`${base}ru/`));
const englishChapters = pages.filter((p) => p.startsWith(`${base}chapters/`));
const DIST = join(process.cwd(), process.env.OUT_DIR ?? 'dist');
const html = (path: string) => readFileSync(join(DIST, path.slice(base.length), 'index.html'), 'utf8');
/** Names a Russian page may print in Latin script: the publishers of the site's own sources download. */
const names = publisherNamesIn(DIST);
const russianChapters = russianPages.filter((p) => p.startsWith(`${base}ru/chapters/`));

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

test('every Russian chapter is published: the edition is complete', () => {
  expect(russianChapters.length).toBe(publishedChapters('en').length);
  expect(russianChapters.length).toBe(publishedChapters('ru').length);
});

for (const path of russianChapters) {
  const english = path.replace(`${base}ru/chapters/`, `${base}chapters/`);
  test(`${path}: the switcher lands on the same chapter in English, and back`, async ({ page }) => {
    await page.goto(path);
    const number = (await page.locator('.kicker').textContent()) ?? '';
    await page.locator('.language-switcher a').click();
    await expect(page).toHaveURL(new RegExp(`${english}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The same chapter: its number in the reading order, in the other language's words.
    const englishNumber = (await page.locator('.kicker').textContent()) ?? '';
    expect(englishNumber.replace(/\D/g, ''), `${number} ↔ ${englishNumber}`).toBe(number.replace(/\D/g, ''));
    await page.locator('.language-switcher a').click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator('.kicker')).toHaveText(number);
  });

  test(`${path}: its charts are drawn in Russian, with Russian tables and chrome`, async ({ page }) => {
    await page.goto(path);
    const figures = page.locator('figure.chart-figure');
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      await expect(figure.locator('.chart-figure__data > summary')).toHaveText('Данные и файлы');
      await expect(figure.locator('.chart-figure__sources')).toContainText(/Источник(и)?:/);
      await expect(figure.locator('.chart-figure__title')).toContainText(/\p{Script=Cyrillic}/u);
      await expect(figure.locator('svg.chart').first()).toHaveAccessibleName(/\p{Script=Cyrillic}/u);
      await expect(figure.locator('thead th').first()).toHaveText(/\p{Script=Cyrillic}/u);
      expect(await figure.locator('[lang="en"]').count(), 'no figure marked English as a whole').toBeLessThan(
        await figure.locator('td, th, li').count(),
      );
    }
  });
}

test('«Сослаться» under a chart on /ru/charts/ gives a Russian reference and Russian BibTeX', async ({ page }) => {
  await page.goto(`${base}ru/charts/`);
  const figure = page.locator('figure.chart-figure').first();
  const id = (await figure.getAttribute('id'))!;
  const title = (await figure.locator('.chart-figure__kicker').textContent())!.trim();
  const cite = figure.locator('.chart-figure__cite');
  await cite.locator('summary').click();
  await expect(cite.locator('summary')).toHaveText('Сослаться');
  const text = cite.locator('pre').first();
  await expect(text).toBeVisible();
  // The reader's words: the chart's Russian title, the site, the data version, the Russian address
  // of the chart and where to write the day it was read, in Russian order.
  await expect(text).toContainText(`${title} : диаграмма // Диаспора на бумаге : сайт.`);
  await expect(text).toContainText(/Версия данных \d+\.\d+\.\d+\./);
  await expect(text).toContainText(new RegExp(`URL: \\S+${base}ru/charts/#${id} \\(дата обращения: ДД\\.ММ\\.ГГГГ\\)`));
  await expect(text).toContainText('Лицензия CC BY 4.0.');
  await expect(text).not.toContainText(/Accessed|Licensed|Chart|Data:| more /);
  const bibtex = cite.locator('pre').nth(1);
  await expect(bibtex).toContainText(/^@misc\{/);
  await expect(bibtex).toContainText('language     = {russian}');
  await expect(bibtex).toContainText(`title        = {${title}}`);
  await expect(bibtex).toContainText('note         = {Диаграмма и данные');
});

test('a Russian figure offers its own JSON, SVG and PNG, and the language-neutral CSV of the same rows', async ({ page, request }) => {
  const path = russianChapters.find((p) => html(p).includes('chart-figure__links'))!;
  await page.goto(path);
  const figure = page.locator('figure.chart-figure').first();
  const id = (await figure.getAttribute('id'))!.replace(/^chart-/, '');
  const links = figure.locator('.chart-figure__links a');
  await expect(links.nth(0)).toHaveAttribute('href', `${base}charts/${id}.csv`);
  for (const [i, ext] of [
    [1, 'json'],
    [2, 'svg'],
    [3, 'png'],
  ] as const)
    await expect(links.nth(i)).toHaveAttribute('href', `${base}ru/charts/${id}.${ext}`);
  const ru = await (await request.get(`${base}ru/charts/${id}.json`)).json();
  const en = await (await request.get(`${base}charts/${id}.json`)).json();
  expect(ru.language).toBe('ru');
  expect(ru.title).toMatch(/\p{Script=Cyrillic}/u);
  expect(ru.title).not.toBe(en.title);
  // The title is the kicker above the chart's headline (the finding).
  await expect(figure.locator('.chart-figure__kicker')).toHaveText(ru.title);
  await expect(figure.locator('.chart-figure__title')).toHaveText(ru.headline);
  expect(ru.rows, 'the same rows as the English download').toEqual(en.rows);
  const svg = await (await request.get(`${base}ru/charts/${id}.svg`)).text();
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
  expect(svg).toContain('Источник:');
  expect(svg).not.toContain('Source:');
  const png = await (await request.get(`${base}ru/charts/${id}.png`)).body();
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

for (const path of russianPages) {
  test(`${path}: Russian throughout — lang, alternates back, no English outside marked passages`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ru_RU');
    await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveCount(1);
    expect(latinLeaks(html(path), names)).toEqual([]);
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
  expect(latinLeaks(file, names)).toEqual([]);
  await page.goto(`${base}ru/404.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).toHaveText('Страница не найдена');
  await page.locator('.notfound a').click();
  await expect(page).toHaveURL(new RegExp(`${base}ru/$`));
});
