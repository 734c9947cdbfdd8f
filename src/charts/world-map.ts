/**
 * The world map: one proportional symbol per country where Azerbaijanis have been counted (the same
 * figure per country as "Claimed vs counted"), and the official claim beside them as a hollow,
 * dashed circle of the same scale — a claim has no place on the map, only a size.
 *
 * Symbol area is proportional to the figure. The mark's shape says what kind of figure it is, as in
 * every chart (census circle, estimate diamond, migrant-stock square); a range is two nested
 * symbols (low end solid, high end a paler ring). Hand-built with d3-geo, like the pyramid: Plot's
 * geo marks would add nothing here but bytes.
 */
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { formatQuantity } from '../data/format.ts';
import { AREA_NAMES } from '../data/areas.ts';
import { claimRow, countryCounts, estimateRow } from './claimed-vs-counted';
import type { ChartSpec } from './lib/definition';
import { figureColumns } from './lib/columns';
import { byCentre, first, people } from './lib/prose';
import { need } from './lib/records';
import { edition } from './lib/edition';
import { BASEMAP } from './lib/basemap';
import { centre, figureLabel, reach, type FigureMark } from './lib/marks';
import { fonts, KIND, keyEntry, QUALIFIER_CLASS, type ChartSize } from './lib/grammar';
import { round } from './lib/text';
import { esc } from './lib/svg';
import { label, symbol, type Side } from './lib/symbols';

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
 * Longitude, latitude in degrees.
 */
export const SYMBOL_AT: Readonly<Record<string, readonly [number, number]>> = {
  AM: [44.51, 40.18],
  BY: [27.56, 53.9],
  CA: [-75.7, 45.42],
  DE: [13.4, 52.52],
  GB: [-0.13, 51.51],
  GE: [44.79, 41.72],
  IL: [35.21, 31.77],
  IR: [51.39, 35.69],
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
  /** Whether the Americas are drawn in place (wide) or listed at the edge (narrow). */
  americas: boolean;
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
    sides: { IR: 'below', TR: 'below', GE: 'above', DE: 'above', KZ: 'below', RU: 'above', BY: 'left' },
    americas: false,
  },
};

/** The smallest symbol drawn, px: smaller figures are still visible, at this size. */
export const MIN_RADIUS = 2;

