import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { pyramid, render } from '../../../src/charts/pyramid';
import { SIZES } from '../../../src/charts/lib/grammar';
import { parse, textOf } from './svg-query';

const rows = buildChart(pyramid).drawn;

describe.each(['wide', 'narrow'] as const)('pyramid, %s', (variant) => {
  const svg = parse(render(rows, SIZES[variant]));
  const bands = [...svg.querySelectorAll('g.level')];

  test('one box per tier of the tree, top tier first, all of one width (the levels have no sizes to show)', () => {
    expect(bands).toHaveLength(rows.length); // the dataset's tree is a chain: one tier per depth
    expect(bands[0]!.classList.contains('level--top')).toBe(true);
    const widths = bands.map((b) => Number(b.querySelector('rect')?.getAttribute('width')));
    expect(new Set(widths).size).toBe(1);
    const tops = bands.map((b) => Number(b.querySelector('rect')?.getAttribute('y')));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  test('each box stands for its table row, for the tooltips', () => {
    expect(bands.map((b) => b.querySelector('rect')?.getAttribute('data-row'))).toEqual(rows.map((_, i) => String(i)));
  });

  test('each band names its tier and its examples, and stays inside the drawing', () => {
    const top = rows.find((r) => r.parent === null)!;
    const name = (b: Element) => textOf(b.querySelector('.tier__name')!);
    expect(name(bands[0]!)).toBe(top.tier);
    for (const r of rows) {
      const band = bands.find((b) => name(b) === r.tier);
      expect(band, r.tier).toBeDefined();
      const examples = band!.querySelector('.tier__examples');
      if (r.examples) expect(textOf(examples!)).toBe(`e.g. ${r.examples}`);
      else expect(examples).toBeNull();
    }
    for (const rect of svg.querySelectorAll('rect')) {
      expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(SIZES[variant].width);
    }
  });
});
