import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { organisationCount, render } from '../../../src/charts/organisation-count';
import { SIZES } from '../../../src/charts/lib/grammar';
import { allText, arrows, parse, shapes } from './svg-query';

const rows = buildChart(organisationCount).drawn;

test('the series runs 2001 → 2016 in date order, with 336, 313 (implied), 416 and 462', () => {
  expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
  const byValue = new Map(rows.map((r) => [r.value, r.qualifier]));
  expect(byValue.get(336)).toBe('exact');
  expect(byValue.get(313)).toBe('implied');
  expect(byValue.get(416)).toBe('about');
  expect(byValue.get(462)).toBe('exact');
});

describe.each(['wide', 'narrow'] as const)('organisation-count, %s', (variant) => {
  const svg = parse(render(rows, SIZES[variant]));

  test('one dot per figure, every one an official claim', () => {
    expect([...svg.querySelectorAll('g.k-claim')].flatMap((g) => [...g.children])).toHaveLength(rows.length);
  });

  test('lower bounds (">370", ">450") are drawn as upward arrows, not as values', () => {
    const bounds = rows.filter((r) => r.qualifier === 'moreThan');
    expect(bounds.map((r) => r.value)).toEqual(expect.arrayContaining([370, 450]));
    const drawn = arrows(svg);
    expect(drawn).toHaveLength(bounds.length);
    for (const a of drawn) {
      const ys = [...(a.getAttribute('d') ?? '').matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
      expect(ys[1]!).toBeLessThan(ys[0]!); // SVG y grows downwards: the arrow points up
    }
    const text = allText(svg);
    for (const b of bounds) expect(text).toContain(`>${b.value}`);
  });

  test('the implied 313 is dotted (q-implied) and bracketed against the 336 as a conflict', () => {
    expect(shapes(svg, 'q-implied')).toHaveLength(rows.filter((r) => r.qualifier === 'implied').length);
    expect(shapes(svg, 'conflict')).toHaveLength(1);
    expect(allText(svg)).toContain('313 implied');
  });

  test('a line joins only the stated points (exact or about)', () => {
    const line = shapes(svg, 'series');
    expect(line).toHaveLength(1);
    const points = (line[0]!.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean);
    expect(points).toHaveLength(rows.filter((r) => r.qualifier === 'exact' || r.qualifier === 'about').length);
  });
});
