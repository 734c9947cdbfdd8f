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
  const { floor } = sizeScale(rows, variant);
  return [
    ...placed.flatMap((row): Expected[] =>
      row.qualifier === 'range' && (row.high ?? 0) >= floor
        ? [
            { row, value: row.high!, part: 'high' },
            { row, value: row.low!, part: 'low' },
          ]
        : [{ row, value: row.value!, part: 'value' }],
    ),
    ...countries.filter(offMap).map((row) => ({ row, value: row.high ?? row.value!, part: 'value' as const })),
    ...claims.map((row) => ({ row, value: row.value!, part: 'value' as const })),
  ];
}

describe.each(['wide', 'narrow'] as const)('world-map, %s', (variant) => {
  const size = SIZES[variant];
  const svg = parse(render(rows, size));
  const drawn = symbols(svg);
  const want = expected(variant);
  const height = Number(svg.getAttribute('height'));
  const placeOf = (name: string) => drawn[want.findIndex((w) => w.row.place === name)]!;

  test('one symbol per figure, two for a range drawn to scale, and the claim a ring in the framed inset', () => {
    expect(drawn).toHaveLength(want.length);
    expect(drawn.filter((s) => s.g.classList.contains('k-claim'))).toHaveLength(claims.length);
    const { floor } = sizeScale(rows, variant);
    expect(drawn.filter((s) => s.g.classList.contains('map-range-high'))).toHaveLength(ranges.filter((r) => r.high! >= floor).length);
    expect(svg.querySelectorAll('g.map-inset rect')).toHaveLength(claims.length);
    expect(allText(svg)).toContain('The claim, to scale');
    drawn.forEach((s, i) => expect(s.g.classList.contains('map-range-high'), want[i]!.row.place).toBe(want[i]!.part === 'high'));
  });

  test('every figure is a circle (areas are compared); its colour class says the kind', () => {
    const classOf = {
      census: 'k-census',
      claim: 'k-claim',
      estimate: 'k-estimate',
      survey: 'k-estimate',
      migrantStock: 'k-migrant',
      context: 'k-context',
    } as const;
    drawn.forEach((s, i) => {
      expect(s.tag, want[i]!.row.place).toBe('circle');
      expect(s.g.classList.contains(classOf[want[i]!.row.kind]), want[i]!.row.place).toBe(true);
    });
  });

  test('a figure too small to draw to scale is a small ring, not a dot that looks larger than it is', () => {
    const { floor } = sizeScale(rows, variant);
    const small = want.flatMap((w, i) => (w.row.kind !== 'claim' && (w.row.high ?? w.row.value!) < floor ? [drawn[i]!] : []));
    expect(small.length).toBeGreaterThan(0);
    for (const s of small) {
      expect(s.g.classList.contains('map-small')).toBe(true);
      expect(s.area).toBeCloseTo(Math.PI * MIN_RADIUS ** 2, 1);
    }
    expect(drawn.filter((s) => s.g.classList.contains('map-small'))).toHaveLength(small.length);
  });

  test('Iran’s circle does not cover Azerbaijan’s neighbours: Georgia is outside it', () => {
    const iran = placeOf('Iran');
    const georgia = placeOf('Georgia');
    expect(Math.hypot(iran.x - georgia.x, iran.y - georgia.y)).toBeGreaterThan(Math.sqrt(iran.area / Math.PI));
  });

  test('every figure that stands for a row carries its row index, for the tooltips', () => {
    for (const [i, s] of drawn.entries()) {
      const el = [...s.g.children][0]!;
      expect(Number(el.getAttribute('data-row')), want[i]!.row.place).toBe(rows.indexOf(want[i]!.row));
    }
  });

  test('area is proportional to the figure for every symbol above the minimum size', () => {
    const floor = sizeScale(rows, variant).floor * 1.5;
    const perUnit = drawn.map((s, i) => ({ ratio: s.area / want[i]!.value, value: want[i]!.value })).filter((p) => p.value >= floor);
    expect(perUnit.length).toBeGreaterThanOrEqual(6);
    for (const p of perUnit) expect(p.ratio / perUnit[0]!.ratio).toBeCloseTo(1, 1);
    // Nothing vanishes: the smallest figure is still drawn at the minimum size.
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
    expect(text).toContain(`${figureLabel(claims[0]!)} claimed abroad`);
    for (const r of countries.filter((c) => centre(c) >= LABEL_FROM)) expect(text).toContain(`${r.place} ${figureLabel(r)}`);
    // A bound is labelled on the desktop map, however small: ">6,000" must be read, not guessed from a dot.
    // The phone map has no room for a bound too small to draw to scale (the table and tooltip have it).
    const bounds = countries.filter((c) => c.qualifier === 'moreThan' || c.qualifier === 'upTo');
    expect(bounds.length).toBeGreaterThan(0);
    const { floor } = sizeScale(rows, variant);
    for (const r of bounds.filter((b) => variant === 'wide' || b.value! >= floor || inAmericas(b)))
      expect(text).toContain(`${r.place} ${figureLabel(r)}`);
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
