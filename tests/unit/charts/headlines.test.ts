// Headlines (issue 20): each chart states its finding in at most 12 words, written from its rows, in
// both editions.
import { describe, expect, test } from 'vitest';
import { charts, chartsRu } from '../../../src/charts/registry';
import { figures } from '../../../src/data/load';
import { claimOverCensus, type RussiaRow } from '../../../src/charts/russia';
import type { OrganisationCountRow } from '../../../src/charts/organisation-count';
import type { CountryCountRow } from '../../../src/charts/country-count';
import type { TimelineRow } from '../../../src/charts/timeline';

const MINE = ['timeline', 'pyramid', 'organisation-count', 'country-count', 'russia'];
const byId = (list: typeof charts, id: string) => list.find((c) => c.id === id)!;
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe.each(MINE)('%s', (id) => {
  test.each([
    ['English', charts],
    ['Russian', chartsRu],
  ] as const)('%s headline: at most 12 words, no blanks', (_, list) => {
    const h = byId(list, id).headline;
    expect(h).toBeTruthy();
    expect(words(h!)).toBeLessThanOrEqual(12);
    expect(h).not.toMatch(/NaN|undefined|null|Infinity/);
  });

  test.each([
    ['English', charts],
    ['Russian', chartsRu],
  ] as const)('%s takeaway: two lines at most on a 375 px phone (about 75 characters)', (_, list) => {
    expect(byId(list, id).takeaway.length).toBeLessThanOrEqual(80);
  });
});

test('Russia: the headline and bracket make derived.ru-claim-ratio’s comparison, with its value', () => {
  const chart = byId(charts, 'russia');
  const rows = chart.drawn as unknown as RussiaRow[];
  const { census, claim, times, lowerBound, timesText } = claimOverCensus(rows);
  const derived = figures.get('derived.ru-claim-ratio')!;
  expect([claim.ref, census.ref]).toEqual(['claims.russia-2m-2017', 'estimates.ru-2010-census']);
  expect(derived.quantity).toEqual({ kind: lowerBound ? 'moreThan' : 'about', value: times });
  expect(timesText).toBe(`>${times}`);
  // More than 3.3 times the claim: the census counted under a third of it.
  expect(chart.headline).toContain(`${census.year} census counted under ${['', 'all', 'half', 'a third', 'a quarter'][Math.floor(times)]}`);
});

test('organisation count: first and last stated figures, and the years between', () => {
  const rows = byId(charts, 'organisation-count').drawn as unknown as OrganisationCountRow[];
  const stated = rows.filter((r) => r.qualifier !== 'implied');
  const h = byId(charts, 'organisation-count').headline!;
  expect(h).toContain(String(stated.at(-1)!.value));
  expect(h).toContain(String(stated[0]!.value));
  expect(h).toContain(`${Number(stated.at(-1)!.date.slice(0, 4)) - Number(stated[0]!.date.slice(0, 4))} years`);
});

test('country count: the claims’ ends and the largest delegation count', () => {
  const rows = byId(charts, 'country-count').drawn as unknown as CountryCountRow[];
  const claims = rows.filter((r) => r.measures === 'residence').map((r) => r.value!);
  const delegations = rows.filter((r) => r.measures === 'attendance').map((r) => r.value!);
  const h = byId(charts, 'country-count').headline!;
  for (const n of [Math.min(...claims), Math.max(...claims), Math.max(...delegations)]) expect(h).toContain(String(n));
});

test('timeline: the span and number of milestones, counted from the rows', () => {
  const rows = byId(charts, 'timeline').drawn as unknown as TimelineRow[];
  const h = byId(charts, 'timeline').headline!;
  const marked = rows.filter((r) => r.milestone !== null);
  expect(marked.length).toBeGreaterThan(1);
  expect(h).toContain(`${marked[0]!.date.slice(0, 4)}–${marked.at(-1)!.date.slice(0, 4)}: ${marked.length} turning points`);
});

test('Russia: the bracket says how many times the census the claim is, from the same rows', async () => {
  const { parse, texts } = await import('./svg-query');
  const chart = byId(charts, 'russia');
  const { timesText, census } = claimOverCensus(chart.drawn as unknown as RussiaRow[]);
  for (const variant of ['wide', 'narrow'] as const) {
    const { SIZES } = await import('../../../src/charts/lib/grammar');
    expect(texts(parse(chart.render(SIZES[variant])), 'bracket-label')).toEqual([`${timesText}× the ${census.year} census`]);
  }
});
