/**
 * Timeline: the diaspora-building project from 1969 to 2022, one line per event in date order, a lane
 * per track (state institutions, congresses, law, Russia, conflict). Track is shown by lane, shape and
 * colour together. Hand-built: labels need wrapping, which Plot's text mark does not do by width.
 */
import type { ChartSpec } from './lib/definition';
import { first } from './lib/prose';
import { ids } from './lib/records';
import { fonts, type ChartSize } from './lib/grammar';
import { round, textBlock, wrap } from './lib/text';
import { esc } from './lib/svg';

/** One event, as drawn and downloaded. */
export interface TimelineRow {
  [key: string]: string | number | null;
  /** The record: `timeline.…`. */
  ref: string;
  /** ISO date, as precise as known (`2002`, `2002-07`, `2002-07-05`). */
  date: string;
  event: string;
  /** Lane name as shown, e.g. "State institutions". */
  track: string;
  /** Title of the chapter that tells this part, or null. */
  chapter: string | null;
  sources: string;
}

/** Shapes per lane, so track never depends on colour alone. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'ring'] as const;

function shape(kind: (typeof SHAPES)[number], x: number, y: number): string {
  const r = 5.5;
  switch (kind) {
    case 'square':
      return `<rect x="${round(x - r)}" y="${round(y - r)}" width="${2 * r}" height="${2 * r}"/>`;
    case 'diamond':
      return `<path d="M${round(x)},${round(y - r - 1)}L${round(x + r + 1)},${round(y)}L${round(x)},${round(y + r + 1)}L${round(x - r - 1)},${round(y)}Z"/>`;
    case 'triangle':
      return `<path d="M${round(x)},${round(y - r - 1)}L${round(x + r + 1)},${round(y + r)}L${round(x - r - 1)},${round(y + r)}Z"/>`;
    case 'ring':
      return `<circle class="ring" cx="${round(x)}" cy="${round(y)}" r="${r - 1}"/>`;
    default:
      return `<circle cx="${round(x)}" cy="${round(y)}" r="${r}"/>`;
  }
}

/** The lanes drawn: the tracks the rows use, in the words table's order. */
export function tracksOf(rows: readonly TimelineRow[]): string[] {
  return Object.values(words.tracks).filter((t) => rows.some((r) => r.track === t));
}

export function render(rows: readonly TimelineRow[], size: ChartSize): string {
  const tracks = tracksOf(rows);
  const FONT = fonts(size);
  const wide = size.variant === 'wide';
  const lane = wide ? 26 : 18;
  const yearWidth = wide ? 52 : 40;
  const lanesX = yearWidth + 8;
  const textX = lanesX + tracks.length * lane + 10;
  const lineHeight = FONT.label * 1.3;
  const keyLines = wide ? 1 : Math.ceil(tracks.length / 2);
  const top = 12 + keyLines * 22 + 10;
  const laneX = (t: string) => lanesX + tracks.indexOf(t) * lane + lane / 2;
  const slug = (t: string) => t.toLowerCase().replace(/[^a-z]+/g, '-');
  const key = tracks
    .map((t, i) => {
      const col = wide ? i : i % 2;
      const row = wide ? 0 : Math.floor(i / 2);
      const colWidth = wide ? size.width / tracks.length : size.width / 2;
      const x = col * colWidth + 8;
      const y = 16 + row * 22;
      return `<g class="event event--${slug(t)}">${shape(SHAPES[i % SHAPES.length]!, x, y)}<text x="${x + 12}" y="${y + 4.5}" text-anchor="start" font-size="${FONT.small}">${esc(t)}</text></g>`;
    })
    .join('');
  let y = top + 8;
  let lastYear = '';
  const events: string[] = [];
  for (const r of rows) {
    const lines = wrap(r.event, size.width - textX - 4, FONT.label);
    const year = r.date.slice(0, 4);
    const cy = y + FONT.label * 0.35;
    events.push(
      `<g class="event event--${slug(r.track)}">` +
        (year !== lastYear
          ? `<text class="year" x="${yearWidth}" y="${round(y + FONT.label * 0.7)}" text-anchor="end" font-weight="700">${year}</text>`
          : '') +
        shape(SHAPES[tracks.indexOf(r.track) % SHAPES.length]!, laneX(r.track), cy) +
        textBlock(lines, textX, y + FONT.label * 0.7, lineHeight, `text-anchor="start" font-size="${FONT.label}"`) +
        `</g>`,
    );
    lastYear = year;
    y += Math.max(lines.length * lineHeight, 20) + 6;
  }
  const height = round(y + 4);
  const laneLines = tracks.map((t) => `<line x1="${laneX(t)}" x2="${laneX(t)}" y1="${top}" y2="${height - 4}"/>`).join('');
  return (
    `<svg width="${size.width}" height="${height}" viewBox="0 0 ${size.width} ${height}" fill="currentColor" text-anchor="middle">` +
    `<g class="key">${key}</g><g class="track">${laneLines}</g>${events.join('')}</svg>`
  );
}

export const words = {
  title: 'Building a diaspora: a timeline',
  takeaway: (v: { from: string; to: string }) =>
    `Decrees, congresses and committees, ${v.from}–${v.to}, and the conflicts and Russian actions around them.`,
  description: (v: { count: number; from: string; to: string; lanes: readonly string[]; events: readonly string[] }) =>
    `Timeline of ${v.count} events from ${v.from} to ${v.to}, in lanes by track (${v.lanes.join(', ')}). ${v.events.join('; ')}.`,
  lane: (track: string, count: number) => `${track} ${count}`,
  event: (date: string, event: string) => `${date}: ${event}`,
  notes: [
    'Dates are as precise as the sources allow (day, month or year). Where sources give competing dates, the table’s sources say which we used.',
  ],
  /** Lane names, in lane order. */
  tracks: { stateInstitutions: 'State institutions', congresses: 'Congresses', law: 'Law', russia: 'Russia', conflict: 'Conflict' },
};

export const timeline: ChartSpec<TimelineRow, typeof words> = {
  id: 'timeline',
  words,
  rows: ({ data }) =>
    [...data.timeline]
      .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id))
      .map((e) => ({
        ref: `timeline.${e.id}`,
        date: e.date.start,
        event: e.title,
        track: words.tracks[e.track],
        chapter: e.chapter ?? null,
        sources: ids(e.sources),
      })),
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'event', label: 'Event' },
    { key: 'track', label: 'Track' },
    { key: 'chapter', label: 'Chapter', chapter: true },
    { key: 'sources', label: 'Source ids' },
  ],
  key: () => [],
  takeaway: (rows, w) =>
    w.takeaway({ from: first(rows, 'event').date.slice(0, 4), to: first([...rows].reverse(), 'event').date.slice(0, 4) }),
  description: (rows, w) =>
    w.description({
      count: rows.length,
      from: first(rows, 'event').date,
      to: first([...rows].reverse(), 'event').date,
      lanes: tracksOf(rows).map((t) => w.lane(t, rows.filter((r) => r.track === t).length)),
      events: rows.map((r) => w.event(r.date, r.event)),
    }),
  notes: (_rows, w) => [...w.notes],
  render,
};
