// Charts on the built site with JavaScript off: every figure is there, named, described, tabulated,
// and every download it offers resolves to the rows the chart draws. The chart registry is read
// through its JSON downloads (Playwright cannot import the dataset's JSON modules), and each
// download is checked against the others and against the page's own table.
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, sitemapPaths } from './site';
import { t } from '../../src/i18n/index';
import { publisherLabel } from '../../src/i18n/publishers.ru';

test.use({ javaScriptEnabled: false });

interface ChartJson {
  id: string;
  title: string;
  takeaway: string;
  description: string;
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
  sources: { id: string; publisher: string; partisan?: boolean }[];
}

/** Pages whose built HTML has a chart figure (the rest have nothing for these tests to look at). */
const figurePages = sitemapPaths().filter((p) => builtHtml(p).includes('class="chart-figure'));
/** Chart ids from the built downloads, so a chart missing from the gallery is noticed. */
const builtIds = readdirSync(join(process.cwd(), process.env.OUT_DIR ?? 'dist', 'charts'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

async function figureIds(page: Page): Promise<string[]> {
  return page.locator('figure.chart-figure').evaluateAll((els) => els.map((e) => e.id.replace(/^chart-/, '')));
}

/** A chart's JSON download in an edition: `/charts/<id>.json`, or the Russian figure's `/ru/charts/<id>.json`. */
async function chartJson(request: APIRequestContext, id: string, locale: 'en' | 'ru' = 'en'): Promise<ChartJson> {
  const url = `${locale === 'ru' ? '/ru' : ''}/charts/${id}.json`;
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as ChartJson;
}

const asText = (row: ChartJson['rows'][number], keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, row[k] === null ? '' : String(row[k])]));

test('the gallery shows every chart that has downloads, and there are seven or more', async ({ page }) => {
  await page.goto('/charts/');
  expect((await figureIds(page)).sort()).toEqual([...builtIds].sort());
  expect(builtIds.length).toBeGreaterThanOrEqual(7);
});

test('figures are in use on chapters of both editions and the galleries, so the tests below actually run', () => {
  expect(figurePages.filter((p) => p.includes('/chapters/')).length).toBeGreaterThan(2);
  expect(figurePages).toEqual(expect.arrayContaining(['/charts/', '/ru/charts/']));
});

for (const path of figurePages) {
  test(`${path} at 1280 and 360 px: every figure is visible, named, described and tabulated`, async ({ page, request }) => {
    // A Russian page shows the Russian figure, its words from the Russian dictionary.
    const locale = path.startsWith('/ru/') ? 'ru' : 'en';
    const say = t(locale);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      for (const id of await figureIds(page)) {
        const chart = await chartJson(request, id, locale);
        const figure = page.locator(`#chart-${id}`);
        await expect(figure).toBeVisible();
        await expect(figure.locator('figcaption')).toContainText(chart.title);
        await expect(figure.locator('figcaption')).toContainText(chart.takeaway);
        // Exactly one drawing is exposed: the phone drawing below 52rem, the wide one above.
        const img = figure.getByRole('img');
        await expect(img).toHaveCount(1);
        await expect(img).toBeVisible();
        await expect(img).toHaveClass(new RegExp(`chart--${width < 832 ? 'narrow' : 'wide'}`));
        await expect(img).toHaveAccessibleName(chart.title);
        await expect(img).toHaveAccessibleDescription(chart.description);
        const box = await img.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        // The table alternative: a real table with a caption, in <details>, one body row per row drawn.
        const table = figure.locator('details table');
        await expect(table.locator('caption')).toHaveCount(1);
        await expect(table.locator('tbody tr')).toHaveCount(chart.rows.length);
        const firstCells = await table.locator('tbody tr > :first-child').allTextContents();
        // (A Russian table names the rows in Russian: the downloads keep the language-neutral labels.)
        if (locale === 'en') expect(firstCells.map((t) => t.trim())).toEqual(chart.rows.map((r) => String(r[chart.columns[0]!.key] ?? '')));
        // The source line names each publisher and links to its entry on the Sources page;
        // the provenance panel links every document itself.
        await expect(figure.locator('.chart-figure__sources a').first()).toHaveAttribute('href', /\/sources\/#source-[a-z0-9-]+$/);
        const publishers = [...new Set(chart.sources.map((s) => publisherLabel(s.publisher, locale)))];
        await expect(figure.locator('.chart-figure__sources a')).toHaveText(publishers);
        // Partisan outlets are flagged each time, and what that means is said once.
        const partisan = publishers.filter((p) => chart.sources.find((s) => s.publisher === p)!.partisan);
        const line = (await figure.locator('.chart-figure__sources').textContent())!;
        expect(line.split(`(${say('preview.partisan')})`).length - 1, id).toBe(partisan.length);
        expect(line.split(say('figure.partisanNote')).length - 1, id).toBe(partisan.length > 0 ? 1 : 0);
        // Row-by-row provenance lives with the chart in the gallery; a chapter figure links there.
        if (path.endsWith('/charts/'))
          await expect(figure.locator('.provenance a[rel="external"]').first()).toHaveAttribute('href', /^https?:\/\//);
        else {
          // The link sits in the "Data & downloads" disclosure under the chart.
          await figure.locator('.chart-figure__data > summary').click();
          await expect(figure.getByRole('link', { name: say('figure.provenance') })).toHaveAttribute(
            'href',
            new RegExp(`/charts/#chart-${id}$`),
          );
        }
      }
      // Nothing sticks out sideways: the page does not scroll horizontally.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
}

for (const id of builtIds) {
  test(`${id}: downloads resolve — CSV equals the JSON rows, SVG and PNG open`, async ({ page, request }) => {
    await page.goto('/charts/');
    const links = page.locator(`#chart-${id} .chart-figure__links a`);
    await expect(links).toHaveText(['CSV', 'JSON', 'SVG', 'PNG', 'Permalink']);
    const [csvUrl, jsonUrl, svgUrl, pngUrl, permalink] = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(permalink).toBe(`#chart-${id}`);

    const json = await request.get(jsonUrl!);
    expect(json.status()).toBe(200);
    const chart = (await json.json()) as ChartJson;
    const keys = chart.columns.map((c) => c.key);
    expect(chart.rows.length).toBeGreaterThan(0);
    for (const row of chart.rows) expect(Object.keys(row)).toEqual(keys);

    const csv = await request.get(csvUrl!);
    expect(csv.status()).toBe(200);
    const parsed = csvParse((await csv.text()).trim());
    expect(parsed.columns).toEqual(keys);
    expect(parsed.map((r) => ({ ...r }))).toEqual(chart.rows.map((r) => asText(r, keys)));

    const svg = await request.get(svgUrl!);
    expect(svg.status()).toBe(200);
    expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    // The browser's XML parser is strict: a malformed file opens as a parser error, not an <svg>.
    await page.goto(svgUrl!);
    expect(await page.evaluate(() => document.documentElement.namespaceURI)).toBe('http://www.w3.org/2000/svg');
    await expect(page.locator('parsererror')).toHaveCount(0);

    const png = await request.get(pngUrl!);
    expect(png.status()).toBe(200);
    const bytes = await png.body();
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(20_000);
  });
}

test('the citation works without JavaScript: <details> opens on plain text and BibTeX', async ({ page }) => {
  await page.goto('/charts/');
  const cite = page.locator('#chart-russia .chart-figure__cite');
  await cite.locator('summary').click();
  await expect(cite.locator('pre').first()).toContainText('A Diaspora on Paper');
  await expect(cite.locator('pre').nth(1)).toContainText('@misc{');
});
