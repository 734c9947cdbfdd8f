/**
 * The world map: one proportional circle per country where Azerbaijanis have been counted (the same
 * figure per country as "Claimed vs counted"), and the official claim in a framed inset, "the claim,
 * to scale" — a claim has no place on the map, only a size.
 *
 * Circle area is proportional to the figure, so every kind is a circle (areas are compared) and its
 * colour says what kind of figure it is; a range is two nested circles (low end solid, high end a
 * paler disc). A figure too small to draw to scale is a small hollow ring, and the key says below
 * what size. Hand-built with d3-geo, like the pyramid: Plot's geo marks would add nothing but bytes.
 */
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { formatNumbers, formatQuantity } from '../data/format.ts';
import { AREA_NAMES } from '../data/areas.ts';
import { claimRow, countryCounts, estimateRow } from './claimed-vs-counted';
import type { ChartSpec } from './lib/definition';
import { figureColumns } from './lib/columns';
import { byCentre, first, number, people } from './lib/prose';
import { need } from './lib/records';
import { edition, shown } from './lib/edition';
import { BASEMAP } from './lib/basemap';
import { centre, figureLabel, reach, type FigureMark } from './lib/marks';
import { fonts, KIND, keyEntry, QUALIFIER_CLASS, type ChartSize } from './lib/grammar';
import { esc } from './lib/svg';
import { rowIndex } from './lib/marks';
import { label, type Side } from './lib/symbols';
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

interface Layout {
  height: number;
  /** Points the projection must fit: the symbols it shows, with room around them. */
  fit: [number, number][];
  /** Central meridian. */
  rotate: number;
  /** Radius of the largest figure, px. */
  maxRadius: number;
  /** Where the unplaced claim is drawn, as fractions of the drawing. */
  claimAt: readonly [number, number];
  /** Label side per country code; others go right. */
  sides: Readonly<Record<string, Side>>;
  /** Labels moved away from a crowded spot by (dx, dy) px, with a leader line back to the circle. */
  offsets: Readonly<Record<string, readonly [number, number]>>;
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
    claimAt: [0.3, 0.62],
    sides: { IR: 'below', TR: 'left', GE: 'above', DE: 'left', KZ: 'right', RU: 'right', US: 'right', CA: 'above', BY: 'left' },
    americas: true,
    insetBelow: false,
    offsets: {},
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
    claimAt: [0.2, 0.8],
    sides: { IR: 'below', TR: 'below', GE: 'above', DE: 'above', KZ: 'below', RU: 'above' },
    americas: false,
    insetBelow: true,
    // Berlin's label above would sit on London's ring: raised into the empty North Sea.
    offsets: { DE: [-6, -34] },
    labelSmallBounds: false,
  },
};

/** The smallest circle drawn to scale, px: a figure below that size is a ring of this size instead. */
export const MIN_RADIUS = 3;

