import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { claimedVsCounted, render, type ClaimedVsCountedRow } from '../../../src/charts/claimed-vs-counted';
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
    const dots = [...svg.querySelectorAll('g')].filter((g) => /\bk-/.test(g.getAttribute('class') ?? '')).flatMap((g) => [...g.children]);
    expect(dots).toHaveLength(rows.length - ranges.length);
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
    expect(names).toEqual(rows.map((r) => r.place));
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
