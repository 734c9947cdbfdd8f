import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { worldMap, render, sizeScale, inAmericas, LABEL_FROM, MIN_RADIUS, type WorldMapRow } from '../../../src/charts/world-map';
import { claimedVsCounted } from '../../../src/charts/claimed-vs-counted';
import { centre, figureLabel } from '../../../src/charts/lib/marks';
import { SIZES } from '../../../src/charts/lib/grammar';
import { allText, parse } from './svg-query';

const chart = buildChart(worldMap);
const rows = chart.drawn;
const claims = rows.filter((r) => r.kind === 'claim');
const countries = rows.filter((r) => r.kind !== 'claim');
const ranges = countries.filter((r) => r.qualifier === 'range');

/** The drawn symbols, each with its group's classes, its centre and its area in px². */
function symbols(svg: Element) {
  return [...svg.querySelectorAll('g.map-symbols > g, svg > g[class^="k-"]')].flatMap((g) =>
    [...g.children].map((el) => {
      const tag = el.tagName.toLowerCase();
      const n = (a: string) => Number(el.getAttribute(a));
      if (tag === 'circle') return { g, tag, x: n('cx'), y: n('cy'), area: Math.PI * n('r') ** 2 };
      if (tag === 'rect') return { g, tag, x: n('x') + n('width') / 2, y: n('y') + n('height') / 2, area: n('width') * n('height') };
      // A diamond: M x,y-h L x+h,y L x,y+h L x-h,y Z — its area is 2h².
      const [top, right] = [...(el.getAttribute('d') ?? '').matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      const h = right![0]! - top![0]!;
      return { g, tag, x: top![0]!, y: right![1]!, area: 2 * h * h };
    }),
  );
}

/**
 * What the chart should draw, in drawing order: placed countries largest first (a range as its
 * high end, then its low end), then the claim, then — on the phone map — the Americas at the edge.
 */
interface Expected {
  row: WorldMapRow;
  value: number;
  part: 'high' | 'low' | 'value';
}

function expected(variant: 'wide' | 'narrow'): Expected[] {
  const offMap = (r: WorldMapRow) => variant === 'narrow' && inAmericas(r);
  const placed = countries.filter((r) => !offMap(r)).sort((a, b) => (b.high ?? b.value ?? 0) - (a.high ?? a.value ?? 0));
  return [
    ...placed.flatMap((row): Expected[] =>
      row.qualifier === 'range'
        ? [
            { row, value: row.high!, part: 'high' },
            { row, value: row.low!, part: 'low' },
          ]
        : [{ row, value: row.value!, part: 'value' }],
    ),
    ...claims.map((row) => ({ row, value: row.value!, part: 'value' as const })),
    ...countries.filter(offMap).map((row) => ({ row, value: row.high ?? row.value!, part: 'value' as const })),
  ];
}

describe.each(['wide', 'narrow'] as const)('world-map, %s', (variant) => {
  const size = SIZES[variant];
  const svg = parse(render(rows, size));
  const drawn = symbols(svg);
  const want = expected(variant);
  const height = Number(svg.getAttribute('height'));
  const placeOf = (name: string) => drawn[want.findIndex((w) => w.row.place === name)]!;

  test('one symbol per figure, two for a range, and the claim hollow and dashed', () => {
    expect(drawn).toHaveLength(want.length);
    expect(drawn.filter((s) => s.g.classList.contains('k-claim'))).toHaveLength(claims.length);
    expect(drawn.filter((s) => s.g.classList.contains('map-range-high'))).toHaveLength(ranges.length);
    drawn.forEach((s, i) => expect(s.g.classList.contains('map-range-high'), want[i]!.row.place).toBe(want[i]!.part === 'high'));
  });

  test('the shape says the kind: circle census or claim, diamond estimate, square migrant stock', () => {
    const tagOf = { census: 'circle', claim: 'circle', estimate: 'path', survey: 'path', migrantStock: 'rect', context: 'circle' } as const;
    drawn.forEach((s, i) => expect(s.tag, want[i]!.row.place).toBe(tagOf[want[i]!.row.kind]));
  });

  test('area is proportional to the figure for every symbol above the minimum size', () => {
    const floor = sizeScale(rows, variant).floor * 1.5;
    const perUnit = drawn.map((s, i) => ({ ratio: s.area / want[i]!.value, value: want[i]!.value })).filter((p) => p.value >= floor);
    expect(perUnit.length).toBeGreaterThanOrEqual(6);
    for (const p of perUnit) expect(p.ratio / perUnit[0]!.ratio).toBeCloseTo(1, 1);
    // Below the floor nothing vanishes: the smallest figure is still drawn at the minimum size.
    expect(Math.min(...drawn.map((s) => s.area))).toBeGreaterThanOrEqual(Math.PI * MIN_RADIUS ** 2 * 0.99);
  });

  test('a range is two symbols at one place, the low end inside the high end', () => {
    for (const [i, w] of want.entries()) {
      if (w.part !== 'high') continue;
      const [hi, lo] = [drawn[i]!, drawn[i + 1]!];
      expect(want[i + 1]!.part).toBe('low');
      expect([lo.x, lo.y]).toEqual([hi.x, hi.y]);
      expect(lo.area).toBeLessThan(hi.area);
    }
  });

  test('north is up and east is right; every symbol is inside the drawing', () => {
    expect(placeOf('Iran').x).toBeGreaterThan(placeOf('Turkey').x);
    expect(placeOf('Russia').y).toBeLessThan(placeOf('Turkey').y);
    for (const s of drawn) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x).toBeLessThanOrEqual(size.width);
      expect(s.y).toBeGreaterThanOrEqual(0);
      expect(s.y).toBeLessThanOrEqual(height);
    }
  });

  test('the claim, every bound and every figure of a hundred thousand or more are labelled with their qualified figure', () => {
    const text = allText(svg);
    expect(text).toContain(`Claimed abroad: ${figureLabel(claims[0]!)}`);
    for (const r of countries.filter((c) => centre(c) >= LABEL_FROM)) expect(text).toContain(`${r.place} ${figureLabel(r)}`);
    // A bound is always labelled, however small: ">6,000" must be read, not guessed from a dot.
    const bounds = countries.filter((c) => c.qualifier === 'moreThan' || c.qualifier === 'upTo');
    expect(bounds.length).toBeGreaterThan(0);
    for (const r of bounds) expect(text).toContain(`${r.place} ${figureLabel(r)}`);
    const americas = countries.filter(inAmericas);
    expect(americas.length).toBeGreaterThan(0);
    for (const r of americas) expect(text).toContain(`${variant === 'narrow' ? '← ' : ''}${r.place} ${figureLabel(r)}`);
  });
});

test('rows: the claim, then one figure per country, the same as "Claimed vs counted"', () => {
  expect(rows[0]).toMatchObject({ kind: 'claim', lon: null, lat: null });
  const cvc = buildChart(claimedVsCounted).drawn.slice(3);
  const figure = (r: { place: string; qualifier: string; value: number | null; low: number | null; high: number | null }) => [
    r.place,
    r.qualifier,
    r.value,
    r.low,
    r.high,
  ];
  expect(countries.map(figure)).toEqual(cvc.map(figure));
  for (const r of countries) {
    expect(r.lon, r.place).toEqual(expect.any(Number));
    expect(r.lat, r.place).toEqual(expect.any(Number));
  }
  expect(rows.map((r) => r.place)).not.toContain('Israel');
});
