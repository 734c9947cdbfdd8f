/**
 * The world map: one proportional circle per country where Azerbaijanis have been counted (the same
 * figure per country as "Claimed vs counted"), and the official claim in a framed inset, "the claim,
 * to scale" — a claim has no place on the map, only a size.
 *
 * Circle area is proportional to the figure, so every kind is a circle (areas are compared) and its
 * colour says what kind of figure it is; a range is two nested circles (low end solid, high end a
 * paler disc). A figure too small to draw to scale is a dot of the grammar's minimum size, filled in
 * its kind's colour (a hollow ring is a claim's mark), and the key and notes say so. The claim, a
 * lower bound, carries the open arrows of a "more than" out of its ring. Labels are placed where they
 * fit, clear of every mark and label. Hand-built with d3-geo, like the pyramid: Plot's geo marks would
 * add nothing but bytes.
 */
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { formatQuantity } from '../data/format.ts';
import { AREA_NAMES } from '../data/areas.ts';
import { claimRow, countryCounts, estimateRow } from './claimed-vs-counted';
import type { ChartSpec } from './lib/definition';
import { figureColumns } from './lib/columns';
import { byCentre, first, number, people } from './lib/prose';
import { need } from './lib/records';
import { edition, shown } from './lib/edition';
import { BASEMAP } from './lib/basemap';
import { centre, figureLabel, quantityOf, reach, type FigureMark } from './lib/marks';
import { fonts, KIND, keyEntry, MIN_SYMBOL_RADIUS, QUALIFIER_CLASS, type ChartSize } from './lib/grammar';
import { esc } from './lib/svg';
import { rowIndex } from './lib/marks';
import { GLYPH, round } from './lib/text';

/** One figure on the map, as drawn and downloaded. */
export interface WorldMapRow extends FigureMark {
  [key: string]: string | number | null;
  /** The record: `claims.…` or `estimates.…`. */
  ref: string;
  /** The country, or the claim (which is not placed). */
  place: string;
  /** ISO 3166-1 alpha-2 code; empty for the claim. */
  area: string;
  definition: string;
  year: string;
  /** Where the symbol is drawn (the capital); null for the claim. */
  lon: number | null;
  lat: number | null;
  sources: string;
}

/**
 * Symbols sit at each country's capital: the map shows how many, not where in a country they live.
 * Iran's is the exception: at Tehran its circle would cover Azerbaijan, Armenia and Georgia, so it
 * sits in the middle of the country (the notes say so). Longitude, latitude in degrees.
 */
export const SYMBOL_AT: Readonly<Record<string, readonly [number, number]>> = {
  AM: [44.51, 40.18],
  BY: [27.56, 53.9],
  CA: [-75.7, 45.42],
  DE: [13.4, 52.52],
  GB: [-0.13, 51.51],
  GE: [44.79, 41.72],
  IL: [35.21, 31.77],
  IR: [56.5, 31.5],
  KG: [74.59, 42.87],
  KZ: [71.45, 51.17],
  RU: [37.62, 55.76],
  TM: [58.38, 37.95],
  TR: [32.86, 39.93],
  UA: [30.52, 50.45],
  US: [-77.04, 38.91],
  UZ: [69.24, 41.31],
  AZ: [49.87, 40.41],
};

/** The Americas, west of 30° W: off the phone map, so listed at its edge (and always labelled). */
export const inAmericas = (r: WorldMapRow) => r.lon !== null && r.lon < -30;
/** Figures this large get a label on the map (bounds always do); every figure is in the table. */
export const LABEL_FROM = 100_000;

/** Which side of its mark a label is tried first. */
type Side = 'left' | 'right' | 'above' | 'below';

