// Budgets gate, inside the one browser run: what a reader downloads on first load, per page (the
// sitemap's pages and the 404 page), within scripts/budgets.json. The measuring and the comparison
// are scripts/check-budgets.mjs's own (`npm run bench` uses them too); its failing fixture is in
// gates-fixtures.spec.ts.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { allPages } from './gates';
import { BUDGETS_FILE, evaluateBudgets, measurePage, pageEdition, pageType } from '../../../scripts/check-budgets.mjs';

const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Record<string, Record<string, number>>;

// A phone-sized window, and a fresh context (an empty cache) per test: a first visit.
test.use({ viewport: { width: 412, height: 823 } });

for (const path of allPages()) {
  test(`budgets: ${path} stays within scripts/budgets.json on first load`, async ({ page }) => {
    const m = await measurePage(page, path);
    expect(m.requests, 'the page and its assets loaded').toBeGreaterThan(0);
    expect(evaluateBudgets([{ path, type: pageType(path, '/'), edition: pageEdition(path, '/'), m }], budgets)).toEqual([]);
  });
}
