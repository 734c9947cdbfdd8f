/**
 * Timeline: the diaspora-building project from 1969 to 2022, one line per event in date order, a lane
 * per track (state institutions, congresses, law, Russia, conflict). Track is shown by lane, shape and
 * colour together. Hand-built: labels need wrapping, which Plot's text mark does not do by width.
 */
import { fonts, type ChartSize } from './lib/theme';
import { round, textBlock, wrap } from './lib/text';
import { esc } from './lib/svg';

/** One event, as drawn and downloaded. */
export interface TimelineRow {
  [key: string]: string | number | null;
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

export function timeline(rows: readonly TimelineRow[], size: ChartSize, tracks: readonly string[]): string {
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
        (year !== lastYear ? `<text class="year" x="${yearWidth}" y="${round(y + FONT.label * 0.7)}" text-anchor="end" font-weight="700">${year}</text>` : '') +
        shape(SHAPES[tracks.indexOf(r.track) % SHAPES.length]!, laneX(r.track), cy) +
        textBlock(lines, textX, y + FONT.label * 0.7, lineHeight, `text-anchor="start" font-size="${FONT.label}"`) +
        `</g>`,
    );
    lastYear = year;
    y += Math.max(lines.length * lineHeight, 20) + 6;
  }
  const height = round(y + 4);
  const laneLines = tracks
    .map((t) => `<line x1="${laneX(t)}" x2="${laneX(t)}" y1="${top}" y2="${height - 4}"/>`)
    .join('');
  return (
    `<svg width="${size.width}" height="${height}" viewBox="0 0 ${size.width} ${height}" fill="currentColor" text-anchor="middle">` +
    `<g class="key">${key}</g><g class="track">${laneLines}</g>${events.join('')}</svg>`
  );
}
