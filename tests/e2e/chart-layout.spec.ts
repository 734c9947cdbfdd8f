// Chart layout as a reader sees it (issue 20): in the chart gallery, which draws every chart, no two
// pieces of chart text overlap, no drawn line (a trend, a range, an arrow, a leader) runs through a
// label, no label sits on a point mark, and on a phone no chart text is smaller than 11 px — at the
// desktop (1280 px) and phone (375 px) widths, each with the drawing CSS shows there. Everything is
// measured in the browser, from the rendered boxes, so the test knows nothing about how a chart
// places its labels.
import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Chart ids from the built downloads: every chart the site publishes is checked. */
const chartIds = readdirSync(join(process.cwd(), process.env.OUT_DIR ?? 'dist', 'charts'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

/** Smallest chart text a phone reader may be asked to read, px on screen. */
const MIN_PHONE_TEXT = 11;

interface Layout {
  /** Pairs of texts whose boxes overlap. */
  overlaps: string[];
  /** Texts crossed by a drawn line, or sitting on a point mark. */
  struck: string[];
  /** Texts smaller than the minimum, with their size on screen. */
  tiny: string[];
}

/** Measures the visible drawing of one chart in the page. */
async function measure(page: Page, id: string, minSize: number): Promise<Layout> {
  return page.locator(`#chart-${id} svg.chart`).evaluateAll(
    (svgs, { minSize }) => {
      const svg = svgs.find((s) => s.getBoundingClientRect().width > 0) as SVGSVGElement | undefined;
      if (!svg) return { overlaps: ['no visible drawing'], struck: [], tiny: [] };
      // Glyph boxes include the font's line gap: shrink them a little, so only ink meeting ink counts.
      const INSET = 1.5;
      type Box = { name: string; l: number; r: number; t: number; b: number };
      const texts: (Box & { el: SVGTextElement })[] = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() && t.getClientRects().length)
        .map((el) => {
          const b = el.getBoundingClientRect();
          return { el, name: el.textContent!.trim(), l: b.left + INSET, r: b.right - INSET, t: b.top + INSET, b: b.bottom - INSET };
        })
        .filter((b) => b.r > b.l && b.b > b.t);
      const meets = (a: Box, b: Box) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
      const inside = (x: number, y: number, b: Box) => x > b.l && x < b.r && y > b.t && y < b.b;

      const overlaps: string[] = [];
      texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => meets(a, b) && overlaps.push(`“${a.name}” × “${b.name}”`)));

      // Lines that carry data (class l-*: trends, ranges, arrows, stems, leaders), sampled along their length.
      const struck = new Set<string>();
      for (const line of svg.querySelectorAll<SVGGeometryElement>('[class*="l-"] path, [class*="l-"] line')) {
        const ctm = line.getScreenCTM();
        if (!ctm || !line.getClientRects().length) continue;
        const length = line.getTotalLength();
        for (let at = 0; at <= length; at += 2) {
          const p = line.getPointAtLength(at).matrixTransform(ctm);
          for (const t of texts) if (inside(p.x, p.y, t)) struck.add(`“${t.name}” crossed by a line`);
        }
      }
      // Point marks (dots, rings, small symbols); large areas such as bars and map symbols are left out.
      for (const mark of svg.querySelectorAll('[class*="k-"] circle, [class*="k-"] rect, [class*="k-"] path')) {
        const b = mark.getBoundingClientRect();
        if (!b.width || b.width > 30 || b.height > 30) continue;
        const box = { name: '', l: b.left + 1, r: b.right - 1, t: b.top + 1, b: b.bottom - 1 };
        for (const t of texts) if (meets(box, t)) struck.add(`“${t.name}” on a mark`);
      }

      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const tiny = texts
        .map((t) => ({ name: t.name, px: parseFloat(getComputedStyle(t.el).fontSize) * scale }))
        .filter((t) => t.px < minSize - 0.05)
        .map((t) => `“${t.name}” at ${t.px.toFixed(1)} px`);
      return { overlaps, struck: [...struck], tiny };
    },
    { minSize },
  );
}

// Both editions' galleries: Russian words are longer, and the Russian drawings carry their own labels.
// One visit per gallery and width; each chart is reported on its own (soft assertions).
for (const [gallery, width, minSize] of [
  ['/charts/', 1280, 0],
  ['/charts/', 375, MIN_PHONE_TEXT],
  ['/ru/charts/', 1280, 0],
  ['/ru/charts/', 375, MIN_PHONE_TEXT],
] as const) {
  test.describe(`${gallery} at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    const phone = width === 375;
    test(`every chart: no text overlaps another, a line or a mark${phone ? `, none under ${minSize} px; the takeaway under the headline is at most two lines` : ''}`, async ({
      page,
    }) => {
      await page.goto(gallery);
      await page.evaluate(() => document.fonts.ready);
      expect(chartIds.length).toBeGreaterThan(0);
      for (const id of chartIds) {
        expect.soft(await measure(page, id, minSize), id).toEqual({ overlaps: [], struck: [], tiny: [] });
        if (!phone) continue;
        const takeaway = page.locator(`#chart-${id} .chart-figure__takeaway`);
        const lines = await takeaway.evaluate((el) =>
          Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
        );
        expect.soft(lines, `${id}: ${(await takeaway.textContent()) ?? ''}`).toBeLessThanOrEqual(2);
      }
    });
  });
}
