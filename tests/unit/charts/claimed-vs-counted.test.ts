import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { claimedVsCounted, gapOf, render, totalsOf, words, type ClaimedVsCountedRow } from '../../../src/charts/claimed-vs-counted';
import { buildChart as build } from '../../../src/charts/lib/build';
import { claimVsCount } from '../../../src/charts/claim-vs-count';
import { figureLabel } from '../../../src/charts/lib/marks';
import { SIZES } from '../../../src/charts/lib/grammar';
import { allText, arrows, parse, shapes, texts } from './svg-query';

const chart = buildChart(claimedVsCounted);
const rows = chart.drawn;

describe.each(['wide', 'narrow'] as const)('claimed-vs-counted, %s', (variant) => {
  const svg = parse(render(rows, SIZES[variant]));

  test('one mark per row: a dot per figure, a bar per range, an arrow per lower bound', () => {
    const ranges = rows.filter((r) => r.qualifier === 'range');
    const bounds = rows.filter((r) => r.qualifier === 'moreThan');
    expect(shapes(svg, 'q-range')).toHaveLength(ranges.length);
    expect(arrows(svg)).toHaveLength(bounds.length);
    const offScale = rows.filter((r) => (r.high ?? r.value ?? 0) < 1_000);
    expect(offScale.map((r) => r.place)).toEqual(['Armenia']);
    const dots = [...svg.querySelectorAll('g')].filter((g) => /\bk-/.test(g.getAttribute('class') ?? '')).flatMap((g) => [...g.children]);
    expect(dots).toHaveLength(rows.length - ranges.length - offScale.length);
    // A figure below the log axis's start is not drawn on it: an arrow points off the scale, and its label says so.
    expect([...svg.querySelectorAll('g.q-off-scale')].flatMap((g) => [...g.children])).toHaveLength(offScale.length);
    expect(allText(svg)).toContain(words.offScale(figureLabel(offScale[0]!)).split(' ')[0]!);
  });

  test('two panels: the totals (claim, two counts, Iran) on a linear axis from 0, then the countries on a log axis from 1,000', () => {
    expect([...svg.querySelectorAll('text.panel-heading')].map((t) => t.textContent)).toEqual([
      words.panels.totals,
      words.panels.countries,
    ]);
    // Still one image: panels are groups, not nested <svg> elements (each would be an image of its own).
    expect(svg.querySelectorAll('svg')).toHaveLength(0);
    const ticks = texts(svg, 'axis').filter((t) => /^[\d,]+( M)?$/.test(t));
    expect(ticks[0]).toBe('0');
    expect(ticks).toContain('1,000');
    // One format per axis: the log axis is in grouped digits throughout, never "10k" beside "1 M".
    expect(ticks.filter((t) => /k$/.test(t))).toEqual([]);
  });

  test('the gap between the claim and the UN count is bracketed and labelled from the rows', () => {
    const { times } = gapOf(rows);
    expect(times).toMatch(/^>\d+(\.\d)?$/);
    expect(svg.querySelectorAll('g.bracket > path')).toHaveLength(1);
    expect(allText(svg)).toContain(words.gap(times, variant === 'wide'));
  });

  test('the claim is drawn as a claim (k-claim) and nothing else is', () => {
    const claims = rows.filter((r) => r.kind === 'claim');
    const claimShapes = [...svg.querySelectorAll('g.k-claim')].flatMap((g) => [...g.children]);
    expect(claimShapes).toHaveLength(claims.length);
  });

  test('Iran and Turkey are ranges, drawn from low to high', () => {
    for (const place of ['Iran', 'Turkey']) {
      const row = rows.find((r) => r.place === place);
      expect(row?.qualifier).toBe('range');
      expect(row!.low!).toBeLessThan(row!.high!);
    }
    for (const line of shapes(svg, 'q-range')) {
      expect(Number(line.getAttribute('x2'))).toBeGreaterThan(Number(line.getAttribute('x1')));
    }
  });

  test('every row is labelled with its qualified figure, in the row order', () => {
    const text = allText(svg);
    for (const r of rows) expect(text).toContain(figureLabel(r));
    const names = variant === 'wide' ? texts(svg, 'axis--names') : texts(svg, 'names');
    const totals = totalsOf(rows);
    expect(names).toEqual([...totals, ...rows.filter((r) => !totals.includes(r))].map((r) => r.place));
  });
});

test('rows: the claim first, then the two totals, then countries from largest to smallest', () => {
  expect(rows[0]?.kind).toBe('claim');
  expect(rows[1]?.kind).toBe('migrantStock');
  const mid = (r: ClaimedVsCountedRow) => r.value ?? ((r.low ?? 0) + (r.high ?? 0)) / 2;
  const countries = rows.slice(3).map(mid);
  expect(countries).toEqual([...countries].sort((a, b) => b - a));
  expect(rows.map((r) => r.place)).not.toContain('Israel');
});

test('the gap is the derived claim ratio the prose cites', async () => {
  const { figures } = await import('../../../src/data/load');
  const ratio = figures.get('derived.claim-ratio')!.quantity;
  expect(ratio.kind).toBe('moreThan');
  expect(gapOf(rows).times).toBe(`>${'value' in ratio ? ratio.value : ''}`);
});

test('headline: no country outside Iran comes near the claim (a rule over the rows), in at most 12 words', () => {
  const claim = rows[0]!;
  const nearest = Math.max(
    ...rows
      .slice(3)
      .filter((r) => r.place !== 'Iran')
      .map((r) => r.high ?? r.value ?? 0),
  );
  expect(nearest).toBeLessThan(claim.value! / 2);
  // The claim is a lower bound and the headline keeps it one.
  expect(chart.headline).toMatch(/^Country by country, no count nears the claimed “more than 10\smillion”$/);
  expect(chart.headline!.split(/\s+/).length).toBeLessThanOrEqual(12);
  // Were a country to reach half the claim, the headline would name it instead.
  const near = rows.map((r) => (r.place === 'Russia' ? { ...r, value: claim.value! * 0.6 } : r));
  expect(claimedVsCounted.headline!(near, words)).toMatch(/^Russia comes nearest/);
});

test('the introduction’s chart is the totals panel alone: the same rows and drawing', () => {
  const intro = build(claimVsCount);
  expect(intro.rows).toEqual(totalsOf(rows).map((r) => chart.rows[rows.indexOf(r)]));
  const times = gapOf(rows).times.replace('>', '');
  // Both figures keep their qualifier: the claim is a lower bound, and so is the ratio built on it.
  expect(intro.headline).toBe(`Claimed abroad: more than 10\u00a0million, over ${times} times the UN’s emigrants`);
  expect(intro.headline!.split(/\s+/).length).toBeLessThanOrEqual(12);
});

test('the description’s country panel is the drawing’s: Iran, drawn with the totals, is not its largest figure', () => {
  const countries = rows.slice(3).filter((r) => r.place !== 'Iran');
  const largest = [...countries].sort((a, b) => (b.high ?? b.value ?? 0) - (a.high ?? a.value ?? 0))[0]!;
  expect(chart.description).toContain(`In the country panel, the largest figure is ${largest.place} (`);
  expect(chart.description).not.toMatch(/largest figure is Iran/);
});
