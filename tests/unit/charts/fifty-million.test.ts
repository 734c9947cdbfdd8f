import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { fiftyMillion, render, words } from '../../../src/charts/fifty-million';
import { formatQualified, formatShort } from '../../../src/charts/lib/format';
import { formatNumbers } from '../../../src/data/format';
import { figureLabel } from '../../../src/charts/lib/marks';
import { SIZES } from '../../../src/charts/lib/grammar';
import { allText, parse, shapes, texts } from './svg-query';

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

  test('every part is labelled with its qualified figure, once: no "(claim)" after a part that says it is claimed', () => {
    const text = allText(svg).replace(/\s+/g, ' ');
    for (const r of rows) {
      const figure = r.qualifier === 'implied' ? formatShort(r.value!) : figureLabel(r);
      expect(text).toContain(`${r.part}: ${figure}`);
    }
    expect(text).not.toMatch(/\(claim\)|\(implied\)[^(]*\(implied\)/);
  });

  test('a bracket from the encyclopaedic range’s high end to the official total says at least how much more is claimed', () => {
    const official = rows.filter((r) => r.bar === rows[0]!.bar).reduce((sum, r) => sum + (r.value ?? 0), 0);
    const world = rows.find((r) => r.qualifier === 'range')!;
    expect(svg.querySelectorAll('g.bracket > path')).toHaveLength(1);
    // The bracket is drawn from the estimates' high end, so it measures the smallest gap.
    const gap = formatQualified('exact', official - world.high!);
    expect(allText(svg)).toContain(words.gap(gap, variant === 'wide'));
    expect(allText(svg)).toMatch(variant === 'wide' ? /at least \S+ M above/ : /or more/);
  });
});

test('the axis has the same extent on a phone and on the desktop, and one tick format', () => {
  const ticks = (variant: 'wide' | 'narrow') => texts(parse(render(rows, SIZES[variant])), 'axis').filter((t) => /\d/.test(t));
  const [wide, narrow] = [ticks('wide'), ticks('narrow')];
  expect(narrow[0]).toBe(wide[0]);
  expect(wide.at(-1)).toMatch(/ M$/);
  const extent = (variant: 'wide' | 'narrow') => {
    const svg = parse(render(rows, SIZES[variant]));
    return Math.max(
      ...[...svg.querySelectorAll('g.grid line, g.grid path')].map((l) => Number(l.getAttribute('x1') ?? l.getAttribute('x'))),
    );
  };
  // The domain ends at the same value: the last gridline of each sits at the right edge of the plot.
  expect(extent('wide')).toBeGreaterThan(SIZES.wide.width - 40);
  expect(extent('narrow')).toBeGreaterThan(SIZES.narrow.width - 40);
  for (const t of wide.slice(1)) expect(t).toMatch(/ M$/);
});

test('the key draws the real shapes: a dashed box for claims, a bar for the estimate, a range for the range', () => {
  expect(buildChart(fiftyMillion).key.map((k) => k.shape)).toEqual(['dashed-box', 'bar', 'range']);
});

test('the headline sets the encyclopaedic total against the official one, from the rows', () => {
  const chart = buildChart(fiftyMillion);
  const world = rows.find((r) => r.qualifier === 'range')!;
  expect(chart.headline).toContain(formatNumbers([world.low!, world.high!]));
  expect(chart.headline).toMatch(/not the official 50\smillion$/);
  expect(chart.headline!.split(/\s+/).length).toBeLessThanOrEqual(12);
});
