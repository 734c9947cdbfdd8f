// The pages around the chapters in both editions (issue 17): About, Sources, the ledger, the data hub,
// the chart gallery, search and the embeds. Each English page and its Russian twin name each other
// (hreflang both ways), the language switcher lands on the twin, both are in the sitemap, and the
// Russian pages show the same records as the English ones — in Russian words and number conventions.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from './site';
import { latinLeaks, publisherNamesIn } from './latin-leaks';
import { frontmatterOf } from '../../src/lib/chapter-files.ts';

const DIST = join(process.cwd(), process.env.OUT_DIR ?? 'dist');
const pages = sitemapPaths();
const base = pages.reduce((a, b) => (a.length <= b.length ? a : b));

/** The pages and the Russian h1 a reader should land on. */
const TWINS: [path: string, russianTitle: string][] = [
  ['about/', 'О проекте и методике'],
  ['sources/', 'Источники'],
  ['ledger/', 'Заявления и проверка'],
  ['data/', 'Данные'],
  ['charts/', 'Все диаграммы'],
  ['search/', 'Поиск'],
];

test('the sitemap lists both editions of every page', () => {
  for (const [path] of TWINS) {
    expect(pages).toContain(`${base}${path}`);
    expect(pages).toContain(`${base}ru/${path}`);
  }
});

for (const [path, russianTitle] of TWINS) {
  test(`${path}: hreflang both ways, and the switcher lands on the twin and back`, async ({ page }) => {
    const en = `${base}${path}`;
    const ru = `${base}ru/${path}`;
    await page.goto(en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('link[rel="alternate"][hreflang="ru-RU"]')).toHaveAttribute('href', new RegExp(`${ru}$`));
    await page.locator('.language-switcher a').click();
    await expect(page).toHaveURL(new RegExp(`${ru}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveText(russianTitle);
    await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute('href', new RegExp(`${en}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${en}$`));
    // The Russian chrome leads to Russian pages: every section of the header and footer is under /ru/.
    for (const href of await page
      .locator('.site-nav a, .site-footer__links a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^${base}ru/`));
    }
    await page.locator('.language-switcher a').click();
    await expect(page).toHaveURL(new RegExp(`${en}$`));
  });
}

/** The records a page's numbers cite, each once. */
const citedRecords = async (page: Page, path: string) => {
  await page.goto(path);
  return [...new Set(await page.locator('a.num').evaluateAll((as) => as.map((a) => a.getAttribute('data-record'))))].sort();
};

test('About: the Russian page cites exactly the records of the English one, written in Russian', async ({ page }) => {
  const english = await citedRecords(page, `${base}about/`);
  const russian = await citedRecords(page, `${base}ru/about/`);
  expect(english.length).toBeGreaterThan(10);
  expect(russian).toEqual(english);
  for (const text of await page.locator('a.num').allInnerTexts()) expect(text).not.toMatch(/million|about|more than|\d,\d{3}\b/);
  // The headings keep their anchors, so the ledger's link to the verdict rules lands in both editions.
  await expect(page.locator('#verdicts')).toHaveText('Как мы выносим вердикт');
});

test('Sources: both editions list the same sources under the same anchors', async ({ page }) => {
  const ids = async (path: string) => {
    await page.goto(path);
    return page.locator('li.source').evaluateAll((lis) => lis.map((li) => li.id).sort());
  };
  const english = await ids(`${base}sources/`);
  expect(english.length).toBeGreaterThan(50);
  expect(await ids(`${base}ru/sources/`)).toEqual(english);
  // Titles stay as published and say they are not Russian.
  await expect(page.locator('#source-azerbaijan-az-abroad .source__cite > span').first()).toHaveAttribute('lang', /.+/);
});

test('Ledger: every verdict in both editions, with the same figures written in Russian conventions', async ({ page }) => {
  await page.goto(`${base}ledger/`);
  const entries = await page.locator('.ledger-entry').evaluateAll((lis) => lis.map((li) => li.id));
  await page.goto(`${base}ru/ledger/`);
  expect(await page.locator('.ledger-entry').evaluateAll((lis) => lis.map((li) => li.id))).toEqual(entries);
  const badges = await page.locator('.ledger-entry .ledger__badge').allInnerTexts();
  expect(badges.length).toBe(entries.length);
  for (const b of badges) expect(b.toLowerCase()).toMatch(/опровергнуто|не подтверждено|непроверяемо|согласуется/);
  for (const f of await page.locator('.ledger-entry__figure, .ledger-entry__evidence td').allInnerTexts()) {
    expect(f).not.toMatch(/million|about|more than|\d,\d{3}\b|\d\.\d/);
  }
  // The links to sources stay in the Russian edition.
  const first = page.locator('.ledger-entry__sources a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${base}ru/sources/#source-`));
});

test('Data hub: Russian descriptions of the same downloads; JSON-LD says the page is Russian', async ({ page }) => {
  const downloads = async (path: string) => {
    await page.goto(path);
    return page.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  };
  const english = await downloads(`${base}data/`);
  expect(await downloads(`${base}ru/data/`)).toEqual(english);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld.inLanguage).toBe('ru-RU');
  expect(ld.description).toMatch(/[а-я]/);
  // Every column of every table has a Russian meaning (the dictionaries are closed disclosures: read their text).
  const meanings = await page.locator('.data-file__dictionary td:nth-child(3)').evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
  expect(meanings.length).toBeGreaterThan(100);
  for (const meaning of meanings) expect(meaning).toMatch(/[а-яё]/i);
});

test('Search: the Russian page finds Russian pages only', async ({ page }) => {
  await page.goto(`${base}ru/search/`);
  await page.getByLabel('Поиск по главам').fill('съезд');
  const results = page.locator('.search__results li a');
  await expect(results.first()).toBeVisible();
  const urls = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const url of urls) expect(url).toMatch(new RegExp(`^${base}ru/`));
  await expect(page.getByRole('status')).toContainText('«съезд»');
  // Russian chapters, where published, are among what it finds.
  const published = readdirSync(join(process.cwd(), 'content', 'ru', 'chapters'))
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => frontmatterOf(readFileSync(join(process.cwd(), 'content', 'ru', 'chapters', f), 'utf8'))['draft'] !== 'true');
  if (published.length > 0) expect(urls.some((u) => u.startsWith(`${base}ru/chapters/`))).toBe(true);
});

test('Search: the English page finds no Russian page', async ({ page }) => {
  await page.goto(`${base}search/`);
  await page.getByLabel('Search the chapters').fill('Congress');
  const results = page.locator('.search__results li a');
  await expect(results.first()).toBeVisible();
  const urls = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(urls.filter((u) => u.startsWith(`${base}ru/`))).toEqual([]);
});

const RU_EMBEDS = readdirSync(join(DIST, 'ru', 'embed'));

test('there is a Russian embed for every English one', () => {
  expect(RU_EMBEDS).toEqual(readdirSync(join(DIST, 'embed')));
});

for (const id of RU_EMBEDS) {
  test(`ru/embed/${id}/: Russian, no English outside marked names, credit back to the Russian edition`, async ({ page }) => {
    expect(latinLeaks(readFileSync(join(DIST, 'ru', 'embed', id, 'index.html'), 'utf8'), publisherNamesIn(DIST))).toEqual([]);
    await page.goto(`${base}ru/embed/${id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${base}ru/`));
    await expect(page.locator('.embed__credit a').first()).toHaveText('Диаспора на бумаге');
  });
}
