import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { pyramid, render } from '../../../src/charts/pyramid';
import { SIZES } from '../../../src/charts/lib/grammar';
import { parse, textOf } from './svg-query';

const rows = buildChart(pyramid).drawn;

describe.each(['wide', 'narrow'] as const)('pyramid, %s', (variant) => {
  const svg = parse(render(rows, SIZES[variant]));
  const bands = [...svg.querySelectorAll('g.tier')];

  test('one band per tier of the tree, top tier first, each wider than the one above', () => {
    expect(bands).toHaveLength(rows.length); // the dataset's tree is a chain: one tier per depth
    expect(bands[0]!.classList.contains('tier--top')).toBe(true);
    const widths = bands.map((b) => Number(b.querySelector('rect')?.getAttribute('width')));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    const tops = bands.map((b) => Number(b.querySelector('rect')?.getAttribute('y')));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
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
