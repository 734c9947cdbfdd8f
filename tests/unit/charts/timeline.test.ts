import { describe, expect, test } from 'vitest';
import { chartById } from '../../../src/charts/registry';
import { timeline, type TimelineRow } from '../../../src/charts/timeline';
import { TRACK_NAMES } from '../../../src/charts/rows';
import { SIZES } from '../../../src/charts/lib/theme';
import { parse, textOf } from './svg-query';

const rows = chartById('timeline').rows as unknown as TimelineRow[];
const tracks = Object.values(TRACK_NAMES).filter((t) => rows.some((r) => r.track === t));

test('events run in date order from 1969 to 2025', () => {
  expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
  expect(rows[0]!.date.slice(0, 4)).toBe('1969');
  expect(rows.at(-1)!.date.slice(0, 4)).toBe('2025');
});

describe.each(['wide', 'narrow'] as const)('timeline, %s', (variant) => {
  const svg = parse(timeline(rows, SIZES[variant], tracks));
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
    const shapes = key.map((g) => `${g.children[0]!.tagName}${g.children[0]!.getAttribute('class') ?? ''}${(g.children[0]!.getAttribute('d') ?? '').split('L').length}`);
    expect(new Set(shapes).size).toBe(tracks.length);
  });
});