interface Layout {
  height: number;
  /** Points the projection must fit: the symbols it shows, with room around them. */
  fit: [number, number][];
  /** Central meridian. */
  rotate: number;
  /** Radius of the largest figure, px. */
  maxRadius: number;
  /** Label side per country code; others go right. */
  sides: Readonly<Record<string, Side>>;
  /** Whether figures too small to draw to scale are labelled when they are bounds (no room on a phone). */
  labelSmallBounds: boolean;
  /** Whether the Americas are drawn in place (wide) or listed at the edge (narrow). */
  americas: boolean;
  /** Whether the claim's inset sits in the map's empty corner (wide) or in a band below the map (narrow). */
  insetBelow: boolean;
}

const LAYOUTS: Readonly<Record<ChartSize['variant'], Layout>> = {
  wide: {
    height: 420,
    fit: [
      [-80, 35],
      [-76, 50],
      [76, 38],
      [74, 53],
      [-10, 62],
      [50, 28],
      [20, 35],
    ],
    rotate: 5,
    maxRadius: 46,
    sides: { IR: 'below', TR: 'left', GE: 'above', DE: 'left', KZ: 'right', RU: 'right', US: 'right', CA: 'above', BY: 'left', GB: 'left' },
    americas: true,
    insetBelow: false,
    labelSmallBounds: true,
  },
  narrow: {
    height: 330,
    fit: [
      [-10, 36],
      [76, 38],
      [74, 53],
      [0, 58],
      [50, 28],
      [20, 34],
    ],
    rotate: 35,
    maxRadius: 34,
    sides: { IR: 'below', TR: 'below', GE: 'above', DE: 'above', KZ: 'below', RU: 'above' },
    americas: false,
    insetBelow: true,
    labelSmallBounds: false,
  },
};

/**
 * The smallest circle drawn to scale, px: a figure below that size is a dot of this size instead,
 * filled in its kind's colour (the grammar's minimum-size mark; a ring would read as a claim).
 */
export const MIN_RADIUS = MIN_SYMBOL_RADIUS;

/** Whole pixels for positions on the map (its land is drawn to whole pixels too); radii keep their precision. */
const px = Math.round;

/** Length of the open arrows a lower bound drawn to scale carries out of its circle, px. */
const ARROW = 18;

/** A circle of radius r at (x, y), tagged with its row for the tooltips. */
function circle(r: WorldMapRow, x: number, y: number, radius: number): string {
  const at = rowIndex.get(r);
  return `<circle cx="${px(x)}" cy="${px(y)}" r="${round(radius)}"${at === undefined ? '' : ` data-row="${at}"`}/>`;
}

/**
 * A lower bound drawn to scale: the open arrow every chart draws beyond a "more than", here out of
 * both sides of its circle — at least this big.
 */
function boundArrows(colour: string, x: number, y: number, rr: number): string {
  const arrow = (s: 1 | -1) => {
    const [from, tip, back] = [x + s * (rr + 3), x + s * (rr + 3 + ARROW), x + s * (rr + ARROW - 3)];
    return `M${px(from)},${px(y)}H${px(tip)}M${px(back)},${px(y - 4)}L${px(tip)},${px(y)}L${px(back)},${px(y + 4)}`;
  };
  return `<g class="${QUALIFIER_CLASS.moreThan} l-${colour}"><path d="${arrow(-1)}${arrow(1)}"/></g>`;
}

/**
 * An SVG path of absolute moves, lines and closes (d3-geo's output, "M512,233L515,232Z") rewritten
 * with relative steps ("M512,233l3,-1z"): the same outline, in far fewer characters.
 */
export function relativePath(d: string): string {
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let out = '';
  let last = '';
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      [x, y, last] = [startX, startY, 'z'];
      continue;
    }
    const [nx, ny] = (args ?? '').split(',').map(Number) as [number, number];
    const [dx, dy] = [nx - x, ny - y];
    if (command === 'M') {
      out += out ? `m${dx},${dy}` : `M${nx},${ny}`;
      [startX, startY, last] = [nx, ny, 'm'];
    } else {
      // After a line, the next pair needs no letter: a space, or nothing before a minus sign.
      out += last === 'l' ? `${dx < 0 ? '' : ' '}${dx},${dy}` : `l${dx},${dy}`;
      last = 'l';
    }
    [x, y] = [nx, ny];
  }
  return out;
}

