import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { countryCount, render } from '../../../src/charts/country-count';
import { figureLabel } from '../../../src/charts/lib/marks';
import { SIZES } from '../../../src/charts/lib/grammar';
import { allText, arrows, parse, shapes, texts } from './svg-query';

const rows = buildChart(countryCount).drawn;

describe.each(['wide', 'narrow'] as const)('country-count, %s', (variant) => {
  const svg = parse(render(rows, SIZES[variant]));

  test('every figure is official, so every one is a hollow claim mark and none has a count’s stem', () => {
    expect(rows.every((r) => r.kind === 'claim')).toBe(true);
    expect([...svg.querySelectorAll('g.k-claim')].flatMap((g) => [...g.children])).toHaveLength(rows.length);
    expect(shapes(svg, 'stem')).toHaveLength(0);
  });

  test('"more than" claims carry an arrow; a congress whose reports disagree is two lines, not a range', () => {
    expect(arrows(svg)).toHaveLength(rows.filter((r) => r.qualifier === 'moreThan').length);
    expect(shapes(svg, 'q-range')).toHaveLength(0);
    const disputed = rows.filter((r) => r.label.startsWith('2nd Congress'));
    expect(disputed.map((r) => r.value)).toEqual([44, 49]);
  });

  test('labels and order follow the rows', () => {
    const text = allText(svg);
    for (const r of rows) expect(text).toContain(figureLabel(r, false));
    expect(variant === 'wide' ? texts(svg, 'axis--names') : texts(svg, 'names')).toEqual(rows.map((r) => r.label));
  });
});

test('claims come first, then congresses in date order', () => {
  const measures = rows.map((r) => r.measures);
  expect(measures.lastIndexOf('residence')).toBeLessThan(measures.indexOf('attendance'));
  const years = rows.filter((r) => r.measures === 'attendance').map((r) => r.year);
  expect(years).toEqual([...years].sort());
});
