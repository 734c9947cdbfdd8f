import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { countryCount, render } from '../../../src/charts/country-count';
import { figureLabel } from '../../../src/charts/lib/marks';
import { SIZES } from '../../../src/charts/lib/grammar';
import { dataset } from '../../../src/data/load';
import { allText, arrows, parse, shapes, texts } from './svg-query';

const rows = buildChart(countryCount).drawn;

describe.each(['wide', 'narrow'] as const)('country-count, %s', (variant) => {
  const svg = parse(render(rows, SIZES[variant]));

  test('the axis ends at the first multiple of 20 past the largest figure plus a tenth', () => {
    const ticks = texts(svg, 'axis')
      .filter((t) => /^\d+$/.test(t))
      .map(Number);
    const max = Math.max(...rows.map((r) => r.value ?? 0));
    expect(ticks.at(-1)).toBe(Math.ceil((max * 1.1) / 20) * 20);
  });

  test('a band spans the claims from the lowest, against a line at the most countries any congress drew', () => {
    const claims = rows.filter((r) => r.measures === 'residence').map((r) => r.value!);
    const most = Math.max(...rows.filter((r) => r.measures === 'attendance').map((r) => r.value!));
    expect(texts(svg, 't-claim').join(' ')).toContain(`claimed: ~${Math.min(...claims)} to >${Math.max(...claims)}`);
    expect(allText(svg)).toContain(`delegations: ${most} at most`);
    const rect = svg.querySelector('g.claim-band rect')!;
    const line = svg.querySelector('g.claim-band line')!;
    expect(Number(line.getAttribute('x1'))).toBeLessThan(Number(rect.getAttribute('x')));
  });

  test('the last row sits above the axis, not on it', () => {
    const axisY = Number(/translate\([\d.]+,([\d.]+)\)/.exec(svg.querySelector('g.axis path')!.getAttribute('transform')!)![1]);
    const dots = [...svg.querySelectorAll('g.k-claim > *')].map((d) =>
      Number(d.getAttribute('cy') ?? /,([\d.]+)\)/.exec(d.getAttribute('transform') ?? '')?.[1]),
    );
    expect(Math.max(...dots)).toBeLessThan(axisY - 6);
  });

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

test('claims and congresses interleave in one list by year, an undated claim last', () => {
  const years = rows.map((r) => r.year || Infinity);
  expect(years).toEqual([...years].sort((a, b) => a - b));
  const measures = rows.map((r) => r.measures);
  expect(measures.indexOf('residence')).toBeLessThan(measures.lastIndexOf('attendance'));
});

test('a note says which congress reported no country figure', () => {
  const chart = buildChart(countryCount);
  const ordinal = (n: number) => `${['1st', '2nd', '3rd', '4th', '5th'][n - 1]} Congress`;
  const reported = new Set(dataset.congresses.filter((c) => c.countries).map((c) => c.number));
  const missing = dataset.congresses.filter((c) => !c.countries && !reported.has(c.number));
  expect(missing.length).toBeGreaterThan(0);
  for (const c of missing) expect(chart.notes.join(' ')).toContain(ordinal(c.number));
  // A congress one of whose reports gives a figure (the 1st: Azeri Voice gives none, the committee 36) is not "missing".
  for (const n of reported) expect(chart.notes.join(' ')).not.toContain(`for the ${ordinal(n)}`);
});
