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

  test('the implied 313 is dotted (q-implied), bracketed against the 336 and called out with both figures', () => {
    expect(shapes(svg, 'q-implied')).toHaveLength(rows.filter((r) => r.qualifier === 'implied').length);
    expect(shapes(svg, 'conflict')).toHaveLength(1);
    const implied = rows.find((r) => r.qualifier === 'implied')!;
    const stated = rows.find((r) => r.qualifier === 'exact' && r.date.slice(0, 7) === implied.date.slice(0, 7))!;
    expect(allText(svg)).toContain(`${stated.value} claimed vs about ${implied.value}`);
    expect(allText(svg)).toContain('implied by official figures');
  });

  test('no line joins the claims (it would run through the lower bounds)', () => {
    expect(shapes(svg, 'series')).toHaveLength(0);
  });

  test('figures given weeks apart do not hide each other', () => {
    const dots = [...svg.querySelectorAll('g.k-claim > *')].map(
      (d) => [Number(d.getAttribute('cx') ?? d.getAttribute('x')), Number(d.getAttribute('cy') ?? d.getAttribute('y'))] as const,
    );
    const same = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) < 11;
    const overlapping = dots.filter((a, i) => dots.some((b, j) => j !== i && same(a, b)));
    expect(dots.length).toBe(rows.length);
    expect(overlapping).toEqual([]);
  });
});
