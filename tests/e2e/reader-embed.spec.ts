// Embeddable charts (issue 14): the "Embed" snippet under a chart, pasted into a page on another
// origin (a second local server), frames the chart, which renders and fits its height through the
// resize script; the embed follows ?theme= and carries no site navigation.
import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, COLOUR_RULES } from './quality/gates';

/** Every embed page built, in both editions (they are left out of the sitemap, so the quality gates skip them). */
const EMBEDS = ['embed', 'ru/embed'].flatMap((dir) =>
  readdirSync(join(process.cwd(), process.env.OUT_DIR ?? 'dist', dir)).map((id) => `/${dir}/${id}/`),
);

const CHAPTER = '/chapters/historical-homeland/';
let host: Server;
let hostPage = '';
let hostOrigin = '';

/** The two snippets of a chart's Embed disclosure, as a reader would copy them. */
async function snippets(page: Page) {
  await page.goto(CHAPTER);
  const embed = page.locator('details.chart-figure__embed').first();
  await embed.locator('summary').click();
  const [iframe, script] = await embed.locator('pre').allTextContents();
  return { iframe: iframe!, script: script! };
}

test.beforeAll(async ({ browser, baseURL }) => {
  const page = await browser.newPage();
  const { iframe, script } = await snippets(page);
  await page.close();
  // The snippet names the published origin (SITE_URL); point it at the server under test.
  const src = new URL(iframe.match(/src="([^"]+)"/)![1]!);
  const framed = iframe.replace(src.origin, new URL(baseURL!).origin);
  hostPage = `<!doctype html><html lang="en"><title>Someone else's article</title><p>Their text.</p>${framed}<p>After.</p>${script}</html>`;
  host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage));
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((ok) => host.close(() => ok())));

test('the Embed disclosure gives an iframe with title, width 100%, a height and lazy loading', async ({ page }) => {
  const { iframe, script } = await snippets(page);
  expect(iframe).toMatch(/^<iframe src="[^"]+\/embed\/[a-z-]+\/" title="[^"]+" width="100%" height="\d+" loading="lazy"/);
  expect(script.startsWith(`<script>addEventListener("message"`)).toBe(true);
});

test('framed from another origin, the chart renders and the host fits the frame to it', async ({ page }) => {
  await page.goto(hostOrigin);
  const frameEl = page.locator('iframe[data-diaspora-embed]');
  await frameEl.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe[data-diaspora-embed]');
  await expect(frame.locator('.chart-figure__title')).toBeVisible();
  // One drawing shows (an explorable chart is a group of focusable marks rather than one image).
  await expect(frame.locator('svg.chart:visible')).toHaveCount(1);
  await expect(frame.locator('nav')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: /Data, sources and the story/ })).toHaveAttribute('href', /\/chapters\/[a-z-]+\/#chart-/);
  // The host's script set the iframe's height to the embed's own height.
  const declared = Number(await frameEl.getAttribute('height'));
  await expect.poll(async () => frameEl.evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
  const content = await frame.locator('.embed').evaluate((e: HTMLElement) => e.offsetHeight);
  const box = (await frameEl.boundingBox())!;
  expect(Math.abs(box.height - content)).toBeLessThanOrEqual(2);
  expect(content).not.toBe(declared);
  // Narrow the host: the embed switches to its narrow drawing and reports a new height.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(frame.locator('svg.chart--narrow')).toBeVisible();
  await expect
    .poll(async () =>
      Math.abs((await frameEl.boundingBox())!.height - (await frame.locator('.embed').evaluate((e: HTMLElement) => e.offsetHeight))),
    )
    .toBeLessThanOrEqual(2);
});

test('an embed page is noindex, canonical to the chapter figure, and follows ?theme=', async ({ page }) => {
  await page.goto('/embed/fifty-million/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/chapters\/[a-z-]+\/#chart-fifty-million$/);
  const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await paper();
  await page.goto('/embed/fifty-million/?theme=light');
  expect(await paper()).not.toBe(dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/embed/fifty-million/?theme=dark');
  expect(await paper()).toBe(dark);
});

test('keyboard: the Embed disclosure opens with Enter', async ({ page }) => {
  await page.goto(CHAPTER);
  const summary = page.locator('details.chart-figure__embed summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.chart-figure__embed pre').first()).toBeVisible();
});

test.describe('on a 360 px touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the Embed disclosure opens with a tap and does not widen the page', async ({ page }) => {
    await page.goto(CHAPTER);
    const summary = page.locator('details.chart-figure__embed summary').first();
    await summary.scrollIntoViewIfNeeded();
    await summary.tap();
    await expect(page.locator('details.chart-figure__embed pre').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('there is an embed page for every chart', () => {
  expect(EMBEDS.length).toBeGreaterThanOrEqual(8);
});

for (const path of EMBEDS) {
  test(`${path}: axe finds nothing in light and dark; no error, no request elsewhere`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => new URL(r.url()).origin !== new URL(baseURL!).origin && problems.push(`foreign: ${r.url()}`));
    for (const theme of ['light', 'dark']) {
      await page.goto(`${path}?theme=${theme}`);
      // Every rule in light; the dark theme changes only colours, so the colour rules again in dark.
      expect(await axeViolations(page, theme === 'dark' ? COLOUR_RULES : undefined), theme).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}