/** A box in drawing px. */
interface Box {
  l: number;
  r: number;
  t: number;
  b: number;
}

/** A map label: its side of the symbol, its shift along (above or below), and its one or two lines. */
interface Placement {
  side: Side;
  dx: number;
  lines: readonly string[];
}

/** Line spacing of a two-line label, in font sizes. */
const LEADING = 1.3;

/** The first baseline of a label of `lines` lines above or below a symbol of radius r at y. */
function firstBaseline(side: 'above' | 'below', y: number, r: number, size: number, lines: number): number {
  return side === 'above' ? y - r - 6 - (lines - 1) * size * LEADING : y + r + 4 + size * 0.8;
}

/** The ink of a label of `lines` lines beside a symbol of radius r: for the label placer. */
function labelBox(side: Side, x: number, y: number, r: number, size: number, textWidth: number, lines = 1): Box {
  const gap = r + 4;
  const ink = (first: number) => ({ t: first - 0.85 * size, b: first + (lines - 1) * size * LEADING + 0.25 * size });
  if (side === 'left') return { l: x - gap - textWidth, r: x - gap, ...ink(y + size * 0.35) };
  if (side === 'right') return { l: x + gap, r: x + gap + textWidth, ...ink(y + size * 0.35) };
  return { l: x - textWidth / 2, r: x + textWidth / 2, ...ink(firstBaseline(side, y, r, size, lines)) };
}

/**
 * Where a label above or below its symbol may sit along: centred, or slid a quarter of its width
 * either way, kept inside the drawing, the symbol still over or under the label's middle. Beside
 * the symbol, only where it is.
 */
function slides(side: Side, x: number, textWidth: number, width: number): number[] {
  if (side === 'left' || side === 'right') return [0];
  const inside = (at: number) => Math.max(2 + textWidth / 2, Math.min(at, width - 2 - textWidth / 2));
  return [...new Set([0, -textWidth / 4, textWidth / 4].map((shift) => inside(x + shift) - x))].filter(
    (dx) => Math.abs(dx) <= textWidth * 0.4,
  );
}

/**
 * A placed label: one line beside its symbol, or one or two
 * lines above or below it. Whole pixels and no font size (charts.css gives the drawing's, the same
 * as FONT.small): the map is on a chapter page, and every byte is paid there.
 */
function mapLabel(p: Placement, x: number, y: number, r: number, size: number, className: string): string {
  // Beside the symbol, the text starts (or ends) clear of it; above or below, it is centred on it.
  const at = p.side === 'left' ? x - r - 4 : p.side === 'right' ? x + r + 4 : x + p.dx;
  const lines = (first: number, anchor = '') =>
    `<text x="${px(at)}" y="${px(first)}"${anchor}>` +
    (p.lines.length === 1
      ? esc(p.lines[0]!)
      : p.lines.map((l, i) => `<tspan x="${px(at)}" y="${px(first + i * size * LEADING)}">${esc(l)}</tspan>`).join('')) +
    `</text>`;
  const text =
    p.side === 'left'
      ? lines(y + size * 0.35, ' text-anchor="end"')
      : p.side === 'right'
        ? lines(y + size * 0.35, ' text-anchor="start"')
        : lines(firstBaseline(p.side, y, r, size, p.lines.length));
  return `<g class="${className} halo">${text}</g>`;
}

const boxesMeet = (a: Box, b: Box, pad: number) => a.l < b.r + pad && b.l < a.r + pad && a.t < b.b + pad && b.t < a.b + pad;
const circleMeetsBox = (c: { x: number; y: number; r: number }, b: Box, pad: number) =>
  Math.hypot(c.x - Math.max(b.l, Math.min(c.x, b.r)), c.y - Math.max(b.t, Math.min(c.y, b.b))) < c.r + pad;

