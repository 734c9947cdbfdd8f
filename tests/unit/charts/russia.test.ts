import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { russia, render } from '../../../src/charts/russia';
import { figureLabel, flatten } from '../../../src/charts/lib/marks';
import { dataset } from '../../../src/data/load.ts';
import { SIZES } from '../../../src/charts/lib/grammar';
import { allText, arrows, parse, shapes } from './svg-query';

const rows = buildChart(russia).drawn;

test('census counts 2002/2010/2021, migrant stock and the 1.5 M / 2 M+ / 2–3 M claims are all there', () => {
  const census = rows.filter((r) => r.kind === 'census' && r.definition === 'ethnic self-identification').map((r) => r.year);
  expect(census).toEqual([2002, 2010, 2021]);
  expect(rows.some((r) => r.kind === 'migrantStock')).toBe(true);
  expect(rows.filter((r) => r.kind === 'claim').map((r) => r.qualifier)).toEqual(expect.arrayContaining(['about', 'moreThan', 'range']));
});

test('only figures about Azerbaijanis are drawn: Russia’s whole-population counts (census non-response) stay off the chart', () => {
  const wholePopulation = dataset.estimates.filter((e) => e.area === 'RU' && e.group !== 'azerbaijanis');
  expect(wholePopulation.length).toBeGreaterThan(0);
  for (const e of wholePopulation) {
    const { value, low } = flatten(e.value);
    expect(rows.some((r) => r.year === e.year && r.value === value && r.low === low)).toBe(false);
  }
});

describe.each(['wide', 'narrow'] as const)('russia, %s', (variant) => {
  const svg = parse(render(rows, SIZES[variant]));

  test('each kind keeps its mark: claims hollow, census circles, migrant stock a square; a range is a bar', () => {
    const count = (cls: string) => [...svg.querySelectorAll(`g.${cls}`)].flatMap((g) => [...g.children]).length;
    const ranges = rows.filter((r) => r.qualifier === 'range');
    expect(shapes(svg, 'q-range')).toHaveLength(ranges.length);
    expect(count('k-claim')).toBe(rows.filter((r) => r.kind === 'claim' && r.qualifier !== 'range').length);
    expect(count('k-census')).toBe(rows.filter((r) => r.kind === 'census').length);
    expect(count('k-migrant')).toBe(rows.filter((r) => r.kind === 'migrantStock').length);
  });

  test('the "more than 2 million" claim has its arrow; every figure its label', () => {
    expect(arrows(svg)).toHaveLength(rows.filter((r) => r.qualifier === 'moreThan').length);
    const text = allText(svg);
    for (const r of rows) expect(text).toContain(figureLabel(r, variant === 'narrow'));
  });

  test('one line joins the census counts of the same definition', () => {
    expect(shapes(svg, 'series').length).toBeGreaterThanOrEqual(1);
  });
});
