import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import {
  worldMap,
  render,
  relativePath,
  sizeScale,
  inAmericas,
  LABEL_FROM,
  MIN_RADIUS,
  type WorldMapRow,
} from '../../../src/charts/world-map';
import { claimedVsCounted } from '../../../src/charts/claimed-vs-counted';
import { centre, figureLabel } from '../../../src/charts/lib/marks';
import { fonts, KIND, MIN_SYMBOL_RADIUS, QUALIFIER_CLASS, SIZES } from '../../../src/charts/lib/grammar';
import { keyGlyph } from '../../../src/charts/lib/key-glyph';
import { allText, parse, shapes, textOf } from './svg-query';

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

  test('a count or estimate too small to draw to scale is a dot of its kind at the minimum size, never a claim’s ring', () => {
    const { floor } = sizeScale(rows, variant);
    const small = want.flatMap((w, i) =>
      w.row.kind !== 'claim' && (w.row.high ?? w.row.value!) < floor ? [{ s: drawn[i]!, row: w.row }] : [],
    );
    expect(small.length).toBeGreaterThan(0);
    for (const { s, row } of small) {
      expect(s.g.classList.contains('map-small'), row.place).toBe(true);
      expect(s.area).toBeCloseTo(Math.PI * MIN_RADIUS ** 2, 1);
      // Its kind's colour class, and none of the classes the grammar draws hollow (a claim, an implied figure).
      expect(s.g.classList.contains(KIND[row.kind].className), row.place).toBe(true);
      for (const hollow of [KIND.claim.className, QUALIFIER_CLASS.implied]) expect(s.g.classList.contains(hollow), row.place).toBe(false);
    }
    expect(drawn.filter((s) => s.g.classList.contains('map-small'))).toHaveLength(small.length);
    // Only the claim is a claim's mark.
    expect(drawn.filter((s) => s.g.classList.contains(KIND.claim.className))).toHaveLength(claims.length);
  });

  test('the claim, a lower bound, carries the open arrows of a “more than” out of both sides of its ring', () => {
    expect(claims.every((c) => c.qualifier === 'moreThan')).toBe(true);
    const ring = svg.querySelector('g.k-claim circle')!;
    const [cx, cy, r] = ['cx', 'cy', 'r'].map((a) => Number(ring.getAttribute(a)));
    const arrows = shapes(svg, 'q-lower-bound', 'l-claim');
    expect(arrows).toHaveLength(1);
    // Each arrow: a shaft from the ring outwards (M…H…), then its open head (M…L tip L…).
    const parts = [
      ...arrows[0]!.getAttribute('d')!.matchAll(/M(-?\d+),(-?\d+)H(-?\d+)M(-?\d+),(-?\d+)L(-?\d+),(-?\d+)L(-?\d+),(-?\d+)/g),
    ].map((m) => m.slice(1).map(Number));
    expect(parts).toHaveLength(2);
    const sides = parts.map(([from, y, tip, backX, , tipX, tipY, backX2]) => {
      expect(y).toBeCloseTo(cy!, -0.5);
      expect(tipY).toBe(y);
      expect(tipX).toBe(tip);
      expect(Math.abs(from! - cx!)).toBeGreaterThan(r!); // starts outside the ring…
      expect(Math.abs(tip! - cx!)).toBeGreaterThan(Math.abs(from! - cx!) + 10); // …and points away from it
      expect(Math.sign(tip! - backX!)).toBe(Math.sign(tip! - cx!)); // the head opens back towards the ring
      expect(backX2).toBe(backX);
      return Math.sign(tip! - cx!);
    });
    expect(sides.sort()).toEqual([-1, 1]);
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

test('on the desktop map every country carries its name and figure (there is room for all); the phone map labels what fits', () => {
  const label = (r: WorldMapRow) => `${r.place} ${figureLabel(r)}`;
  const wide = [...parse(render(rows, SIZES.wide)).querySelectorAll('text')].map(textOf);
  for (const r of countries) expect(wide, r.place).toContain(label(r));
  const narrow = [...parse(render(rows, SIZES.narrow)).querySelectorAll('text')].map(textOf);
  // Each label at most once, and the phone map still names more than the figures it must.
  for (const r of countries) expect(narrow.filter((t) => t.endsWith(label(r))).length, r.place).toBeLessThanOrEqual(1);
  expect(narrow.length).toBeGreaterThan(countries.filter((c) => centre(c) >= LABEL_FROM || inAmericas(c)).length);
});

test('map labels carry no type size of their own: charts.css sets the drawing’s, the size the placer measures with', () => {
  const css = readFileSync('src/styles/charts.css', 'utf8');
  const sizeOf = (selector: string) =>
    Number(new RegExp(`^${selector.replace(/\./g, '\\.')} \\{[^}]*?font-size: (\\d+)px`, 'm').exec(css)?.[1]);
  expect(sizeOf('.chart')).toBe(fonts(SIZES.wide).small);
  expect(sizeOf('.chart.chart--narrow')).toBe(fonts(SIZES.narrow).small);
  for (const variant of ['wide', 'narrow'] as const) {
    const labels = [...parse(render(rows, SIZES[variant])).querySelectorAll('text')];
    expect(labels.length).toBeGreaterThan(5);
    for (const t of labels) expect(t.hasAttribute('font-size'), textOf(t)).toBe(false);
  }
});

describe('the key draws what the map draws', () => {
  const key = chart.key;
  test('the claim: a ring with the arrow of a lower bound', () => {
    const claim = key.find((k) => k.swatch === 'claim')!;
    expect(claim.shape).toBe('ring-bound');
    const glyph = parse(keyGlyph(claim));
    expect(glyph.querySelector('circle')?.getAttribute('fill')).toBe('none');
    expect(glyph.querySelector('path')?.getAttribute('d')).toMatch(/H.*M.*L.*L/);
  });

  test('a figure too small to draw to scale: filled dots in the counts’ colours, as large as on the map, never a ring', () => {
    const small = key.find((k) => k.shape === 'min-dot')!;
    expect(small.label).toMatch(/minimum size/);
    expect(key.filter((k) => k.shape === 'ring')).toHaveLength(0);
    const dots = [...parse(keyGlyph(small)).querySelectorAll('circle')];
    expect(dots.map((d) => d.getAttribute('class'))).toEqual(
      (['census', 'estimate', 'migrant'] as const).map((c) => `chart-key__glyph--${c}`),
    );
    for (const d of dots) {
      expect(d.getAttribute('fill')).toBe('currentColor');
      // The glyph is 16 units across 1em of the key's 13 px type.
      expect((Number(d.getAttribute('r')) * 13) / 16).toBeCloseTo(MIN_SYMBOL_RADIUS, 1);
    }
    expect(MIN_RADIUS).toBe(MIN_SYMBOL_RADIUS);
  });

  test('a range drawn to scale: a paler disc around a solid one, as the map draws Iran and Turkey', () => {
    expect(ranges.length).toBeGreaterThan(0);
    const range = key.find((k) => k.shape === 'nested')!;
    expect(range.label).toMatch(/^a range: low end solid, high end paler \(two circles\)$/);
    const [high, low] = [...parse(keyGlyph(range)).querySelectorAll('circle')];
    expect(Number(high!.getAttribute('r'))).toBeGreaterThan(Number(low!.getAttribute('r')));
    expect(Number(high!.getAttribute('fill-opacity'))).toBeLessThan(1);
    expect(low!.getAttribute('fill-opacity')).toBeNull();
  });
});

test('the land is drawn with relative steps that land on the same points as d3’s absolute path', () => {
  const absolute = 'M512,233L515,232L515,240L500,240ZM600,100L601,99L590,110ZM10,10L20,20';
  const points = (d: string) => {
    const out: string[] = [];
    let [x, y, sx, sy] = [0, 0, 0, 0];
    for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
      if (cmd === 'z' || cmd === 'Z') {
        [x, y] = [sx, sy];
        out.push('Z');
        continue;
      }
      const nums = (args!.match(/-?\d+/g) ?? []).map(Number);
      for (let i = 0; i < nums.length; i += 2) {
        const rel = cmd === 'm' || cmd === 'l';
        [x, y] = rel ? [x + nums[i]!, y + nums[i + 1]!] : [nums[i]!, nums[i + 1]!];
        if (i === 0 && (cmd === 'm' || cmd === 'M')) [sx, sy] = [x, y];
        out.push(`${x},${y}`);
      }
    }
    return out;
  };
  const relative = relativePath(absolute);
  expect(relative.length).toBeLessThan(absolute.length);
  expect(points(relative)).toEqual(points(absolute));
  const svg = parse(render(rows, SIZES.wide));
  const land = svg.querySelector('.map-land')!.getAttribute('d')!;
  expect(land).toMatch(/^M\d+,\d+l/);
  expect(land).not.toMatch(/L/);
});

describe.each(['wide', 'narrow'] as const)('map labels, %s: each beside, above or below its own symbol', (variant) => {
  const size = fonts(SIZES[variant]).small;
  const svg = parse(render(rows, SIZES[variant]));
  const symbolOf = (r: WorldMapRow) => svg.querySelector(`g.map-symbols circle[data-row="${rows.indexOf(r)}"]`)!;
  const labels = [...svg.querySelectorAll('g.map-symbols ~ g text')]
    .map((t) => ({ t, text: textOf(t), row: countries.find((r) => textOf(t) === `${r.place} ${figureLabel(r)}`) }))
    .filter((l) => l.row && symbolOf(l.row));

  test('a label beside its symbol starts just clear of it, on its line; one above or below is centred near it', () => {
    expect(labels.length).toBeGreaterThan(5);
    for (const { t, text, row } of labels) {
      const circles = [...svg.querySelectorAll(`g.map-symbols circle[data-row="${rows.indexOf(row!)}"]`)];
      const n = (el: Element, a: string) => Number(el.getAttribute(a));
      const [cx, cy] = [n(symbolOf(row!), 'cx'), n(symbolOf(row!), 'cy')];
      const r = Math.max(...circles.map((c) => Number(c.getAttribute('r'))));
      const [x, y] = [n(t, 'x'), n(t, 'y')];
      const anchor = t.getAttribute('text-anchor');
      if (anchor === 'start' || anchor === 'end') {
        const gap = anchor === 'start' ? x - cx : cx - x;
        expect(gap, text).toBeGreaterThan(r);
        expect(gap, text).toBeLessThan(r + 8);
        expect(Math.abs(y - size * 0.35 - cy), text).toBeLessThan(2);
      } else {
        expect(Math.abs(x - cx), text).toBeLessThanOrEqual(text.length * size * 0.52 * 0.4 + 1);
        const ends = [...t.querySelectorAll('tspan')].map((s) => n(s, 'y'));
        const [top, bottom] = ends.length ? [Math.min(...ends), Math.max(...ends)] : [y, y];
        // Above: its last line ends just over the symbol; below: its first line starts just under it.
        const clear = bottom < cy ? cy - r - bottom : top - size * 0.8 - (cy + r);
        expect(clear, text).toBeGreaterThan(0);
        expect(clear, text).toBeLessThan(10);
      }
    }
  });
});

test('headline: names Iran, whose circle outdraws the claim, and keeps the claim a lower bound', () => {
  const iran = countries.find((r) => r.area === 'IR')!;
  expect(iran.high ?? iran.value ?? 0).toBeGreaterThan(claims[0]!.value!);
  expect(claims[0]!.qualifier).toBe('moreThan');
  expect(chart.headline).toMatch(/^Outside Iran, no country nears the claimed “more than 10\smillion” abroad$/);
});
