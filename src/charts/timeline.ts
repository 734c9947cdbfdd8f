/**
 * Timeline: the diaspora-building project from 1969 on, every event a glyph on one date scale running
 * down the page, its track (state institutions, congresses, law, Russia, conflict) shown by colour and
 * shape together. Glyphs that fall on the same dates step aside rather than hide each other. Only the
 * milestones are named, so the chart shows the shape of the story in one look (the table under the
 * chart and the tooltips carry every event). Hand-built: labels wrap and are spread
 * apart along the scale, which Plot's text mark does not do.
 */
import type { ChartSpec } from './lib/definition';
import { first } from './lib/prose';
import { ids } from './lib/records';
import { rowIndex } from './lib/marks';
import { fonts, SIZES, type ChartSize } from './lib/grammar';
import { edition, shown } from './lib/edition';
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
  /** "yes" for a milestone (labelled and drawn larger everywhere), else null. */
  milestone: string | null;
  /** Title of the chapter that tells this part, or null. */
  chapter: string | null;
  sources: string;
}

/** Shapes per track, so track never depends on colour alone. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'ring'] as const;

/** A tenth of a pixel is precision enough, and keeps the page small. */
const tenth = (n: number) => Math.round(n * 10) / 10;

function shape(kind: (typeof SHAPES)[number], x: number, y: number, r: number, attrs = '', cls = ''): string {
  const round = tenth;
  const [X, Y, R] = [round(x), round(y), round(r)];
  const classes = [kind === 'ring' ? 'ring' : '', cls].filter(Boolean).join(' ');
  const a = `${attrs ? ` ${attrs}` : ''}${classes ? ` class="${classes}"` : ''}`;
  switch (kind) {
    case 'square':
      return `<rect x="${round(x - r * 0.9)}" y="${round(y - r * 0.9)}" width="${round(1.8 * r)}" height="${round(1.8 * r)}"${a}/>`;
    case 'diamond':
      return `<path d="M${X},${round(y - r - 1)}L${round(x + r + 1)},${Y}L${X},${round(y + r + 1)}L${round(x - r - 1)},${Y}Z"${a}/>`;
    case 'triangle':
      return `<path d="M${X},${round(y - r - 1)}L${round(x + r + 1)},${round(y + r)}L${round(x - r - 1)},${round(y + r)}Z"${a}/>`;
    case 'ring':
      return `<circle cx="${X}" cy="${Y}" r="${round(r - 1)}"${a}/>`;
    default:
      return `<circle cx="${X}" cy="${Y}" r="${R}"${a}/>`;
  }
}

/** The lanes drawn: the tracks the rows use, in the words table's order. */
export function tracksOf(rows: readonly TimelineRow[]): string[] {
  return Object.values(words.tracks).filter((t) => rows.some((r) => r.track === t));
}

/** A date as a fractional year (mid-period when only the year or month is known). */
export function yearOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  return y + (m - 1) / 12 + (d === undefined ? 0.5 : (d - 1) / 31) / 12;
}

/**
 * Spreads labels along one axis: each wants to sit at `want` and is `size` long; none may overlap
 * (with `gap` between them) or start before `min`. Neighbours that would collide are moved as a block
 * centred on where they want to be, so each label stays as near its glyph as the others allow.
 */
export function spread(items: readonly { want: number; size: number }[], gap: number, min: number): number[] {
  type Block = { start: number; size: number; members: number[]; wants: number };
  const blocks: Block[] = [];
  items.forEach((it, i) => {
    let b: Block = { start: Math.max(min, it.want - it.size / 2), size: it.size, members: [i], wants: it.want };
    for (;;) {
      const prev = blocks.at(-1);
      if (!prev || prev.start + prev.size + gap <= b.start) break;
      blocks.pop();
      const members = [...prev.members, ...b.members];
      const size = prev.size + gap + b.size;
      const wants = prev.wants + b.wants;
      // The block's centre is the mean of what its members want.
      b = { start: Math.max(min, wants / members.length - size / 2), size, members, wants };
    }
    blocks.push(b);
  });
  const at: number[] = [];
  for (const b of blocks) {
    let y = b.start;
    for (const i of b.members) {
      at[i] = y;
      y += items[i]!.size + gap;
    }
  }
  return at;
}