export function render(rows: readonly WorldMapRow[], size: ChartSize, w: typeof words = words): string {
  const layout = LAYOUTS[size.variant];
  const FONT = fonts(size);
  const { width } = size;
  const { height: mapHeight } = layout;
  const projection: GeoProjection = geoConicEqualArea()
    .parallels([35, 60])
    .rotate([-layout.rotate, 0])
    .fitExtent(
      [
        [8, 8],
        [width - 8, mapHeight - 8],
      ],
      { type: 'MultiPoint', coordinates: layout.fit },
    )
    .clipExtent([
      [0, 0],
      [width, mapHeight],
    ]);
  // Whole pixels: the land is a backdrop, and a tenth of a pixel tripled the map's weight on the page.
  // Relative steps ("l3,-1" rather than "L512,233") draw the same outline in ~2 KB gzip less.
  const geo = geoPath(projection).digits(0);
  const path = (shape: Parameters<typeof geo>[0]) => relativePath(geo(shape) ?? '');

  const { radius, floor } = sizeScale(rows, size.variant);
  /** The radius a figure is drawn at: to scale, or the minimum size. */
  const drawnRadius = (r: WorldMapRow) => (reach(r) < floor ? MIN_RADIUS : radius(reach(r)));
  const textWidth = (text: string) => text.length * FONT.small * GLYPH;
  // The placer's estimate: measured in the browser, a map label is at most 0.51 em a character in
  // either edition (GLYPH, 0.56, is a generous average for wrapping); a map needs the closer fit.
  const labelWidth = (lines: readonly string[]) => Math.max(...lines.map((l) => l.length)) * FONT.small * 0.52;

  const placed = rows.filter((r) => r.lon !== null && r.lat !== null && (layout.americas || !inAmericas(r)));
  const listed = rows.filter((r) => r.lon !== null && !placed.includes(r));
  const claims = rows.filter((r) => r.lon === null);

  // The claim: same scale, no place — in a framed inset, "the claim, to scale", in the map's corner
  // or, on a phone, in a band below the map. A lower bound carries its arrows, so the ring reads "at least".
  const boxHeightOf = (r: WorldMapRow) => FONT.small + 14 + 2 * radius(centre(r)) + 10 + FONT.small + 10;
  const band = layout.insetBelow ? Math.max(0, ...claims.map(boxHeightOf)) + 8 : 0;
  const height = mapHeight + band;
  const insetBoxes: Box[] = [];
  const inset = claims.map((r, i) => {
    const rr = radius(centre(r));
    const bound = r.qualifier === 'moreThan';
    const text = w.inset.label(figureLabel(r));
    const boxWidth = Math.max(
      bound ? 2 * (rr + 3 + ARROW) + 16 : 2 * rr + 24,
      Math.max(w.inset.heading.length, text.length) * FONT.small * GLYPH + 20,
    );
    const boxHeight = boxHeightOf(r);
    const [bx, by] = [8 + i * (boxWidth + 8), layout.insetBelow ? mapHeight + 4 : mapHeight - 8 - boxHeight];
    const [cx, cy] = [bx + boxWidth / 2, by + FONT.small + 14 + rr];
    insetBoxes.push({ l: bx, r: bx + boxWidth, t: by, b: by + boxHeight });
    return (
      `<g class="map-inset"><rect x="${px(bx)}" y="${px(by)}" width="${px(boxWidth)}" height="${px(boxHeight)}"/></g>` +
      `<g class="halo"><text class="map-inset__heading" x="${px(cx)}" y="${px(by + FONT.small + 6)}">${esc(w.inset.heading)}</text></g>` +
      `<g class="${KIND.claim.className} ${QUALIFIER_CLASS[r.qualifier]}">${circle(r, cx, cy, rr)}</g>` +
      (bound ? boundArrows(KIND.claim.colour, cx, cy, rr) : '') +
      `<g class="t-claim halo"><text x="${px(cx)}" y="${px(cy + rr + FONT.small + 4)}">${esc(text)}</text></g>`
    );
  });

  // On the phone map the Americas are off the edge: listed top left, each with its circle.
  const edgeBoxes: Box[] = [];
  const edge = listed.map((r, i) => {
    const y = 16 + i * (FONT.small + 8);
    const k = KIND[r.kind];
    const small = reach(r) < floor;
    const text = `← ${shown(r.place)} ${figureLabel(r)}`;
    edgeBoxes.push({ l: 10 - drawnRadius(r), r: 18 + textWidth(text), t: y - FONT.small, b: y + FONT.small * 0.25 });
    return (
      `<g class="${k.className} ${small ? 'map-small' : QUALIFIER_CLASS[r.qualifier]}">${circle(r, 10, y - FONT.small * 0.35, drawnRadius(r))}</g>` +
      `<g class="t-${k.colour} halo"><text x="18" y="${px(y)}" text-anchor="start">${esc(text)}</text></g>`
    );
  });

  const marks: string[] = [];
  const symbols: { row: WorldMapRow; x: number; y: number; r: number }[] = [];
  // Largest first, so smaller circles stay on top and visible.
  for (const r of [...placed].sort((a, b) => reach(b) - reach(a))) {
    const [x, y] = projection([r.lon ?? 0, r.lat ?? 0]) ?? [0, 0];
    const k = KIND[r.kind];
    if (reach(r) < floor) {
      marks.push(`<g class="${k.className} map-small">${circle(r, x, y, MIN_RADIUS)}</g>`);
    } else if (r.qualifier === 'range') {
      marks.push(`<g class="${k.className} map-range-high">${circle(r, x, y, radius(r.high ?? 0))}</g>`);
      marks.push(`<g class="${k.className} map-range-low">${circle(r, x, y, radius(r.low ?? 0))}</g>`);
    } else {
      marks.push(`<g class="${k.className} ${QUALIFIER_CLASS[r.qualifier]}">${circle(r, x, y, radius(r.value ?? 0))}</g>`);
      if (r.qualifier === 'moreThan') marks.push(boundArrows(k.colour, x, y, radius(r.value ?? 0)));
    }
    // A lower bound's arrows are part of its mark: labels keep clear of them too.
    const arrows = reach(r) >= floor && r.qualifier === 'moreThan' ? 3 + ARROW : 0;
    symbols.push({ row: r, x, y, r: drawnRadius(r) + arrows });
  }

  // Labels. Large figures, the lonely Americas and bounds (a ">" must be read, not guessed; on a phone
  // only bounds drawn to scale, for want of room) always get one; every other figure gets one where it fits — inside the map, clear of every symbol, the inset
  // and the labels placed before it — trying its set side first, then right, left, above and below.
  // What does not fit is in the tooltip and the table.
  const taken: Box[] = [...insetBoxes, ...edgeBoxes];
  const labels: string[] = [];
  const required = (r: WorldMapRow) => {
    const bound = r.qualifier === 'moreThan' || r.qualifier === 'upTo';
    return centre(r) >= LABEL_FROM || inAmericas(r) || (bound && (layout.labelSmallBounds || reach(r) >= floor));
  };
  const order = [...symbols].sort((a, b) => Number(required(b.row)) - Number(required(a.row)) || reach(b.row) - reach(a.row));
  for (const { row: r, x, y } of order) {
    const rr = drawnRadius(r);
    const own = symbols.find((s) => s.row === r)!;
    const name = shown(r.place);
    const figure = figureLabel(r);
    // One line beside, above or below the symbol; failing that, the name over the figure above or below it.
    const oneLine = [`${name} ${figure}`];
    const twoLines = [name, figure];
    const set = layout.sides[r.area] ?? 'right';
    const sides = [...new Set<Side>([set, 'right', 'left', 'above', 'below'])];
    const candidates: Placement[] = [
      ...sides.flatMap((side) => slides(side, x, labelWidth(oneLine), width).map((dx) => ({ side, dx, lines: oneLine }))),
      ...sides
        .filter((side) => side === 'above' || side === 'below')
        .flatMap((side) => slides(side, x, labelWidth(twoLines), width).map((dx) => ({ side, dx, lines: twoLines }))),
    ];
    const boxOf = (c: Placement) => labelBox(c.side, x + c.dx, y, rr, FONT.small, labelWidth(c.lines), c.lines.length);
    const fits = (c: Placement) => {
      const box = boxOf(c);
      // The label's edge nearest its symbol is nearer that symbol than any other: it cannot be read as another country's.
      const [nearX, nearY] =
        c.side === 'right'
          ? [box.l, (box.t + box.b) / 2]
          : c.side === 'left'
            ? [box.r, (box.t + box.b) / 2]
            : [(box.l + box.r) / 2, c.side === 'above' ? box.b : box.t];
      const edge = (s: (typeof symbols)[number]) => Math.hypot(s.x - nearX, s.y - nearY) - s.r;
      return (
        box.l >= 2 &&
        box.r <= width - 2 &&
        box.t >= 2 &&
        box.b <= mapHeight - 2 &&
        !taken.some((o) => boxesMeet(o, box, 2)) &&
        !symbols.some((s) => circleMeetsBox(s, box, 1)) &&
        symbols.every((s) => s === own || edge(s) > edge(own))
      );
    };
    const found = candidates.find(fits);
    if (!found && !required(r)) continue;
    // A required label with no free place keeps its set side, kept inside the drawing.
    const fallback = candidates[0]!;
    const chosen: Placement =
      found ??
      (fallback.side === 'right' && x + rr + 4 + labelWidth(oneLine) > width - 2
        ? { ...fallback, side: 'above', dx: slides('above', x, labelWidth(oneLine), width)[0] ?? 0 }
        : fallback);
    taken.push(boxOf(chosen));
    labels.push(mapLabel(chosen, x, y, rr, FONT.small, `t-${KIND[r.kind].colour}`));
  }

  return (
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" fill="currentColor" text-anchor="middle">` +
    `<g class="map-base" aria-hidden="true"><path class="map-land" d="${path(BASEMAP.land)}"/>` +
    // Borders between countries only where there is room to see them (issue 15's chapter cap).
    (size.variant === 'wide' ? `<path class="map-borders" d="${path(BASEMAP.borders)}"/>` : '') +
    `<path class="map-home" d="${path(BASEMAP.home)}"/></g>` +
    `<g class="map-symbols">${marks.join('')}</g>` +
    labels.join('') +
    edge.join('') +
    inset.join('') +
    `</svg>`
  );
}

