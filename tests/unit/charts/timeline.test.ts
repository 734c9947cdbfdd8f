import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { timeline, render, spread, tracksOf, yearOf } from '../../../src/charts/timeline';
import { SIZES } from '../../../src/charts/lib/grammar';
import { parse, textOf } from './svg-query';

const chart = buildChart(timeline);
const rows = chart.drawn;
const tracks = tracksOf(rows);
const milestones = rows.filter((r) => r.milestone !== null);

test('events run in date order from 1969 to 2025', () => {
  expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
  expect(rows[0]!.date.slice(0, 4)).toBe('1969');
  expect(rows.at(-1)!.date.slice(0, 4)).toBe('2025');
});

test('five or six milestones, and the description names them rather than every event', () => {
  expect(milestones.length).toBeGreaterThanOrEqual(5);
  expect(milestones.length).toBeLessThanOrEqual(6);
  for (const m of milestones) expect(chart.description).toContain(m.event);
  const ordinary = rows.filter((r) => r.milestone === null);
  expect(ordinary.filter((r) => chart.description.includes(r.event))).toEqual([]);
});

test('spread keeps labels apart and near where they want to be', () => {
  const at = spread(
    [
      { want: 10, size: 20 },
      { want: 12, size: 20 },
      { want: 100, size: 10 },
    ],
    4,
    -100,
  );
  expect(at[1]! - at[0]!).toBe(24);
  // The colliding pair is centred on the mean of what its members want.
  expect((at[0]! + at[1]! + 20) / 2).toBe(11);
  expect(at[2]).toBe(95);
  // Nothing starts before the minimum.
  expect(spread([{ want: 0, size: 20 }], 4, 5)).toEqual([5]);
});

describe.each(['wide', 'narrow'] as const)('timeline, %s', (variant) => {
  const svg = parse(render(rows, SIZES[variant]));
  const glyphs = [...svg.querySelectorAll('g.events > g.event > *')].sort(
    (a, b) => Number(a.getAttribute('data-row')) - Number(b.getAttribute('data-row')),
  );
  const y = (g: Element) => Number(g.getAttribute('cy') ?? g.getAttribute('y') ?? /,([\d.]+)/.exec(g.getAttribute('d') ?? '')?.[1]);

  test('one glyph per event, placed down a date scale, each in its track’s colour class and tagged with its row', () => {
    expect(glyphs).toHaveLength(rows.length);
    rows.forEach((r, i) => {
      expect(glyphs[i]!.parentElement!.classList.contains(`lane-${Object.values(timeline.words.tracks).indexOf(r.track) + 1}`)).toBe(true);
      expect(glyphs[i]!.getAttribute('data-row')).toBe(String(i));
    });
    // Later events are lower; a gap of years is a gap on the page.
    const ys = glyphs.map(y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! + 8).toBeGreaterThanOrEqual(ys[i - 1]!);
    const gap = (a: number, b: number) => (ys[b]! - ys[a]!) / (yearOf(rows[b]!.date) - yearOf(rows[a]!.date));
    expect(gap(0, 1)).toBeCloseTo(gap(0, rows.length - 1), 0);
  });

  test('milestones are drawn larger and named, and only they', () => {
    const big = glyphs.filter((g) => g.getAttribute('class')?.includes('milestone'));
    expect(big).toHaveLength(milestones.length);
    const bold = [...svg.querySelectorAll('g.label--milestone text')].map(textOf);
    expect(bold).toEqual(milestones.map((m) => `${m.date.slice(0, 4)} ${m.event}`));
    const named = svg.querySelectorAll('g.label').length;
    expect(named).toBe(milestones.length);
  });

  test('no two labels overlap', () => {
    const boxes = [...svg.querySelectorAll('g.label text')].map((t) => {
      const spans = [...t.querySelectorAll('tspan')].map((s) => Number(s.getAttribute('y')));
      return [spans[0]! - 14, spans.at(-1)! + 4] as const;
    });
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1] - 3);
  });

  test('the key names every track, and tracks differ by shape as well as colour', () => {
    const key = [...svg.querySelectorAll('g.key g.event')];
    expect(key.map((g) => g.querySelector('text')?.textContent)).toEqual(tracks);
    const shapes = key.map(
      (g) =>
        `${g.children[0]!.tagName}${g.children[0]!.getAttribute('class') ?? ''}${(g.children[0]!.getAttribute('d') ?? '').split('L').length}`,
    );
    expect(new Set(shapes).size).toBe(tracks.length);
  });
});

test('the phone drawing stays short: under 900 px for half a century', () => {
  const svg = parse(render(rows, SIZES.narrow));
  expect(Number(svg.getAttribute('height'))).toBeLessThan(900);
});