/**
 * Both drawings are the same column: the wide one centres the phone's drawing in the desktop frame.
 * Same bytes twice, so the page's gzip stores the second drawing almost for free.
 */
// The lanes are named in the rows (English in every edition); their key names come from `shown`.
export function render(rows: readonly TimelineRow[], size: ChartSize): string {
  const column = SIZES.narrow.width;
  const { svg, height } = drawColumn(rows, column);
  const width = size.variant === 'wide' ? size.width : column;
  const body = width === column ? svg : `<g transform="translate(${round((width - column) / 2)},0)">${svg}</g>`;
  return `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" fill="currentColor" text-anchor="middle">${body}</svg>`;
}

function drawColumn(rows: readonly TimelineRow[], width: number): { svg: string; height: number } {
  const tracks = tracksOf(rows);
  const FONT = fonts(SIZES.narrow);
  const shapeOf = (t: string) => SHAPES[tracks.indexOf(t) % SHAPES.length]!;
  // A track's colour comes from charts.css by its place in the lane order, the same in every edition.
  const trackClass = (t: string) => `lane-${Object.values(words.tracks).indexOf(t) + 1}`;
  const keyRows = Math.ceil(tracks.length / 2);
  const key = tracks
    .map((t, i) => {
      const [x, y] = [(i % 2) * 170 + 8, 12 + Math.floor(i / 2) * 22];
      return `<g class="event ${trackClass(t)}">${shape(shapeOf(t), x, y, 5.5)}<text x="${x + 13}" y="${y + 4.5}" text-anchor="start">${esc(shown(t))}</text></g>`;
    })
    .join('');
  // The date scale, down the page; the whole first and last years shown.
  const years = rows.map((r) => yearOf(r.date));
  const [y0, y1] = [Math.floor(Math.min(...years)), Math.floor(Math.max(...years)) + 1];
  const top = 12 + keyRows * 22 + 18;
  const perYear = 9;
  const at = (year: number) => top + (year - y0) * perYear;
  const axisX = 38;
  // Glyphs closer than `step` on the scale step sideways, so none hides another.
  const step = 12;
  const placed: { y: number; k: number }[] = [];
  const glyphs = rows.map((r) => {
    const y = at(yearOf(r.date));
    let k = 0;
    while (placed.some((p) => p.k === k && Math.abs(p.y - y) < step)) k++;
    placed.push({ y, k });
    return { r, y, x: axisX + 14 + k * step, big: r.milestone !== null };
  });
  const columnEnd = Math.max(...glyphs.map((g) => g.x)) + 10;
  // Labels: the milestones only (the table and the tooltips carry every event).
  const labelX = columnEnd + 22;
  const lineHeight = FONT.label * 1.25;
  const blocks = glyphs
    .filter((g) => g.big)
    .map((g) => {
      // A milestone in the edition's words; a title it has no name for stays the record's English.
      const title = shown(g.r.event);
      const lines = wrap(`${g.r.date.slice(0, 4)} ${title}`, width - labelX - 4, FONT.label);
      return { g, lines, english: edition() !== 'en' && title === g.r.event, want: g.y, size: lines.length * lineHeight };
    });
  const starts = spread(blocks, 8, top - 8);
  const leaders: string[] = [];
  const labels = blocks
    .map((b, i) => {
      const y = starts[i]!;
      // The leader runs from the glyph to the label's first line.
      const ly = y + lineHeight * 0.5;
      leaders.push(`M${tenth(b.g.x + 8)},${tenth(b.g.y)}H${tenth(columnEnd + 4)}L${tenth(labelX - 5)},${tenth(ly)}`);
      // A title left in the records' English is marked so in another edition's drawing.
      return `<g class="label label--milestone"${b.english ? ' lang="en"' : ''}>${textBlock(b.lines, labelX, tenth(y + FONT.label * 0.8), tenth(lineHeight))}</g>`;
    })
    .join('');
  const lastLabel = blocks.length ? starts.at(-1)! + blocks.at(-1)!.size : 0;
  const height = round(Math.max(at(y1), lastLabel) + 10);
  const ticks: string[] = [];
  for (let y = Math.ceil(y0 / 10) * 10; y <= y1; y += 10)
    ticks.push(
      `<line x1="${axisX}" x2="${axisX + 5}" y1="${round(at(y))}" y2="${round(at(y))}"/><text x="${axisX - 5}" y="${round(at(y) + 4.5)}" text-anchor="end">${y}</text>`,
    );
  // One group per track (its colour), the glyphs in date order inside it; a milestone is larger.
  const marks = tracks
    .map((t) => {
      const these = glyphs.filter((g) => g.r.track === t);
      const drawn = these.map(({ r, x, y, big }) => {
        const row = rowIndex.get(r);
        return shape(shapeOf(t), x, y, big ? 7 : 5, row === undefined ? '' : `data-row="${row}"`, big ? 'milestone' : '');
      });
      return `<g class="event ${trackClass(t)}">${drawn.join('')}</g>`;
    })
    .join('');
  return {
    height,
    svg:
      `<g class="key">${key}</g>` +
      `<g class="axis"><path d="M${axisX},${top}V${round(at(y1))}"/>${ticks.join('')}</g>` +
      `<path class="leaders" fill="none" stroke="currentColor" stroke-opacity="0.3" d="${leaders.join('')}"/>` +
      `<g class="events">${marks}</g><g class="labels" text-anchor="start" font-size="${FONT.label}" font-weight="700">${labels}</g>`,
  };
}

