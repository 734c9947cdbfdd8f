// Each browser gate, run on a page broken on purpose (tests/fixtures/gates/), must report the
// problem — a gate that cannot fail is a defect. These tests pass when the gate catches it.
import { test, expect } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import {
  axeViolations,
  focusableElements,
  foreignFonts,
  scrollWidthAt,
  serveFixture,
  straightApostrophes,
  tabThrough,
  watchPage,
} from './gates';
import { measurePage, evaluateBudgets } from '../../../scripts/check-budgets.mjs';

test('axe gate fails on an image without alt', async ({ page, baseURL }) => {
  await page.goto(await serveFixture(page, new URL(baseURL!).origin, 'missing-alt.html'));
  const violations = await axeViolations(page);
  expect(violations.some((v) => v.startsWith('image-alt'))).toBe(true);
});

test('keyboard gate fails on a page without skip link and with focus outlines removed', async ({ page, baseURL }) => {
  await page.goto(await serveFixture(page, new URL(baseURL!).origin, 'no-focus.html'));
  const expected = await focusableElements(page);
  const steps = await tabThrough(page, expected.length);
  expect(steps).toHaveLength(2);
  expect(steps.filter((s) => !s.visible)).toHaveLength(2);
  await expect(page.locator('a[href="#main"]')).toHaveCount(0);
});

test('privacy gate fails on a third-party script', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Answer for the third party locally: the gate must see the attempt, the network never does.
  await page.route('https://cdn.example.net/**', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  const watch = await watchPage(page, origin);
  await page.goto(await serveFixture(page, origin, 'third-party.html'), { waitUntil: 'networkidle' });
  expect(watch.foreign).toEqual(['https://cdn.example.net/tracker.js']);
});

test('CSP gate fails on an inline script under a hash-only policy', async ({ page, baseURL }) => {
  const watch = await watchPage(page, new URL(baseURL!).origin);
  await page.goto(await serveFixture(page, new URL(baseURL!).origin, 'inline-script.html'), { waitUntil: 'networkidle' });
  await expect(page).toHaveTitle('Fixture: inline script'); // the script was blocked…
  await expect.poll(() => watch.errors.some((e) => e.startsWith('CSP: script-src'))).toBe(true); // …and reported
  expect(watch.errors.some((e) => e.includes('Content Security Policy'))).toBe(true);
});

test('budget gate fails on a page that ships more than 10 KB of JavaScript', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // 16 KB of random base64 barely compresses, so it stays over the budget after gzip.
  const heavy = `window.blob = "${randomBytes(12 * 1024).toString('base64')}";`;
  await page.route(`${origin}/__gates__/heavy.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: heavy }));
  const url = await serveFixture(page, origin, 'heavy-script.html');
  const m = await measurePage(page, url);
  expect(m.bytes.js.count).toBe(1);
  const problems = evaluateBudgets([{ path: '/__gates__/heavy-script.html', type: 'other', m }], { all: { jsGzip: 10240 } });
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/jsGzip \d+ > 10240/);
});

test('width gate fails on a page wider than a phone', async ({ page, baseURL }) => {
  await page.goto(await serveFixture(page, new URL(baseURL!).origin, 'too-wide.html'));
  expect(await scrollWidthAt(page, 360)).toBeGreaterThan(360);
  expect(await scrollWidthAt(page, 320)).toBeGreaterThan(320);
});

test('fonts gate fails on text set in a system font', async ({ page, baseURL }) => {
  await page.goto(await serveFixture(page, new URL(baseURL!).origin, 'system-font.html'));
  const problems = await foreignFonts(page);
  expect(problems.map((p) => p.slice(0, p.indexOf(' ')))).toEqual(['<h1>', '<p>']);
});

test('typography gate fails on a typewriter apostrophe in text, and only there', async ({ page, baseURL }) => {
  await page.goto(await serveFixture(page, new URL(baseURL!).origin, 'straight-apostrophe.html'));
  expect(await straightApostrophes(page)).toEqual(["The homeland's call, typed on a typewriter."]);
});