export function render(rows: readonly WorldMapRow[], size: ChartSize): string {
  const layout = LAYOUTS[size.variant];
  const FONT = fonts(size);
  const { width } = size;
  const { height } = layout;
  const projection: GeoProjection = geoConicEqualArea()
    .parallels([35, 60])
    .rotate([-layout.rotate, 0])
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      { type: 'MultiPoint', coordinates: layout.fit },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  // Whole pixels are enough on a phone-width map; half the bytes of its outline.
  const path = geoPath(projection).digits(size.variant === 'wide' ? 1 : 0);

  const { radius } = sizeScale(rows, size.variant);

  const placed = rows.filter((r) => r.lon !== null && r.lat !== null && (layout.americas || !inAmericas(r)));
  const listed = rows.filter((r) => r.lon !== null && !placed.includes(r));
  const claims = rows.filter((r) => r.lon === null);

  const marks: string[] = [];
  const labels: string[] = [];
  // Largest first, so smaller symbols stay on top and visible.
  for (const r of [...placed].sort((a, b) => reach(b) - reach(a))) {
    const [x, y] = projection([r.lon ?? 0, r.lat ?? 0]) ?? [0, 0];
    const k = KIND[r.kind];
    if (r.qualifier === 'range') {
      marks.push(`<g class="${k.className} map-range-high">${symbol(r.kind, x, y, radius(r.high ?? 0))}</g>`);
      marks.push(`<g class="${k.className} map-range-low">${symbol(r.kind, x, y, radius(r.low ?? 0))}</g>`);
    } else {
      marks.push(`<g class="${k.className} ${QUALIFIER_CLASS[r.qualifier]}">${symbol(r.kind, x, y, radius(r.value ?? 0))}</g>`);
    }
    // Large figures, the lonely Americas, and every bound (a ">" must be read, not guessed).
    if (centre(r) >= LABEL_FROM || inAmericas(r) || r.qualifier === 'moreThan' || r.qualifier === 'upTo') {
      labels.push(
        label(`${r.place} ${figureLabel(r)}`, layout.sides[r.area] ?? 'right', x, y, radius(reach(r)), FONT.small, `t-${k.colour}`),
      );
    }
  }

  // The claim: same scale, no place. Hollow and dashed, as claims are everywhere on this site.
  for (const [i, r] of claims.entries()) {
    const [x, y] = [width * layout.claimAt[0], height * layout.claimAt[1] - i * 2 * layout.maxRadius];
    const rr = radius(centre(r));
    marks.push(`<g class="${KIND.claim.className} ${QUALIFIER_CLASS[r.qualifier]}">${symbol('claim', x, y, rr)}</g>`);
    labels.push(label(`${r.place}: ${figureLabel(r)}`, 'below', x, y, rr, FONT.small, 't-claim'));
  }

  // On the phone map the Americas are off the edge: listed top left, each with its symbol.
  const edge = listed.map((r, i) => {
    const y = 16 + i * (FONT.small + 8);
    const k = KIND[r.kind];
    return (
      `<g class="${k.className} ${QUALIFIER_CLASS[r.qualifier]}">${symbol(r.kind, 10, y - FONT.small * 0.35, radius(reach(r)))}</g>` +
      `<g class="t-${k.colour} halo"><text x="18" y="${round(y)}" text-anchor="start" font-size="${FONT.small}">← ${esc(`${r.place} ${figureLabel(r)}`)}</text></g>`
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
    `</svg>`
  );
}

/**
 * Area ∝ figure: the radius grows with the square root and the largest figure gets the layout's
 * maxRadius. `floor` is the figure below which a symbol is drawn at MIN_RADIUS instead (for the notes).
 */
export function sizeScale(rows: readonly WorldMapRow[], variant: ChartSize['variant']): { radius: (v: number) => number; floor: number } {
  const largest = Math.max(...rows.map(reach));
  const { maxRadius } = LAYOUTS[variant];
  return {
    radius: (v) => Math.max(MIN_RADIUS, Math.sqrt(v / largest) * maxRadius),
    floor: largest * (MIN_RADIUS / maxRadius) ** 2,
  };
}

export const words = {
  title: 'Where Azerbaijanis live: counts, estimates and the claim',
  takeaway: (v: { claim: string; top: string; second: string; iran: string | null }) =>
    `Set beside the claim of ${v.claim} abroad, no country comes close: the largest figures are ${v.top} and ${v.second}.${v.iran ? ` Iran’s ${v.iran} are drawn for scale, but the official arithmetic counts them at home, not abroad.` : ''}`,
  /** A country's figure in the takeaway: "Russia’s 603,070"; its kind is named unless it is a census. */
  figure: (place: string | null, figure: string, kind: string | null) =>
    `${place ? `${place}’s ` : ''}${figure}${kind ? ` (${kind})` : ''}`,
  description: (v: { count: number; largest: readonly string[]; smallest: string; smallestFigure: string; claim: string }) =>
    [
      `Map of Europe, western Asia and North America with one symbol per country, its area proportional to the figure: ${v.count} countries.`,
      `Largest first: ${v.largest.join('; ')}.`,
      `The smallest is ${v.smallest} (${v.smallestFigure}).`,
      `The official claim, ${v.claim} abroad, is drawn to the same scale as a hollow dashed circle with no place.`,
    ].join(' '),
  place: (place: string, figure: string, kind: string) => `${place} ${figure} (${kind})`,
  notes: (v: { floorWide: string; floorNarrow: string; labelFrom: string; americas: readonly string[] }) => [
    'A symbol’s area is proportional to its figure; its shape says what kind of figure it is (circle: census; diamond: estimate; square: migrant stock). A range is two symbols, one inside the other: the low end solid, the high end a paler ring.',
    `Symbols sit at each country’s capital: they show how many, not where people live. Figures below ${v.floorWide} people (${v.floorNarrow} on a phone) are drawn at the smallest visible size, and only figures of ${v.labelFrom} or more, and bounds, are labelled; the table has them all.`,
    `The figures are those of “Claimed vs counted”, one per country, with its definitions.${v.americas.length ? ` On a phone, ${v.americas.join(' and ')} are listed at the map’s left edge.` : ''}`,
  ],
  key: {
    claim: 'official claim, to scale, not placed',
    census: 'census count',
    estimate: 'estimate',
    migrant: 'born in Azerbaijan, migrant stock',
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
    keyEntry('census', w.key.census),
    keyEntry('estimate', w.key.estimate),
    keyEntry('migrantStock', w.key.migrant),
  ],
  takeaway: (rows, w) => {
    const claim = first(
      rows.filter((r) => r.kind === 'claim'),
      'claim',
    );
    // Iran is drawn for scale but is not part of the claim: the official arithmetic puts its Azerbaijanis in the homeland.
    const iran = rows.find((r) => r.area === 'IR');
    const [top, second] = byCentre(rows.filter((r) => r.kind !== 'claim' && r.area !== 'IR'));
    if (!top || !second) throw new Error('src/charts/world-map.ts: the map needs two countries outside Iran');
    const kind = (r: WorldMapRow) => (r.kind === 'census' ? null : KIND[r.kind].label);
    return w.takeaway({
      claim: people(claim),
      top: w.figure(top.place, people(top), kind(top)),
      second: w.figure(second.place, people(second), kind(second)),
      iran: iran ? w.figure(null, people(iran), kind(iran)) : null,
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
    const about = (v: number) =>
      formatQuantity({ kind: 'about', value: Math.round(v / 1000) * 1000 }, 'people', { unit: false, locale: edition() });
    return w.notes({
      floorWide: about(sizeScale(rows, 'wide').floor),
      floorNarrow: about(sizeScale(rows, 'narrow').floor),
      labelFrom: formatQuantity({ kind: 'exact', value: LABEL_FROM }, 'people', { unit: false, locale: edition() }),
      americas: rows.filter(inAmericas).map((r) => r.place),
    });
  },
  render,
};
