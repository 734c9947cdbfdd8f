import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateBudgets, pageType, BUDGETS_FILE } from '../../../scripts/check-budgets.mjs';

const bytes = (gzip: number) => ({ raw: gzip * 3, gzip, count: 1 });
const measurement = (js: number, firstLoad: number) => ({
  url: 'x',
  requests: 4,
  bytes: { html: bytes(5000), css: bytes(4000), js: bytes(js), font: bytes(firstLoad - 9000 - js), image: bytes(0), other: bytes(0) },
  total: bytes(firstLoad),
  firstLoad: bytes(firstLoad),
});

describe('budgets gate', () => {
  const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));

  it('has a JS budget of at most 10 KB gzip on every page and a chapter first-load budget', () => {
    expect(budgets.all.jsGzip).toBeLessThanOrEqual(10 * 1024);
    // The 100 KB target plus one latin-ext font subset (18 KB) for Azerbaijani names;
    // see the $comment in scripts/budgets.json.
    expect(budgets.chapter.firstLoadGzip).toBeLessThanOrEqual(110 * 1024);
    expect(budgets.cover.firstLoadGzip).toBeLessThanOrEqual(100 * 1024);
  });

  it('fails a chapter over its first-load budget and a page over the JS budget', () => {
    const problems = evaluateBudgets(
      [
        { path: '/chapters/heavy/', type: 'chapter', m: measurement(0, budgets.chapter.firstLoadGzip + 1) },
        { path: '/scripted/', type: 'other', m: measurement(11 * 1024, 40_000) },
        { path: '/', type: 'cover', m: measurement(0, 40_000) },
      ],
      budgets,
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^\/chapters\/heavy\/: firstLoadGzip/);
    expect(problems[1]).toMatch(/^\/scripted\/: jsGzip 11264 > 10240/);
  });

  it('rejects a budget on a metric it does not know', () => {
    expect(() => evaluateBudgets([{ path: '/', type: 'cover', m: measurement(0, 1) }], { all: { cssKB: 1 } })).toThrow(/unknown metric "cssKB"/);
  });

  it.each([
    ['/', 'cover'],
    ['/chapters/introduction/', 'chapter'],
    ['/data/', 'data-hub'],
    ['/404.html', '404'],
    ['/sources/', 'other'],
  ])('classifies %s as %s', (path, type) => expect(pageType(path)).toBe(type));

  it('classifies under a base path', () => expect(pageType('/diaspora/chapters/x/', '/diaspora/')).toBe('chapter'));
});