/**
 * Area ∝ figure: the radius grows with the square root and the largest figure gets the layout's
 * maxRadius. `floor` is the smallest figure drawn to scale, the same on every screen: the figure a
 * MIN_RADIUS circle stands for on the phone map, rounded up to one significant digit (200,000, say).
 */
export function sizeScale(rows: readonly WorldMapRow[], variant: ChartSize['variant']): { radius: (v: number) => number; floor: number } {
  const largest = Math.max(...rows.map(reach));
  const { maxRadius } = LAYOUTS[variant];
  // The floor of the smaller (phone) map, so a circle drawn to scale is legible on every screen.
  const exact = largest * (MIN_RADIUS / Math.min(LAYOUTS.wide.maxRadius, LAYOUTS.narrow.maxRadius)) ** 2;
  const unit = 10 ** Math.floor(Math.log10(exact));
  return {
    radius: (v) => Math.sqrt(v / largest) * maxRadius,
    floor: Math.ceil(exact / unit) * unit,
  };
}

export const words = {
  title: 'Where Azerbaijanis live: counts, estimates and the claim',
  /**
   * The headline when no country outside Iran reaches half the claim (the rule in `headline` below).
   * It names Iran, whose circle is larger than the claim's ring: whether Iran's Azerbaijanis are
   * "abroad" is a reading (About), the drawing is not.
   */
  headline: (v: { claim: string }) => `Outside Iran, no country nears the claimed “${v.claim}” abroad`,
  headlineNear: (v: { claim: string; place: string }) => `${v.place} comes nearest to the claimed “${v.claim}” abroad`,
  takeaway: (v: { top: string; second: string }) => `Largest abroad: ${v.top} and ${v.second}.`,
  /** A country's figure in the takeaway: "Russia’s 603,070"; its kind is named unless it is a census. */
  figure: (place: string | null, figure: string, kind: string | null) =>
    `${place ? `${place}’s ` : ''}${figure}${kind ? ` (${kind})` : ''}`,
  description: (v: { count: number; floor: string; largest: readonly string[]; smallest: string; smallestFigure: string; claim: string }) =>
    [
      `Map of Europe, western and Central Asia (and, on wide screens, North America) with one mark per country, its colour saying what kind of figure it is: a circle whose area is proportional to the figure (a range: two circles, the low end solid), or, for figures under ${v.floor}, a dot of one minimum size, not to scale; ${v.count} countries.`,
      `Largest first: ${v.largest.join('; ')}.`,
      `The smallest is ${v.smallest} (${v.smallestFigure}).`,
      `The official claim, ${v.claim} abroad, is drawn to the same scale as a ring in a framed inset, with no place, arrows out of it: at least this big.`,
    ].join(' '),
  place: (place: string, figure: string, kind: string) => `${place} ${figure} (${kind})`,
  notes: (v: { floor: string; labelFrom: string; americas: readonly string[]; iran: string | null }) => [
    'A circle’s area is proportional to its figure; its colour says what kind of figure it is (census count, estimate, or migrant stock). A range drawn to scale is two circles, one inside the other: the low end solid, the high end paler.',
    `Circles sit at each country’s capital: they show how many, not where people live.${v.iran ? ` Iran’s sits in the middle of the country, so that it does not cover the Caucasus; its ${v.iran} are drawn for scale; as we read the official arithmetic (About explains why), they count as at home, not abroad.` : ''} Figures under ${v.floor} people, too small to see at scale on a phone, are dots of one minimum size in their kind’s colour on every screen, not to scale. Figures of ${v.labelFrom} or more are always labelled, others where there is room; the table and the tooltips have them all, lower bounds included.`,
    `The figures are those of “Claimed vs counted”, one per country, with its definitions.${v.americas.length ? ` On a phone, ${v.americas.join(' and ')} are listed at the map’s left edge.` : ''}`,
  ],
  key: {
    claim: 'official claim, to scale, not placed',
    claimCue: 'ring; arrows: “more than”',
    census: 'census count',
    estimate: 'estimate',
    migrant: 'born in Azerbaijan, migrant stock',
    range: 'a range: low end solid, high end paler',
    rangeCue: 'two circles',
    small: 'small figures: one minimum size, not to scale (small dot)',
    cue: 'circle',
  },
  inset: {
    heading: 'The claim, to scale',
    label: (figure: string) => `${figure} claimed abroad`,
  },
  claimRow: 'Claimed abroad',
};