/** The span of the milestones (first and last year) and how many there are: the headline's figures. */
export function milestoneSpan(rows: readonly TimelineRow[]): { from: string; to: string; milestones: number } {
  const marked = rows.filter((r) => r.milestone !== null);
  return {
    from: first(marked, 'milestone').date.slice(0, 4),
    to: first([...marked].reverse(), 'milestone').date.slice(0, 4),
    milestones: marked.length,
  };
}

export const words = {
  title: 'Building a diaspora: a timeline',
  headline: (v: { from: string; to: string; milestones: number }) =>
    `${v.from}–${v.to}: ${v.milestones} turning points of a diaspora built by the state`,
  takeaway: (v: { from: string; to: string }) => `State acts and congresses, ${v.from}–${v.to}, amid conflicts and Russian moves.`,
  description: (v: { count: number; from: string; to: string; lanes: readonly string[]; milestones: readonly string[] }) =>
    `Timeline of ${v.count} events from ${v.from} to ${v.to} on one date scale, by track (${v.lanes.join(', ')}). Milestones: ${v.milestones.join('; ')}. The table lists every event.`,
  lane: (track: string, count: number) => `${track} ${count}`,
  event: (date: string, event: string) => `${date}: ${event}`,
  /** The milestone column's word for a milestone. */
  milestone: 'yes',
  notes: [
    'Dates are as precise as the sources allow (day, month or year). Where sources give competing dates, the table’s sources say which we used.',
    'Milestones, drawn larger and named, are the turning points the chapters rest on; every other event is in the table and in the tooltips.',
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
        milestone: e.milestone ? words.milestone : null,
        chapter: e.chapter ?? null,
        sources: ids(e.sources),
      })),
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'event', label: 'Event' },
    { key: 'track', label: 'Track' },
    { key: 'milestone', label: 'Milestone' },
    { key: 'chapter', label: 'Chapter', chapter: true },
    { key: 'sources', label: 'Source ids' },
  ],
  key: () => [],
  headline: (rows, w) => w.headline(milestoneSpan(rows)),
  takeaway: (rows, w) =>
    w.takeaway({ from: first(rows, 'event').date.slice(0, 4), to: first([...rows].reverse(), 'event').date.slice(0, 4) }),
  description: (rows, w) =>
    w.description({
      count: rows.length,
      from: first(rows, 'event').date,
      to: first([...rows].reverse(), 'event').date,
      lanes: tracksOf(rows).map((t) => w.lane(t, rows.filter((r) => r.track === t).length)),
      milestones: rows.filter((r) => r.milestone !== null).map((r) => w.event(r.date, r.event)),
    }),
  notes: (_rows, w) => [...w.notes],
  render,
};
