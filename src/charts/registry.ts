/**
 * Every chart of the site: id, title, takeaway, the rows it draws, their sources, notes, the accessible
 * description (generated from the rows) and its renderer. Pages, downloads and tests read this list.
 */
import { dataset, figures, sourceById } from '../data/load.ts';
import type { ChartDefinition, Column, SourceRef } from './lib/definition';
import type { Row } from './lib/types';
import * as rows from './rows';
import * as describe from './describe';
import { claimedVsCounted, type ClaimedVsCountedRow } from './claimed-vs-counted';
import { fiftyMillion, type FiftyMillionRow } from './fifty-million';
import { organisationCount, type OrganisationCountRow } from './organisation-count';
import { countryCount, type CountryCountRow } from './country-count';
import { russia, type RussiaRow } from './russia';
import { pyramid, type PyramidRow } from './pyramid';
import { timeline, type TimelineRow } from './timeline';
import { worldMap, sizeScale, type WorldMapRow } from './world-map';

/** The ids `<Chart id="…">` accepts, in gallery order. */
export const CHART_IDS = [
  'claimed-vs-counted', 'fifty-million', 'organisation-count', 'country-count', 'russia', 'pyramid', 'timeline', 'world-map',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** The sources of some rows, each once, in first-use order. */
function sourcesOf(list: readonly Row[]): SourceRef[] {
  const idsUsed = [...new Set(list.flatMap((r) => String(r['sources'] ?? '').split('; ').filter(Boolean)))];
  return idsUsed.map((id) => {
    const s = sourceById.get(id);
    if (!s) throw new Error(`src/charts/registry.ts: a chart row cites unknown source "${id}"`);
    return { id, publisher: s.publisher, title: s.title, url: s.url, partisan: s.partisan };
  });
}

const figureColumns = <R extends Row>(first: readonly Column<R>[], last: readonly Column<R>[]): Column<R>[] => [
  ...first,
  { key: 'kind', label: 'Kind' },
  { key: 'qualifier', label: 'Qualifier' },
  { key: 'value', label: 'Value', numeric: true },
  { key: 'low', label: 'Low', numeric: true },
  { key: 'high', label: 'High', numeric: true },
  ...last,
  { key: 'sources', label: 'Source ids' },
];

/** Completes a definition: rows re-keyed in column order (the download order), and their sources. */
function define<R extends Row>(d: Omit<ChartDefinition<R>, 'sources'>): ChartDefinition {
  const wrong = rows.encodingProblems(d.id, d.rows, dataset, figures);
  if (wrong.length) throw new Error(`src/charts/registry.ts: a chart draws a figure as a kind its record is not:\n${wrong.join('\n')}`);
  const ordered = d.rows.map((r) => Object.fromEntries(d.columns.map((c) => [c.key, r[c.key]])) as unknown as R);
  return { ...d, rows: ordered, sources: sourcesOf(ordered) } as unknown as ChartDefinition;
}

const cvc = rows.claimedVsCountedRows(dataset, figures);
const mapped = rows.worldMapRows(dataset);
const fifty = rows.fiftyMillionRows(dataset, figures);
const orgs = rows.organisationCountRows(dataset);
const countries = rows.countryCountRows(dataset);
const ru = rows.russiaRows(dataset);
const tiers = rows.pyramidRows(dataset);
const events = rows.timelineRows(dataset);
const tracks = Object.values(rows.TRACK_NAMES).filter((t) => events.some((e) => e.track === t));

export const charts: readonly ChartDefinition[] = [
  define<ClaimedVsCountedRow>({
    id: 'claimed-vs-counted',
    title: 'Claimed vs counted: Azerbaijanis abroad',
    takeaway: describe.claimedVsCountedTakeaway(cvc),
    rows: cvc,
    columns: figureColumns<ClaimedVsCountedRow>([{ key: 'place', label: 'Place' }], [
      { key: 'definition', label: 'Who is counted' }, { key: 'year', label: 'Year' },
    ]),
    notes: describe.claimedVsCountedNotes(),
    description: describe.claimedVsCounted(cvc),
    key: [
      { swatch: 'claim', label: 'official claim (hollow, dashed)' },
      { swatch: 'census', label: 'census count (circle)' },
      { swatch: 'estimate', label: 'estimate (diamond) or survey (triangle)' },
      { swatch: 'migrant', label: 'born in Azerbaijan, migrant stock (square)' },
    ],
    render: (size) => claimedVsCounted(cvc, size),
  }),
  define<FiftyMillionRow>({
    id: 'fifty-million',
    title: 'The 50-million arithmetic',
    takeaway: describe.fiftyMillionTakeaway(fifty),
    rows: fifty,
    columns: figureColumns<FiftyMillionRow>([{ key: 'bar', label: 'Total' }, { key: 'part', label: 'Part' }], []),
    notes: describe.fiftyMillionNotes(figures),
    description: describe.fiftyMillion(fifty),
    key: [
      { swatch: 'claim', label: 'claimed or implied by a claim (hollow, dashed)' },
      { swatch: 'estimate', label: 'estimate (solid; a thick bar is a range)' },
    ],
    render: (size) => fiftyMillion(fifty, size),
  }),
  define<OrganisationCountRow>({
    id: 'organisation-count',
    title: 'How many diaspora organisations? The official count, 2001–2016',
    takeaway: describe.organisationCountTakeaway(orgs),
    rows: orgs,
    columns: figureColumns<OrganisationCountRow>([{ key: 'date', label: 'Date' }], [{ key: 'speaker', label: 'Said by, where' }]),
    notes: describe.organisationCountNotes(dataset),
    description: describe.organisationCount(orgs),
    key: [{ swatch: 'claim', label: 'official figure (arrow: “more than”; dotted: implied)' }],
    render: (size) => organisationCount(orgs, size),
  }),
  define<CountryCountRow>({
    id: 'country-count',
    title: 'In how many countries? Claims vs the officials’ own tallies',
    takeaway: describe.countryCountTakeaway(countries),
    rows: countries,
    columns: figureColumns<CountryCountRow>([{ key: 'label', label: 'Figure' }], [
      { key: 'measures', label: 'Counts countries of' }, { key: 'context', label: 'Who, where' }, { key: 'year', label: 'Year', numeric: true },
    ]),
    notes: describe.countryCountNotes(),
    description: describe.countryCount(countries),
    key: [
      { swatch: 'claim', label: 'official figure, claimed or tallied (hollow, dashed; arrow: “more than”)' },
    ],
    render: (size) => countryCount(countries, size),
  }),
  define<RussiaRow>({
    id: 'russia',
    title: 'Azerbaijanis in Russia: censuses, migrants and claims',
    takeaway: describe.russiaTakeaway(ru),
    rows: ru,
    columns: figureColumns<RussiaRow>([{ key: 'year', label: 'Year' }, { key: 'label', label: 'Figure' }], [
      { key: 'definition', label: 'Who is counted' },
    ]),
    notes: describe.russiaNotes(),
    description: describe.russia(ru),
    key: [
      { swatch: 'claim', label: 'diaspora claim (hollow, dashed)' },
      { swatch: 'census', label: 'Russian census (circle, joined)' },
      { swatch: 'migrant', label: 'born in Azerbaijan, UN migrant stock (square)' },
    ],
    render: (size) => russia(ru, size),
  }),
  define<PyramidRow>({
    id: 'pyramid',
    title: 'The pyramid: the levels of the official diaspora structure',
    takeaway: describe.pyramidTakeaway(tiers),
    rows: tiers,
    columns: [
      { key: 'tier', label: 'Tier' }, { key: 'id', label: 'Id' }, { key: 'parent', label: 'Level above (not a reporting line)' },
      { key: 'examples', label: 'Examples' }, { key: 'sources', label: 'Source ids' },
    ],
    notes: describe.pyramidNotes(),
    description: describe.pyramid(tiers),
    key: [],
    render: (size) => pyramid(tiers, size),
  }),
  define<TimelineRow>({
    id: 'timeline',
    title: 'Building a diaspora: a timeline',
    takeaway: describe.timelineTakeaway(events),
    rows: events,
    columns: [
      { key: 'date', label: 'Date' }, { key: 'event', label: 'Event' }, { key: 'track', label: 'Track' },
      { key: 'chapter', label: 'Chapter', chapter: true }, { key: 'sources', label: 'Source ids' },
    ],
    notes: describe.timelineNotes(),
    description: describe.timeline(events, tracks),
    key: [],
    render: (size) => timeline(events, size, tracks),
  }),
  define<WorldMapRow>({
    id: 'world-map',
    title: 'Where Azerbaijanis have been counted',
    takeaway: describe.worldMapTakeaway(mapped),
    rows: mapped,
    columns: figureColumns<WorldMapRow>([{ key: 'place', label: 'Place' }, { key: 'area', label: 'Country code' }], [
      { key: 'definition', label: 'Who is counted' }, { key: 'year', label: 'Year' },
      { key: 'lon', label: 'Longitude', numeric: true }, { key: 'lat', label: 'Latitude', numeric: true },
    ]),
    notes: describe.worldMapNotes(mapped, { wide: sizeScale(mapped, 'wide').floor, narrow: sizeScale(mapped, 'narrow').floor }),
    description: describe.worldMap(mapped),
    key: [
      { swatch: 'claim', label: 'official claim, to scale, not placed (hollow, dashed)' },
      { swatch: 'census', label: 'census count (circle)' },
      { swatch: 'estimate', label: 'estimate (diamond)' },
      { swatch: 'migrant', label: 'born in Azerbaijan, migrant stock (square)' },
    ],
    render: (size) => worldMap(mapped, size),
  }),
];

/** The chart with this id; throws listing the valid ids. */
export function chartById(id: string): ChartDefinition {
  const found = charts.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown chart id "${id}". Valid ids: ${CHART_IDS.join(', ')}`);
  return found;
}