export const worldMap: ChartSpec<WorldMapRow, typeof words> = {
  id: 'world-map',
  words,
  rows: ({ data }) => {
    const claim = need(
      data.claims.find((c) => c.id === 'abroad-10m'),
      'claim "abroad-10m"',
    );
    const counted = countryCounts(data).map((e): WorldMapRow => {
      const at = SYMBOL_AT[e.area];
      if (!at) throw new Error(`src/charts/world-map.ts: no map position for "${e.area}" — add its capital to SYMBOL_AT`);
      return { ...estimateRow(AREA_NAMES[e.area], e), area: e.area, lon: at[0], lat: at[1] };
    });
    return [{ ...claimRow(words.claimRow, claim), area: '', lon: null, lat: null }, ...counted];
  },
  columns: figureColumns<WorldMapRow>(
    [
      { key: 'place', label: 'Place' },
      { key: 'area', label: 'Country code' },
    ],
    [
      { key: 'definition', label: 'Who is counted' },
      { key: 'year', label: 'Year' },
      { key: 'lon', label: 'Longitude', numeric: true },
      { key: 'lat', label: 'Latitude', numeric: true },
    ],
  ),
  key: (w) => [
    keyEntry('claim', w.key.claim, w.key.claimCue, 'ring-bound'),
    keyEntry('census', w.key.census, w.key.cue, 'dot'),
    keyEntry('estimate', w.key.estimate, w.key.cue, 'dot'),
    keyEntry('migrantStock', w.key.migrant, w.key.cue, 'dot'),
    keyEntry('estimate', w.key.range, w.key.rangeCue, 'nested'),
    { swatch: 'context', label: w.key.small, shape: 'min-dot' },
  ],
  headline: (rows, w) => {
    const claim = first(
      rows.filter((r) => r.kind === 'claim'),
      'claim',
    );
    // The claim as claimed: a lower bound stays one ("more than 10 million").
    const claimed = formatQuantity(quantityOf(claim), 'people', { unit: false, locale: edition() });
    // Iran is left out of the comparison: as we read the official arithmetic, its Azerbaijanis are at home.
    const nearest = first(
      rows.filter((r) => r.kind !== 'claim' && r.area !== 'IR').sort((a, b) => reach(b) - reach(a)),
      'country outside Iran',
    );
    return reach(nearest) < (claim.value ?? 0) / 2
      ? w.headline({ claim: claimed })
      : w.headlineNear({ claim: claimed, place: nearest.place });
  },
  takeaway: (rows, w) => {
    // Iran is drawn for scale but left out: as we read the official arithmetic, its Azerbaijanis are in the homeland.
    const [top, second] = byCentre(rows.filter((r) => r.kind !== 'claim' && r.area !== 'IR'));
    if (!top || !second) throw new Error('src/charts/world-map.ts: the map needs two countries outside Iran');
    const kind = (r: WorldMapRow) => (r.kind === 'census' ? null : KIND[r.kind].label);
    return w.takeaway({
      top: w.figure(top.place, number(top), kind(top)),
      second: w.figure(second.place, number(second), kind(second)),
    });
  },
  description: (rows, w) => {
    const claim = first(
      rows.filter((r) => r.kind === 'claim'),
      'claim',
    );
    const places = byCentre(rows.filter((r) => r.kind !== 'claim'));
    const bottom = first([...places].reverse(), 'country');
    return w.description({
      count: places.length,
      floor: formatQuantity({ kind: 'exact', value: sizeScale(rows, 'wide').floor }, 'people', { unit: false, locale: edition() }),
      largest: places.slice(0, 5).map((r) => w.place(r.place, people(r), KIND[r.kind].label)),
      smallest: bottom.place,
      smallestFigure: people(bottom),
      claim: people(claim),
    });
  },
  notes: (rows, w) => {
    const iran = rows.find((r) => r.area === 'IR');
    const kind = (r: WorldMapRow) => (r.kind === 'census' ? null : KIND[r.kind].label);
    return w.notes({
      floor: formatQuantity({ kind: 'exact', value: sizeScale(rows, 'wide').floor }, 'people', { unit: false, locale: edition() }),
      labelFrom: formatQuantity({ kind: 'exact', value: LABEL_FROM }, 'people', { unit: false, locale: edition() }),
      americas: rows.filter(inAmericas).map((r) => r.place),
      iran: iran ? w.figure(null, people(iran), kind(iran)) : null,
    });
  },
  render,
};
