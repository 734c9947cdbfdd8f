import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { timeline, render, tracksOf } from '../../../src/charts/timeline';
import { SIZES } from '../../../src/charts/lib/grammar';
import { parse, textOf } from './svg-query';

const rows = buildChart(timeline).drawn;
const tracks = tracksOf(rows);

test('events run in date order from 1969 to 2025', () => {
  expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
  expect(rows[0]!.date.slice(0, 4)).toBe('1969');
  expect(rows.at(-1)!.date.slice(0, 4)).toBe('2025');
});

describe.each(['wide', 'narrow'] as const)('timeline, %s', (variant) => {
  const svg = parse(render(rows, SIZES[variant]));
  const events = [...svg.querySelectorAll(':scope > g.event')];

  test('one entry per event, top to bottom in date order, each in its track’s lane', () => {
    expect(events).toHaveLength(rows.length);
    const text = (g: Element) => textOf(g.querySelector('text:not(.year)')!);
    expect(events.map(text)).toEqual(rows.map((r) => r.event));
    rows.forEach((r, i) => expect(events[i]!.classList.contains(`event--${r.track.toLowerCase().replace(/[^a-z]+/g, '-')}`)).toBe(true));
  });

  test('each year is printed once, at its first event', () => {
    const years = [...svg.querySelectorAll('text.year')].map((t) => t.textContent);
    expect(years).toEqual([...new Set(rows.map((r) => r.date.slice(0, 4)))]);
  });

  test('the key names every track, and tracks differ by shape as well as lane', () => {
    const key = [...svg.querySelectorAll('g.key g.event')];
    expect(key.map((g) => g.querySelector('text')?.textContent)).toEqual(tracks);
    const shapes = key.map(
      (g) =>
        `${g.children[0]!.tagName}${g.children[0]!.getAttribute('class') ?? ''}${(g.children[0]!.getAttribute('d') ?? '').split('L').length}`,
    );
    expect(new Set(shapes).size).toBe(tracks.length);
  });
});
