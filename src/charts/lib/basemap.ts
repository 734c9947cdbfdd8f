/**
 * The land behind the world map: Natural Earth's 1:110m countries from the `world-atlas` package,
 * simplified once at build time so the inline SVG stays small (both drawings of the map weigh
 * about 17 KB gzip together). Geographic furniture, not data: no figure comes from here.
 */
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import countries110m from 'world-atlas/countries-110m.json';

/** Azerbaijan's ISO 3166-1 numeric code, the id world-atlas gives its feature. */
const AZERBAIJAN = '031';
/**
 * Keep the 42 % most significant points (by Visvalingam weight). Less loses the shape of small
 * countries such as Azerbaijan; more adds bytes no reader sees at this scale.
 */
const KEEP = 0.42;

type Countries = Topology<{ countries: GeometryCollection }>;

const weighted = presimplify(countries110m as unknown as Countries);
const topology = simplify(weighted, quantile(weighted, KEEP)) as Countries;
const geometries = topology.objects.countries.geometries;
const home = geometries.find((g) => g.id === AZERBAIJAN);
if (!home) throw new Error('src/charts/lib/basemap.ts: world-atlas has no feature for Azerbaijan (031)');

export const BASEMAP: {
  /** All land, as one outline. */
  land: MultiPolygon;
  /** Borders between countries, drawn thin over the land. */
  borders: MultiLineString;
  /** Azerbaijan, picked out as the homeland the diaspora is counted from. */
  home: Feature<Polygon | MultiPolygon>;
} = {
  land: merge(topology, geometries as Parameters<typeof merge>[1]),
  borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  home: feature(topology, home) as Feature<Polygon | MultiPolygon>,
};
