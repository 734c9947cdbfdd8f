// The cover shows the finding (issue 14): the claim beside the counts, drawn at build time from
// the records, a takeaway written from them, a link into the chapter that argues it, and each
// chapter's key figure in the contents.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedChapters } from './site';
import { frontmatterOf } from '../../src/lib/chapter-files.ts';

const keyFigureOf = (file: string) => frontmatterOf(readFileSync(join(process.cwd(), 'content', 'chapters', file), 'utf8'))['keyFigure'];

test('the cover opens with the claim beside the counts, longest bar for the claim', async ({ page }) => {
  await page.goto('/');
  const finding = page.locator('figure.finding');
  await expect(finding).toBeVisible();
  // The finding comes before the contents.
  const [f, c] = [await finding.boundingBox(), await page.locator('#contents-heading').boundingBox()];
  expect(f!.y).toBeLessThan(c!.y);
  const rows = finding.locator('.finding__row');
  await expect(rows).toHaveCount(3);
  await expect(rows.first().locator('a.num')).toHaveAttribute('data-record', 'claims.abroad-10m');
  await expect(rows.first().locator('a.num')).toHaveAttribute('data-kind', 'moreThan');
  const claimText = (await rows.first().locator('a.num').textContent())!;
  const widths = await rows
    .locator('svg.finding__bar > *:first-child')
    .evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBBox().width));
  expect(widths[0]).toBeGreaterThan(widths[1]! * 5);
  expect(widths[0]).toBeGreaterThan(widths[2]! * 5);
  // The takeaway names the claim as the number shows it.
  await expect(finding.locator('figcaption')).toContainText(claimText.replace(/ people$/, ''));
  // The link leads into the chapter, to the chart that argues it.
  await finding.getByRole('link', { name: /How the numbers compare/ }).click();
  await expect(page.locator('#chart-claimed-vs-counted')).toBeInViewport();
});

test('every chapter in the contents shows its key figure from its frontmatter', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('.chapter-list > li');
  const chapters = publishedChapters();
  await expect(items).toHaveCount(chapters.length);
  for (const [i, ch] of chapters.entries()) {
    const ref = keyFigureOf(ch.file);
    const fig = items.nth(i).locator('.chapter-list__figure a.num');
    if (ref) await expect(fig).toHaveAttribute('data-record', ref);
    else await expect(fig).toHaveCount(0);
  }
});

test('keyboard: Tab reaches a cover figure and its preview opens', async ({ page }) => {
  await page.goto('/');
  const num = page.locator('figure.finding a.num').first();
  await num.focus();
  await expect(page.locator('.preview:popover-open')).toContainText('Azerbaijan.az');
});

test.describe('on a 360 px touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the finding fits and a tapped figure previews', async ({ page }) => {
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const num = page.locator('figure.finding a.num').nth(1);
    await num.scrollIntoViewIfNeeded();
    await num.tap();
    await expect(page.locator('.preview:popover-open')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the cover reads: takeaway, bars and figures, no empty boxes', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('figure.finding figcaption')).not.toBeEmpty();
    for (const bar of await page.locator('svg.finding__bar').all()) expect((await bar.boundingBox())!.height).toBeGreaterThan(10);
    expect(await page.locator('.preview').evaluateAll((ps) => ps.filter((p) => p.getBoundingClientRect().height > 0).length)).toBe(0);
  });
});