/** A circle of radius r at (x, y), tagged with its row for the tooltips. */
function circle(r: WorldMapRow, x: number, y: number, radius: number): string {
  const at = rowIndex.get(r);
  return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(radius)}"${at === undefined ? '' : ` data-row="${at}"`}/>`;
}

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
  const path = geoPath(projection).digits(0);

  const { radius, floor } = sizeScale(rows, size.variant);

  const placed = rows.filter((r) => r.lon !== null && r.lat !== null && (layout.americas || !inAmericas(r)));
  const listed = rows.filter((r) => r.lon !== null && !placed.includes(r));
  const claims = rows.filter((r) => r.lon === null);

  const marks: string[] = [];
  const labels: string[] = [];
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
    }
    // Large figures, the lonely Americas, and bounds (a ">" must be read, not guessed) where there is room.
    const bound = r.qualifier === 'moreThan' || r.qualifier === 'upTo';
    if (centre(r) >= LABEL_FROM || inAmericas(r) || (bound && (layout.labelSmallBounds || reach(r) >= floor))) {
      const rr = reach(r) < floor ? MIN_RADIUS : radius(reach(r));
      const [dx, dy] = layout.offsets[r.area] ?? [0, 0];
      if (dx || dy)
        labels.push(
          `<g class="leader l-context"><line x1="${round(x)}" y1="${round(y - rr)}" x2="${round(x + dx)}" y2="${round(y + dy - rr + 2)}"/></g>`,
        );
      const text = `${shown(r.place)} ${figureLabel(r)}`;
      // In another edition (longer words), a label to the right that would run off the drawing goes
      // above its circle, and a centred label is kept inside the drawing. The English drawing keeps its
      // hand-set places (its snapshots hold them).
      const textWidth = text.length * FONT.small * GLYPH;
      const set = layout.sides[r.area] ?? 'right';
      const other = edition() !== 'en';
      const side = other && set === 'right' && x + dx + rr + 4 + textWidth > width - 2 ? 'above' : set;
      const centred = side === 'above' || side === 'below';
      const at = other && centred ? Math.max(2 + textWidth / 2, Math.min(x + dx, width - 2 - textWidth / 2)) : x + dx;
      labels.push(label(text, side, at, y + dy, rr, FONT.small, `t-${k.colour}`));
    }
  }

  // The claim: same scale, no place — in a framed inset, "the claim, to scale", in the map's corner
  // or, on a phone, in a band below the map.
  const boxHeightOf = (r: WorldMapRow) => FONT.small + 14 + 2 * radius(centre(r)) + 10 + FONT.small + 10;
  const band = layout.insetBelow ? Math.max(0, ...claims.map(boxHeightOf)) + 8 : 0;
  const height = mapHeight + band;
  const inset = claims.map((r, i) => {
    const rr = radius(centre(r));
    const text = w.inset.label(figureLabel(r));
    const boxWidth = Math.max(2 * rr + 24, Math.max(w.inset.heading.length, text.length) * FONT.small * 0.56 + 20);
    const boxHeight = boxHeightOf(r);
    const [bx, by] = [8 + i * (boxWidth + 8), layout.insetBelow ? mapHeight + 4 : mapHeight - 8 - boxHeight];
    const [cx, cy] = [bx + boxWidth / 2, by + FONT.small + 14 + rr];
    return (
      `<g class="map-inset"><rect x="${round(bx)}" y="${round(by)}" width="${round(boxWidth)}" height="${round(boxHeight)}"/></g>` +
      `<g class="halo"><text class="map-inset__heading" x="${round(cx)}" y="${round(by + FONT.small + 6)}" text-anchor="middle" font-size="${FONT.small}">${esc(w.inset.heading)}</text></g>` +
      `<g class="${KIND.claim.className} ${QUALIFIER_CLASS[r.qualifier]}">${circle(r, cx, cy, rr)}</g>` +
      `<g class="t-claim halo"><text x="${round(cx)}" y="${round(cy + rr + FONT.small + 4)}" text-anchor="middle" font-size="${FONT.small}">${esc(text)}</text></g>`
    );
  });

  // On the phone map the Americas are off the edge: listed top left, each with its circle.
  const edge = listed.map((r, i) => {
    const y = 16 + i * (FONT.small + 8);
    const k = KIND[r.kind];
    const small = reach(r) < floor;
    return (
      `<g class="${k.className} ${small ? 'map-small' : QUALIFIER_CLASS[r.qualifier]}">${circle(r, 10, y - FONT.small * 0.35, small ? MIN_RADIUS : radius(reach(r)))}</g>` +
      `<g class="t-${k.colour} halo"><text x="18" y="${round(y)}" text-anchor="start" font-size="${FONT.small}">← ${esc(`${shown(r.place)} ${figureLabel(r)}`)}</text></g>`
    );
  });

  return (
    `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" fill="currentColor" text-anchor="middle">` +
    `<g class="map-base" aria-hidden="true"><path class="map-land" d="${path(BASEMAP.land) ?? ''}"/>` +
    // Borders between countries only where there is room to see them (issue 15's chapter cap).
    (size.variant === 'wide' ? `<path class="map-borders" d="${path(BASEMAP.borders) ?? ''}"/>` : '') +
    `<path class="map-home" d="${path(BASEMAP.home) ?? ''}"/></g>` +
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
  /** The headline when no country outside Iran reaches half the claim (the rule in `headline` below). */
  headline: (v: { claim: string }) => `Drawn to scale, no country abroad comes near the ${v.claim} claimed`,
  headlineNear: (v: { claim: string; place: string }) => `${v.place} comes nearest to the ${v.claim} claimed abroad`,
  takeaway: (v: { top: string; second: string }) => `Largest abroad: ${v.top} and ${v.second}.`,
  /** A country's figure in the takeaway: "Russia’s 603,070"; its kind is named unless it is a census. */
  figure: (place: string | null, figure: string, kind: string | null) =>
    `${place ? `${place}’s ` : ''}${figure}${kind ? ` (${kind})` : ''}`,
  description: (v: { count: number; largest: readonly string[]; smallest: string; smallestFigure: string; claim: string }) =>
    [
      `Map of Europe, western Asia and North America with one circle per country, its area proportional to the figure and its colour saying what kind of figure it is: ${v.count} countries.`,
      `Largest first: ${v.largest.join('; ')}.`,
      `The smallest is ${v.smallest} (${v.smallestFigure}).`,
      `The official claim, ${v.claim} abroad, is drawn to the same scale as a ring in a framed inset, with no place.`,
    ].join(' '),
  place: (place: string, figure: string, kind: string) => `${place} ${figure} (${kind})`,
  notes: (v: { floor: string; labelFrom: string; americas: readonly string[]; iran: string | null }) => [
    'A circle’s area is proportional to its figure; its colour says what kind of figure it is (census count, estimate, or migrant stock). A range is two circles, one inside the other: the low end solid, the high end paler.',
    `Circles sit at each country’s capital: they show how many, not where people live.${v.iran ? ` Iran’s sits in the middle of the country, so that it does not cover the Caucasus; its ${v.iran} are drawn for scale, but the official arithmetic counts them at home, not abroad.` : ''} Figures under ${v.floor} people are too small to draw to scale and are drawn as small rings; only figures of ${v.labelFrom} or more, and bounds (on a phone, bounds drawn to scale), are labelled; the table has them all.`,
    `The figures are those of “Claimed vs counted”, one per country, with its definitions.${v.americas.length ? ` On a phone, ${v.americas.join(' and ')} are listed at the map’s left edge.` : ''}`,
  ],
  key: {
    claim: 'official claim, to scale, not placed',
    census: 'census count',
    estimate: 'estimate',
    migrant: 'born in Azerbaijan, migrant stock',
    range: 'a range: low end solid, high end paler',
    small: 'too small to draw to scale (see the notes)',
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
    keyEntry('claim', w.key.claim),
    keyEntry('census', w.key.census, w.key.cue, 'dot'),
    keyEntry('estimate', w.key.estimate, w.key.cue, 'dot'),
    keyEntry('migrantStock', w.key.migrant, w.key.cue, 'dot'),
    { swatch: 'context', label: w.key.small, shape: 'ring' },
  ],
  headline: (rows, w) => {
    const claim = first(
      rows.filter((r) => r.kind === 'claim'),
      'claim',
    );
    const claimed = formatNumbers([claim.value ?? 0], 'auto', 'halfExpand', edition());
    // Iran is not part of the claim (the official arithmetic puts its Azerbaijanis at home).
    const nearest = first(
      rows.filter((r) => r.kind !== 'claim' && r.area !== 'IR').sort((a, b) => reach(b) - reach(a)),
      'country outside Iran',
    );
    return reach(nearest) < (claim.value ?? 0) / 2
      ? w.headline({ claim: claimed })
      : w.headlineNear({ claim: claimed, place: nearest.place });
  },
  takeaway: (rows, w) => {
    // Iran is drawn for scale but is not part of the claim: the official arithmetic puts its Azerbaijanis in the homeland.
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
