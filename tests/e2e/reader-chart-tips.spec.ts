// Chart exploration (issue 14): the marks that stand for table rows open a tooltip with a mouse, a
// finger and the keyboard (one Tab stop per chart, arrows move, Esc closes); the tooltip says what
// the figure's own data-table row says; axe finds nothing with one open; without JavaScript the
// chart is the plain image it was.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './quality/gates';

const CHAPTER = '/chapters/bureaucrats/';
const FIGURE = '#chart-organisation-count';

const tip = (page: Page) => page.locator('[role="tooltip"].chart-tip');
/** The drawing CSS shows at this width (wide or narrow), and its row marks. */
const visibleMarks = (page: Page, figure = FIGURE) => page.locator(`${figure} svg.chart:visible [data-row]`);

/** What the figure's table says about row `i`: the row header and each "column: cell" pair. */
async function tableRow(page: Page, i: number, figure = FIGURE): Promise<string[]> {
  return page.locator(figure).evaluate((fig, i) => {
    const heads = [...fig.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const cells = [...fig.querySelectorAll('tbody tr')[i]!.children].map((c) => c.textContent!.trim());
    return cells.flatMap((text, j) => (!text ? [] : [j ? `${heads[j]}: ${text}` : text]));
  }, i);
}

async function expectTipShowsRow(page: Page, mark: Locator, figure = FIGURE, minLines = 4) {
  const i = Number(await mark.getAttribute('data-row'));
  await expect(tip(page)).toBeVisible();
  const lines = await tip(page).locator('> *').allTextContents();
  expect(lines).toEqual(await tableRow(page, i, figure));
  // Label, value, qualifier and source are all there (fewer for a chart whose rows have no figure).
  expect(lines.length).toBeGreaterThanOrEqual(minLines);
}

test('hovering a mark shows its row, moving away hides it', async ({ page }) => {
  await page.goto(CHAPTER);
  // A dot: the pointer rests on its centre (a dashed arrow's centre can fall in a gap).
  const mark = page.locator(`${FIGURE} svg.chart:visible circle[data-row]`).nth(1);
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await expectTipShowsRow(page, mark);
  await page.locator('h1').hover();
  await expect(tip(page)).toBeHidden();
});

test('Tab reaches a chart once, arrows move between its marks, Esc closes', async ({ page }) => {
  await page.goto(CHAPTER);
  // Start from the last link before the figure, then Tab as a reader would.
  await page.locator(FIGURE).evaluate((fig) => {
    const before = [...document.querySelectorAll<HTMLElement>('a[href], summary, button')].filter(
      (el) => el.compareDocumentPosition(fig) & Node.DOCUMENT_POSITION_FOLLOWING && !el.closest('[popover]'),
    );
    before.at(-1)!.focus();
  });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  const focused = page.locator(`${FIGURE} [data-row]:focus`);
  await expect(focused).toHaveAttribute('data-row', '0');
  await expectTipShowsRow(page, focused);
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAttribute('data-row', '1');
  await expectTipShowsRow(page, focused);
  await page.keyboard.press('ArrowLeft');
  await expect(focused).toHaveAttribute('data-row', '0');
  await page.keyboard.press('End');
  const rows = await page.locator(`${FIGURE} tbody tr`).count();
  await expect(focused).toHaveAttribute('data-row', String(rows - 1));
  await expectTipShowsRow(page, focused);
  await page.keyboard.press('Escape');
  await expect(tip(page)).toBeHidden();
  await expect(focused).toHaveCount(1);
  // One Tab stop per chart: the next Tab leaves the chart.
  await page.keyboard.press('Tab');
  await expect(page.locator(`${FIGURE} [data-row]:focus`)).toHaveCount(0);
  await expect(tip(page)).toBeHidden();
});

test('the embed page explores its chart the same way', async ({ page }) => {
  await page.goto('/embed/organisation-count/');
  await page.keyboard.press('Tab');
  const focused = page.locator('svg.chart [data-row]:focus');
  await expect(focused).toHaveAttribute('data-row', '0');
  await page.keyboard.press('ArrowDown');
  await expectTipShowsRow(page, focused, '.embed__figure');
});

test.describe('on a 360 px touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('tapping a mark of the narrow drawing shows its row within the screen; a tap elsewhere hides it', async ({ page }) => {
    await page.goto(CHAPTER);
    await expect(page.locator(`${FIGURE} svg.chart--narrow`)).toBeVisible();
    await expect(page.locator(`${FIGURE} svg.chart--wide`)).toBeHidden();
    // A dot, not a dashed arrow: a tap at the centre of a dashed line can land in a gap.
    const mark = page.locator(`${FIGURE} svg.chart:visible circle[data-row]`).nth(1);
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expectTipShowsRow(page, mark);
    const box = (await tip(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.locator('h1').tap();
    await expect(tip(page)).toBeHidden();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with a chart tooltip open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(CHAPTER);
    await page.locator(`${FIGURE} svg.chart:visible [data-row][tabindex="0"]`).focus();
    await expect(tip(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chart is one image: no focusable marks, no tooltip', async ({ page }) => {
    await page.goto(CHAPTER);
    await expect(page.locator(`${FIGURE} svg.chart`).first()).toHaveAttribute('role', 'img');
    await expect(page.locator(`${FIGURE} [tabindex]`)).toHaveCount(0);
    await expect(page.locator('[role="tooltip"]')).toHaveCount(0);
  });
});

// The hand-built charts (issue 14): the timeline's glyphs and the pyramid's boxes are explorable too.
for (const { chapter, figure } of [
  { chapter: '/chapters/after-the-congress/', figure: '#chart-timeline' },
  { chapter: '/chapters/bureaucrats/', figure: '#chart-pyramid' },
]) {
  test(`${figure}: every table row has one mark; hover and the keyboard show the row`, async ({ page }) => {
    await page.goto(chapter);
    const rows = await page.locator(`${figure} tbody tr`).count();
    const marks = visibleMarks(page, figure);
    const tagged = await marks.evaluateAll((ms) => [...new Set(ms.map((m) => m.getAttribute('data-row')))].length);
    expect(tagged).toBe(rows);
    // Hover a mark whose row fills at least four cells (label, value, qualifier, source).
    const last = marks.nth((await marks.count()) - 1);
    await last.scrollIntoViewIfNeeded();
    await last.hover();
    // An event or a level has no figure: its tip has what its table row has (at least a name and a second cell).
    await expectTipShowsRow(page, last, figure, 2);
    // Keyboard: the chart's first mark takes focus, End goes to the last row. The mouse leaves the
    // chart first: focus scrolls the page, and a mark that slides under a resting pointer is hovered.
    await page.mouse.move(0, 0);
    await page.locator(`${figure} svg.chart:visible [data-row][tabindex="0"]`).focus();
    const focused = page.locator(`${figure} [data-row]:focus`);
    await expect(focused).toHaveAttribute('data-row', '0');
    await page.keyboard.press('End');
    await expect(focused).toHaveAttribute('data-row', String(rows - 1));
    await expectTipShowsRow(page, focused, figure, 2);
  });
}

test.describe('timeline on a 360 px touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('tapping a glyph of the phone drawing shows its event within the screen', async ({ page }) => {
    await page.goto('/chapters/after-the-congress/');
    const marks = visibleMarks(page, '#chart-timeline');
    const mark = marks.nth((await marks.count()) - 1);
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expectTipShowsRow(page, mark, '#chart-timeline', 2);
    const box = (await tip(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  });
});

// Every chart whose marks stand for rows is explorable, however it is drawn: Plot marks (the stacked
// bars of the 50-million arithmetic), hand-built circles (the map) and panels stacked in one drawing.
const EXPLORABLE = [
  { chapter: '/chapters/introduction/', figure: '#chart-claim-vs-count' },
  { chapter: '/chapters/historical-homeland/', figure: '#chart-claimed-vs-counted' },
  { chapter: '/chapters/historical-homeland/', figure: '#chart-fifty-million' },
  { chapter: '/chapters/measure-of-a-diaspora/', figure: '#chart-world-map' },
];

for (const { chapter, figure } of EXPLORABLE) {
  test(`${figure.slice(7)}: every table row has a mark, and hovering one shows its row`, async ({ page }) => {
    await page.goto(chapter);
    const rows = await page.locator(`${figure} tbody tr`).count();
    const marked = await visibleMarks(page, figure).evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-row'))).size);
    // The phone map lists the Americas at its edge; the desktop map draws every row.
    expect(marked).toBe(rows);
    const mark = visibleMarks(page, figure).last();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover({ force: true });
    await expectTipShowsRow(page, mark, figure);
  });

  test(`${figure.slice(7)}: the keyboard reaches the chart and moves through its rows`, async ({ page }) => {
    await page.goto(chapter);
    await page.locator(`${figure} svg.chart:visible [data-row][tabindex="0"]`).focus();
    const focused = page.locator(`${figure} [data-row]:focus`);
    await expect(focused).toHaveAttribute('data-row', '0');
    await expectTipShowsRow(page, focused, figure);
    await page.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('data-row', '1');
    await expectTipShowsRow(page, focused, figure);
  });
}
