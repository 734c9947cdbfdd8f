// Previews of numbers and footnotes (issue 14): open in place on hover, keyboard focus and tap;
// close on Esc and when the reader moves away; still plain links without JavaScript; axe finds
// nothing with a preview open, light or dark.
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './quality/gates';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CHAPTER = '/chapters/historical-homeland/';
const sources = JSON.parse(readFileSync(join(process.cwd(), 'data', 'sources.json'), 'utf8')) as {
  id: string;
  publisher: string;
  url: string;
}[];

const firstNum = (page: Page) => page.locator('a.num').first();
const openPreview = (page: Page) => page.locator('.preview:popover-open');

test('nothing is open on load, and hovering a number opens its preview with the source', async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(openPreview(page)).toHaveCount(0);
  const num = firstNum(page);
  const publisher = await num.getAttribute('data-source');
  const record = await num.getAttribute('data-record');
  expect(record).toBeTruthy();
  await num.hover();
  const preview = openPreview(page);
  await expect(preview).toBeVisible();
  await expect(preview).toContainText(`Source: ${publisher}`);
  await expect(preview).toContainText('Verification:');
  await expect(preview.getByRole('link', { name: 'Sources page' })).toHaveAttribute('href', /\/sources\/#source-/);
  // It opens next to the number, not in the middle of the screen.
  const [n, p] = [await num.boundingBox(), await preview.boundingBox()];
  expect(Math.abs(p!.y - (n!.y + n!.height))).toBeLessThan(12);
  // The pointer can move onto the preview without closing it, then away, which closes it.
  await preview.hover();
  await expect(preview).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(openPreview(page)).toHaveCount(0);
});

test('passing the pointer over a number without stopping opens nothing', async ({ page }) => {
  await page.goto(CHAPTER);
  const box = (await firstNum(page).boundingBox())!;
  await page.mouse.move(box.x - 40, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 20 });
  await page.waitForTimeout(400);
  await expect(openPreview(page)).toHaveCount(0);
});

test('a figure cited twice on a page has one preview, shared by every citation', async ({ page }) => {
  await page.goto(CHAPTER);
  const refs = await page.locator('a.num').evaluateAll((as) => as.map((a) => a.getAttribute('aria-describedby')));
  const ids = await page.locator('.preview').evaluateAll((ps) => ps.map((p) => p.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect([...new Set(refs)].sort()).toEqual([...ids].sort());
});

test('keyboard: Tab onto a number opens it, Down arrow reaches its links, Esc closes and returns', async ({ page }) => {
  await page.goto(CHAPTER);
  const num = firstNum(page);
  await num.focus(); // as Tab would; the gate in quality/ walks real Tab presses
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(num).toBeFocused();
  const preview = openPreview(page);
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('data-via', 'key');
  await page.keyboard.press('ArrowDown');
  await expect(preview.locator('a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(openPreview(page)).toHaveCount(0);
  await expect(num).toBeFocused();
  // Tab moves on past the preview (its links are not in the Tab order) and it closes.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(num).not.toBeFocused();
  const focusedInPreview = await page.evaluate(() => !!document.activeElement?.closest('.preview'));
  expect(focusedInPreview).toBe(false);
});

test('the number is announced with its preview as its description', async ({ page }) => {
  await page.goto(CHAPTER);
  const num = firstNum(page);
  const id = await num.getAttribute('aria-describedby');
  const text = await page.locator(`#${id}`).textContent();
  await expect(num).toHaveAccessibleDescription(text!.trim().replace(/\s+/g, ' '));
});

test('footnote references preview their note, and a click still jumps to it', async ({ page }) => {
  await page.goto(CHAPTER);
  const ref = page.locator('a[data-footnote-ref]').first();
  const note = page.locator(decodeURIComponent((await ref.getAttribute('href'))!));
  const noteText = (await note.innerText()).replace('↩', '').trim().slice(0, 40);
  await ref.hover();
  const preview = openPreview(page);
  await expect(preview).toBeVisible();
  await expect(preview).toContainText(noteText);
  await ref.click();
  await expect(page).toHaveURL(/#user-content-fn-/);
});

test.describe('on a 360 px touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap previews without leaving, a tap elsewhere closes, the preview fits the screen', async ({ page }) => {
    await page.goto(CHAPTER);
    const num = firstNum(page);
    await num.scrollIntoViewIfNeeded();
    await num.tap();
    const preview = openPreview(page);
    await expect(preview).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(CHAPTER);
    const box = (await preview.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.locator('h1').tap();
    await expect(openPreview(page)).toHaveCount(0);
  });

  test('a footnote reference tapped once previews its note', async ({ page }) => {
    await page.goto(CHAPTER);
    const ref = page.locator('a[data-footnote-ref]').first();
    await ref.scrollIntoViewIfNeeded();
    await ref.tap();
    await expect(openPreview(page)).toBeVisible();
    expect(page.url()).not.toContain('#user-content-fn-');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with a preview open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(CHAPTER);
    await firstNum(page).focus();
    await expect(openPreview(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('numbers link to their source, no preview box shows, footnotes jump', async ({ page }) => {
    await page.goto(CHAPTER);
    const num = firstNum(page);
    const publisher = await num.getAttribute('data-source');
    const urls = sources.filter((s) => s.publisher === publisher).map((s) => s.url);
    expect(urls).toContain(await num.getAttribute('href'));
    await num.hover();
    await expect(page.locator('.preview').first()).toBeHidden();
    expect(await page.locator('.preview').evaluateAll((ps) => ps.filter((p) => p.getBoundingClientRect().height > 0).length)).toBe(0);
    await page.locator('a[data-footnote-ref]').first().click();
    await expect(page).toHaveURL(/#user-content-fn-/);
  });
});
