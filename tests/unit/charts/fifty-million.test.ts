import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { fiftyMillion, render } from '../../../src/charts/fifty-million';
import { figureLabel } from '../../../src/charts/lib/marks';
import { SIZES } from '../../../src/charts/lib/grammar';
import { allText, parse, shapes } from './svg-query';

const rows = buildChart(fiftyMillion).drawn;

test('the official bar adds up: Azerbaijan + abroad + implied remainder = the 50-million claim', () => {
  const official = rows.filter((r) => r.bar === rows[0]!.bar);
  expect(official.map((r) => r.qualifier)).toContain('implied');
  const total = official.reduce((sum, r) => sum + (r.value ?? 0), 0);
  expect(total).toBeCloseTo(50_000_000, -3);
});

describe.each(['wide', 'narrow'] as const)('fifty-million, %s', (variant) => {
  const svg = parse(render(rows, SIZES[variant]));

  test('one segment per row; the remainder is hollow (claim, implied); the world total a range', () => {
    const rects = [...svg.querySelectorAll('g')]
      .filter((g) => /\bk-/.test(g.getAttribute('class') ?? ''))
      .flatMap((g) => [...g.querySelectorAll('rect')]);
    expect(rects).toHaveLength(rows.length);
    expect(shapes(svg, 'k-claim', 'q-implied')).toHaveLength(1);
    // A range: solid to its low end, then a thick bar on to its high end.
    const bars = shapes(svg, 'q-range').filter((s) => s.tagName.toLowerCase() === 'line');
    expect(bars).toHaveLength(rows.filter((r) => r.qualifier === 'range').length);
  });

  test('segments sit end to end, left to right, in row order', () => {
    const rects = [...svg.querySelectorAll('g')]
      .filter((g) => /\bk-/.test(g.getAttribute('class') ?? ''))
      .flatMap((g) => [...g.querySelectorAll('rect')]);
    const official = rects
      .filter((r) => r.getAttribute('y') === rects[0]!.getAttribute('y'))
      .map((r) => Number(r.getAttribute('x')))
      .sort((a, b) => a - b);
    expect(official).toHaveLength(rows.filter((r) => r.bar === rows[0]!.bar).length);
  });

  test('every part is labelled with its qualified figure', () => {
    const text = allText(svg);
    for (const r of rows) expect(text).toContain(`${r.part}: ${figureLabel(r)}`);
  });
});
