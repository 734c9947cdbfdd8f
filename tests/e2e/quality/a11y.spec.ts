// Accessibility gate: on every page of the built site, in light and dark mode, axe (WCAG 2.0,
// 2.1, 2.2 A and AA) finds nothing; a skip link leads to the main content; every interactive
// element is reached by Tab in order and shows where the focus is.
import { test, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { allPages, axeViolations, COLOUR_RULES, focusableElements, tabThrough } from './gates';

/** The page's background colour, to know that a colour scheme took effect. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

const pages = allPages();
/**
 * Tab order and focus rings come from the page templates, which both editions share: the keyboard
 * walk covers every English page and, of the Russian edition, its cover and one chapter (its own
 * words in the skip link and the menus). Axe, which reads the words, runs on every page of both.
 */
const russian = (p: string) => /\/ru\//.test(p);
const keyboardPages = [
  ...pages.filter((p) => !russian(p)),
  ...pages.filter((p) => russian(p) && /\/ru\/$/.test(p)),
  ...pages.filter((p) => russian(p) && /\/chapters\//.test(p)).slice(0, 1),
];

for (const path of pages) {
  // One load per page: every rule in light mode, then the colour rules again in dark mode (the dark
  // palette only changes colours; tests/e2e/quality/gates.ts › COLOUR_RULES).
  test(`axe: ${path} has no WCAG A/AA violations in light mode, nor colour violations in dark mode`, async ({ page }) => {
    test.slow(); // two axe runs on the longest pages
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    expect(await axeViolations(page), 'light mode').toEqual([]);
    const light = await background(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(page), 'the dark palette applies').not.toBe(light);
    expect(await axeViolations(page, COLOUR_RULES), 'dark mode').toEqual([]);
  });
}

for (const path of keyboardPages) {
  test(`keyboard: ${path} — skip link first, every control reachable with a visible focus`, async ({ page }) => {
    test.slow(); // one Tab per control: hundreds on /sources/ and /ledger/
    await page.goto(path);
    const expected = await focusableElements(page);
    const steps = await tabThrough(page, expected.length);

    // The first Tab lands on the skip link, which is then on screen; Enter moves focus to <main>.
    const skip = page.locator('a.skip-link, a[href="#main"]').first();
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();

    expect(
      steps.map((s) => s.describe),
      'every focusable element, in DOM order',
    ).toEqual(expected);
    expect(
      steps.filter((s) => !s.visible).map((s) => s.describe),
      'elements without a visible focus indicator',
    ).toEqual([]);
  });
}
