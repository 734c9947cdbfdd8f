import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateBudgets, pageEdition, pageType, BUDGETS_FILE } from '../../../scripts/check-budgets.mjs';

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

  it('holds the issue caps: 10 KB JS everywhere; chapters 66 KB in 6 requests, cover 50 KB, data hub 70 KB', () => {
    expect(budgets.all.jsGzip).toBeLessThanOrEqual(10 * 1024);
    expect(budgets.chapter.firstLoadGzip).toBeLessThanOrEqual(66 * 1024);
    expect(budgets.chapter.requests).toBeLessThanOrEqual(6);
    expect(budgets.cover.firstLoadGzip).toBeLessThanOrEqual(50 * 1024);
    expect(budgets['data-hub'].firstLoadGzip).toBeLessThanOrEqual(70 * 1024);
    // No page-specific exception: every scope is `all`, a page type, the font-file cap, or the
    // Russian edition's twin of one of them.
    expect(
      Object.keys(budgets)
        .filter((k) => !k.startsWith('$'))
        .sort(),
    ).toEqual(['all', 'chapter', 'cover', 'data-hub', 'fontFile', 'ru-chapter', 'ru-cover', 'ru-data-hub', 'ru-fontFile']);
  });

  it('holds the Russian edition to caps no looser than the English ones plus the measured Cyrillic cost', () => {
    // 56.5 KB of Latin+Cyrillic faces against 34 KB of Latin ones, and ~20% more HTML (budgets.json `$ru`).
    expect(budgets['ru-chapter'].firstLoadGzip).toBeLessThanOrEqual(100 * 1024);
    expect(budgets['ru-chapter'].requests).toBeLessThanOrEqual(budgets.chapter.requests);
    expect(budgets['ru-cover'].firstLoadGzip).toBeLessThanOrEqual(72 * 1024);
    expect(budgets['ru-data-hub'].firstLoadGzip).toBeLessThanOrEqual(96 * 1024);
    expect(budgets['ru-fontFile'].bytes).toBeLessThanOrEqual(24 * 1024);
  });

  it('holds a Russian page to its edition’s cap, and an English page to the English cap', () => {
    const between = budgets.chapter.firstLoadGzip + 1000;
    expect(between).toBeLessThan(budgets['ru-chapter'].firstLoadGzip);
    const pages = [
      { path: '/ru/chapters/x/', type: 'chapter', edition: pageEdition('/ru/chapters/x/'), m: measurement(0, between) },
      { path: '/chapters/x/', type: 'chapter', edition: pageEdition('/chapters/x/'), m: measurement(0, between) },
      { path: '/ru/chapters/y/', type: 'chapter', edition: 'ru', m: measurement(0, budgets['ru-chapter'].firstLoadGzip + 1) },
    ];
    const problems = evaluateBudgets(pages, budgets);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^\/chapters\/x\/: firstLoadGzip \d+ > 67584 \(budget "chapter"\)/);
    expect(problems[1]).toMatch(/^\/ru\/chapters\/y\/: firstLoadGzip \d+ > 102400 \(budget "ru-chapter"\)/);
    // Where the Russian edition has no cap of its own, its pages take their English twin's.
    const { 'ru-data-hub': _ownCap, ...withoutRussianHub } = budgets;
    expect(
      evaluateBudgets([{ path: '/ru/data/', type: 'data-hub', edition: 'ru', m: measurement(0, 80_000) }], withoutRussianHub)[0],
    ).toMatch(/budget "data-hub"/);
  });

  it('tells the editions apart, under a base path too', () => {
    expect(pageEdition('/ru/chapters/x/')).toBe('ru');
    expect(pageEdition('/ru/')).toBe('ru');
    expect(pageEdition('/rules/')).toBe('en');
    expect(pageEdition('/diaspora/ru/', '/diaspora/')).toBe('ru');
    expect(pageEdition('/diaspora/chapters/x/', '/diaspora/')).toBe('en');
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
    expect(() => evaluateBudgets([{ path: '/', type: 'cover', m: measurement(0, 1) }], { all: { cssKB: 1 } })).toThrow(
      /unknown metric "cssKB"/,
    );
  });

  it.each([
    ['/', 'cover'],
    ['/chapters/introduction/', 'chapter'],
    ['/data/', 'data-hub'],
    ['/404.html', '404'],
    ['/sources/', 'other'],
    ['/ru/', 'cover'],
    ['/ru/chapters/introduction/', 'chapter'],
    ['/ru/404.html', '404'],
    ['/ru/og/x.png', 'other'],
    ['/rules/', 'other'],
  ])('classifies %s as %s', (path, type) => expect(pageType(path)).toBe(type));

  it('classifies under a base path', () => expect(pageType('/diaspora/chapters/x/', '/diaspora/')).toBe('chapter'));
  it('classifies Russian pages under a base path', () => {
    expect(pageType('/diaspora/ru/chapters/x/', '/diaspora/')).toBe('chapter');
    expect(pageType('/diaspora/ru/', '/diaspora/')).toBe('cover');
  });
});
