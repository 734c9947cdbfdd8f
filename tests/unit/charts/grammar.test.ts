// The shared chart grammar: one tick format per axis, claimed points as rings, a key that draws the
// marks the chart draws.
import { describe, expect, test } from 'vitest';
import { axisFormat } from '../../../src/charts/lib/format';
import { CLAIM_RADIUS, keyEntry } from '../../../src/charts/lib/grammar';
import { keyGlyph } from '../../../src/charts/lib/key-glyph';
import { figureMarks } from '../../../src/charts/lib/marks';
import { plotToSvg, type Plot } from '../../../src/charts/lib/dom';
import { parse } from './svg-query';

/** The unit a tick label is written in: "M", "k" or digits. */
const unitOf = (label: string) => (/ M$/.test(label) ? 'M' : /k$/.test(label) ? 'k' : 'digits');

describe('axisFormat: one format for every tick of an axis', () => {
  test.each([
    [
      [1_000, 10_000, 100_000, 1_000_000, 10_000_000],
      ['1,000', '10,000', '100,000', '1,000,000', '10,000,000'],
    ],
    [
      [0, 10_000_000, 20_000_000, 30_000_000],
      ['0', '10 M', '20 M', '30 M'],
    ],
    [
      [0, 50_000, 100_000, 150_000],
      ['0', '50k', '100k', '150k'],
    ],
    [
      [0, 500_000, 1_000_000, 1_500_000],
      ['0', '500,000', '1,000,000', '1,500,000'],
    ],
    [
      [0, 100, 200],
      ['0', '100', '200'],
    ],
  ])('%j → %j', (ticks, labels) => {
    const f = axisFormat(ticks);
    expect(ticks.map(f)).toEqual(labels);
    expect(new Set(ticks.filter((t) => t !== 0).map((t) => unitOf(f(t)))).size).toBe(1);
  });

  test('Russian numbers keep one format too', () => {
    expect([0, 10_000_000, 20_000_000].map(axisFormat([0, 10_000_000, 20_000_000], 'ru'))).toEqual(['0', '10\u00a0млн', '20\u00a0млн']);
  });
});

test('a claimed point is drawn as a ring of at least CLAIM_RADIUS, a count at the chart’s size', () => {
  const rows = [
    { place: 'a', kind: 'claim', qualifier: 'exact', value: 10, low: null, high: null },
    { place: 'b', kind: 'census', qualifier: 'exact', value: 5, low: null, high: null },
  ] as const;
  const svg = parse(
    plotToSvg({
      width: 200,
      height: 100,
      marks: figureMarks(rows, { valueAxis: 'x', at: (r) => r.place, boundTo: (v) => v * 2, r: 4 }),
      y: { domain: ['a', 'b'] },
    } as Plot.PlotOptions),
  );
  expect(Number(svg.querySelector('.k-claim circle')?.getAttribute('r'))).toBeGreaterThanOrEqual(CLAIM_RADIUS);
  expect(Number(svg.querySelector('.k-census circle')?.getAttribute('r'))).toBe(4);
});

describe('the key draws the real shape', () => {
  test('a claim is a ring with no dashes; a census a filled dot; an estimate a diamond', () => {
    const ring = parse(keyGlyph(keyEntry('claim', 'official claim')));
    expect(ring.querySelector('circle')?.getAttribute('fill')).toBe('none');
    expect(ring.querySelector('circle')?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(
      parse(keyGlyph(keyEntry('census', 'census')))
        .querySelector('circle')
        ?.getAttribute('fill'),
    ).toBe('currentColor');
    expect(
      parse(keyGlyph(keyEntry('estimate', 'estimate')))
        .querySelector('path')
        ?.getAttribute('d'),
    ).toMatch(/^M8,1.5L/);
  });

  test('a claimed bar says so with a dashed box; a glyph is hidden from screen readers', () => {
    const box = parse(keyGlyph(keyEntry('claim', 'claimed', 'hollow, dashed', 'dashed-box')));
    expect(box.querySelector('rect')?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(box.getAttribute('aria-hidden')).toBe('true');
    expect(box.classList.contains('chart-key__glyph--claim')).toBe(true);
  });

  test('a key line written by hand, without a shape, still draws a colour square', () => {
    expect(parse(keyGlyph({ swatch: 'context', label: 'x' })).querySelector('rect')).not.toBeNull();
  });
});
