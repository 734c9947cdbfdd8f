/**
 * The words around each chart — takeaway, accessible description, notes — written from the rows, so
 * they can never disagree with what is drawn. Numbers come from the data through formatQuantity;
 * none is typed here.
 */
import type { Dataset, Figure } from '../data/schemas/index.ts';
import { formatQuantity } from '../data/format.ts';
import { centre, quantityOf, type FigureMark } from './lib/marks';
import { KIND } from './lib/theme';
import type { ClaimedVsCountedRow } from './claimed-vs-counted';
import type { FiftyMillionRow } from './fifty-million';
import type { OrganisationCountRow } from './organisation-count';
import type { CountryCountRow } from './country-count';
import type { RussiaRow } from './russia';
import type { PyramidRow } from './pyramid';
import type { TimelineRow } from './timeline';
import { inAmericas, LABEL_FROM, type WorldMapRow } from './world-map';
import { AREA_NAMES } from '../data/areas.ts';
import { MEASURE_WORDS } from './country-count';

const people = (f: FigureMark) => formatQuantity(quantityOf(f), 'people');
const bare = (f: FigureMark, unit: 'organisations' | 'countries') => formatQuantity(quantityOf(f), unit);
const byCentre = <R extends FigureMark>(list: readonly R[]) => [...list].sort((a, b) => centre(b) - centre(a));
const first = <T>(list: readonly T[], what: string): T => {
  const x = list[0];
  if (x === undefined) throw new Error(`src/charts/describe.ts: no ${what} to describe`);
  return x;
};

export function claimedVsCountedTakeaway(rows: readonly ClaimedVsCountedRow[]): string {
  const claim = first(rows.filter((r) => r.kind === 'claim'), 'claim');
  const born = first(rows.filter((r) => r.kind === 'migrantStock'), 'migrant stock');
  // Iran's Azerbaijanis are not part of the claim: the official arithmetic puts them in the homeland.
  const largest = first(byCentre(rows.slice(3).filter((r) => r.place !== AREA_NAMES.IR)), 'country outside Iran');
  return `The official figure is ${people(claim)} abroad; the UN counts ${formatQuantity(quantityOf(born), 'people', { unit: false })} people born in Azerbaijan living abroad, and the largest figure for any country outside Iran, ${largest.place}’s ${people(largest)} (${KIND[largest.kind].label}), is a small part of the claim.`;
}

export function claimedVsCounted(rows: readonly ClaimedVsCountedRow[]): string {
  const places = rows.filter((r) => r.kind !== 'claim');
  const sorted = byCentre(places.slice(2));
  const top = first(sorted, 'country');
  const bottom = first([...sorted].reverse(), 'country');
  const ranges = places.filter((r) => r.qualifier === 'range').map((r) => `${r.place} ${people(r)}`);
  return [
    `Dot chart on a logarithmic scale, one line per figure. ${rows[0]?.place}: ${people(first(rows, 'claim'))}, drawn as a hollow dashed claim with an arrow for “more than”.`,
    ...places.slice(0, 2).map((r) => `${r.place}: ${people(r)} (${KIND[r.kind].label}, ${r.definition}, ${r.year}).`),
    `By country, the largest figure is ${top.place} (${people(top)}) and the smallest ${bottom.place} (${people(bottom)}).`,
    ranges.length ? `Drawn as ranges because no census counts them: ${ranges.join('; ')}.` : '',
  ].filter(Boolean).join(' ');
}

export function claimedVsCountedNotes(): string[] {
  return [
    'Each country shows one figure: a range where only ranges exist, otherwise the latest count by ethnic self-identification, otherwise the latest count of any kind (the table says which).',
    'Definitions differ: “born in Azerbaijan” includes Russians, Armenians and others born there; ethnic counts leave out people who did not state a nationality.',
    'The official claim counts anyone abroad who considers themselves Azerbaijani, as the diaspora law defines them. Iran is shown for scale but is not part of it: in the official arithmetic Iran’s Azerbaijanis live in the historical homeland and belong to the world total, not to the millions abroad.',
    'Israel’s figure for Mountain Jews is not counted here: they are not ethnic Azerbaijanis.',
  ];
}

export function fiftyMillionTakeaway(rows: readonly FiftyMillionRow[]): string {
  const rest = first(rows.filter((r) => r.qualifier === 'implied'), 'remainder');
  const world = first(rows.filter((r) => r.bar !== rows[0]?.bar), 'encyclopaedic total');
  const total = first(rows, 'official total').bar.replace(/^[^:]*: /, '');
  return `Take Azerbaijan’s population and the claimed diaspora from the official world total of ${total} and ${people(rest)} are left — in the official arithmetic, Azerbaijanis at home beyond the republic, chiefly in Iran. The sum holds together; but encyclopaedias put all Azerbaijanis in the world at ${people(world)}.`;
}

export function fiftyMillion(rows: readonly FiftyMillionRow[]): string {
  const bars = [...new Set(rows.map((r) => r.bar))];
  return `Two stacked horizontal bars. ${bars
    .map((b) => `${b}: ${rows.filter((r) => r.bar === b).map((r) => `${r.part} ${people(r)}${r.qualifier === 'implied' ? ' (implied, not stated by anyone)' : ''}`).join(', then ')}.`)
    .join(' ')}`;
}

export function fiftyMillionNotes(figures: ReadonlyMap<string, Figure>): string[] {
  const rest = figures.get('derived.fifty-million-remainder');
  return [
    ...(rest?.note ? [rest.note] : []),
    'The remainder is our subtraction, not a figure anyone stated. Iran’s Azerbaijanis, who would make up most of it, are counted by no census; neutral estimates of them are far lower.',
  ];
}

export function organisationCountTakeaway(rows: readonly OrganisationCountRow[]): string {
  const stated = rows.filter((r) => r.qualifier !== 'implied');
  const [a, z] = [first(stated, 'first count'), first([...stated].reverse(), 'last count')];
  const implied = rows.filter((r) => r.qualifier === 'implied');
  const caveat = implied.length
    ? `; for ${implied.map((r) => r.date.slice(0, 4)).join(' and ')} the article’s figure and the one implied by a later official breakdown differ, a gap closures could explain`
    : '';
  return `The official count rose from ${bare(a, 'organisations')} in ${a.date.slice(0, 4)} to ${bare(z, 'organisations')} in ${z.date.slice(0, 4)}, announced without a list${caveat}.`;
}

export function organisationCount(rows: readonly OrganisationCountRow[]): string {
  return `Dots over time, ${rows.length} figures: ${rows
    .map((r) => `${r.date}: ${bare(r, 'organisations')}${r.qualifier === 'moreThan' ? ' (lower bound, drawn with an upward arrow)' : ''}${r.qualifier === 'implied' ? ' (implied by a later official breakdown; lower than the figure the article gives for the same year)' : ''}`)
    .join('; ')}.${risesThroughout(rows) ? ' Each stated figure is at least the one before it.' : ''}`;
}

/** True when every stated (not implied) figure is at least the previous one, judged by their low ends. */
function risesThroughout(rows: readonly OrganisationCountRow[]): boolean {
  const stated = rows.filter((r) => r.qualifier !== 'implied').map((r) => r.low ?? r.value ?? 0);
  return stated.every((v, i) => i === 0 || v >= stated[i - 1]!);
}

export function organisationCountNotes(data: Dataset): string[] {
  return data.organisations.flatMap((o) => (o.note ? [`${o.date.start}: ${o.note}`] : []));
}

export function countryCountTakeaway(rows: readonly CountryCountRow[]): string {
  const residence = byCentre(rows.filter((r) => r.measures === 'residence'));
  const tallies = byCentre(rows.filter((r) => r.measures !== 'residence'));
  const [high, low] = [first(residence, 'claim'), first([...residence].reverse(), 'claim')];
  const [most, fewest] = [first(tallies, 'tally'), first([...tallies].reverse(), 'tally')];
  const which = (r: CountryCountRow) => r.label.replace(/ \((\d{4})\)/, ', $1').toLowerCase();
  return `Officials say the diaspora lives in anywhere from ${bare(low, 'countries')} to ${bare(high, 'countries')}; their own tallies of congress delegations and diaspora activity run from ${bare(fewest, 'countries')} (${which(fewest)}) to ${bare(most, 'countries')} (${which(most)}), and count attendance, not residence.`;
}

export function countryCount(rows: readonly CountryCountRow[]): string {
  return `Dot chart, one line per figure, every one an official figure drawn as a claim: ${rows.map((r) => `${r.label}: ${bare(r, 'countries')} ${MEASURE_WORDS[r.measures]}`).join('; ')}.`;
}

export function countryCountNotes(): string[] {
  return [
    'Every figure here is official: the congress tallies were reported by the State Committee or state media, so they are drawn as claims, not as counts.',
    'Delegations show where organisations sent delegates, and event tallies where the committee held events, not where Azerbaijanis live.',
    'Where reports of one congress disagree, each report is drawn as its own line.',
  ];
}

export function russiaTakeaway(rows: readonly RussiaRow[]): string {
  const census = rows.filter((r) => r.kind === 'census' && r.definition === 'ethnic self-identification');
  const claim = first(byCentre(rows.filter((r) => r.kind === 'claim')), 'claim');
  const last = first([...census].reverse(), 'census count');
  return `Russia’s census counted ${formatQuantity(quantityOf(last), 'people', { unit: false })} Azerbaijanis in ${last.year}, falling since ${first(census, 'census').year}; claims reach ${people(claim)}.`;
}

export function russia(rows: readonly RussiaRow[]): string {
  const sorted = byCentre(rows);
  return `Dots over time, ${rows.length} figures: ${rows.map((r) => `${r.year}, ${r.label}: ${people(r)}`).join('; ')}. Highest: ${first(sorted, 'figure').label} (${people(first(sorted, 'figure'))}); lowest: ${first([...sorted].reverse(), 'figure').label}.`;
}

export function russiaNotes(): string[] {
  return [
    'Census figures count people who gave “Azerbaijani” as their nationality; in 2021 about one in nine residents gave none, so the fall is partly non-response.',
    'Migrant stock counts everyone born in Azerbaijan, whatever their ethnicity; citizens are Azerbaijani passport holders.',
  ];
}

export function pyramidTakeaway(rows: readonly PyramidRow[]): string {
  const top = first(rows.filter((r) => r.parent === null), 'top tier');
  return `${rows.length} levels of the official diaspora structure as the article describes them, with ${top.tier} at the top; the levels are not a chain of command.`;
}

export function pyramid(rows: readonly PyramidRow[]): string {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return `A pyramid of ${rows.length} levels from top to bottom, as the article describes them: ${rows
    .map((r) => `${r.tier}${r.parent ? ` (below ${byId.get(r.parent)?.tier ?? r.parent})` : ' (top)'}${r.examples ? `, e.g. ${r.examples}` : ''}`)
    .join('; ')}.`;
}

export function pyramidNotes(): string[] {
  return ['The levels follow the article’s description; the examples are organisations our sources name for each level. A lower level does not report to the one drawn above it.'];
}

export function timelineTakeaway(rows: readonly TimelineRow[]): string {
  const [a, z] = [first(rows, 'event'), first([...rows].reverse(), 'event')];
  return `From ${a.date.slice(0, 4)} to ${z.date.slice(0, 4)}, the state built a diaspora the way it builds institutions: by decree, congress and committee.`;
}

export function timeline(rows: readonly TimelineRow[], tracks: readonly string[]): string {
  const counts = tracks.map((t) => `${t} ${rows.filter((r) => r.track === t).length}`).join(', ');
  return `Timeline of ${rows.length} events from ${first(rows, 'event').date} to ${first([...rows].reverse(), 'event').date}, in lanes by track (${counts}). ${rows.map((r) => `${r.date}: ${r.event}`).join('; ')}.`;
}

export function timelineNotes(): string[] {
  return ['Dates are as precise as the sources allow (day, month or year). Where sources give competing dates, the table’s sources say which we used.'];
}

export function worldMapTakeaway(rows: readonly WorldMapRow[]): string {
  const claim = first(rows.filter((r) => r.kind === 'claim'), 'claim');
  // Iran is drawn for scale but is not part of the claim: the official arithmetic puts its Azerbaijanis in the homeland.
  const iran = rows.find((r) => r.area === 'IR');
  const [top, second] = byCentre(rows.filter((r) => r.kind !== 'claim' && r.area !== 'IR'));
  if (!top || !second) throw new Error('src/charts/describe.ts: the map needs two countries outside Iran');
  const kind = (r: WorldMapRow) => (r.kind === 'census' ? '' : ` (${KIND[r.kind].label})`);
  const iranClause = iran ? ` Iran’s ${people(iran)}${kind(iran)} are drawn for scale, but the official arithmetic counts them at home, not abroad.` : '';
  return `Set beside the claim of ${people(claim)} abroad, no country comes close: the largest figures are ${top.place}’s ${people(top)}${kind(top)} and ${second.place}’s ${people(second)}${kind(second)}.${iranClause}`;
}

export function worldMap(rows: readonly WorldMapRow[]): string {
  const claim = first(rows.filter((r) => r.kind === 'claim'), 'claim');
  const places = byCentre(rows.filter((r) => r.kind !== 'claim'));
  const bottom = first([...places].reverse(), 'country');
  return [
    `Map of Europe, western Asia and North America with one symbol per country, its area proportional to the figure: ${places.length} countries.`,
    `Largest first: ${places.slice(0, 5).map((r) => `${r.place} ${people(r)} (${KIND[r.kind].label})`).join('; ')}.`,
    `The smallest is ${bottom.place} (${people(bottom)}).`,
    `The official claim, ${people(claim)} abroad, is drawn to the same scale as a hollow dashed circle with no place.`,
  ].join(' ');
}

export function worldMapNotes(rows: readonly WorldMapRow[], smallestToScale: { wide: number; narrow: number }): string[] {
  const about = (v: number) => formatQuantity({ kind: 'about', value: Math.round(v / 1000) * 1000 }, 'people', { unit: false });
  const americas = rows.filter(inAmericas).map((r) => r.place);
  return [
    'A symbol’s area is proportional to its figure; its shape says what kind of figure it is (circle: census; diamond: estimate; square: migrant stock). A range is two symbols, one inside the other: the low end solid, the high end a paler ring.',
    `Symbols sit at each country’s capital: they show how many, not where people live. Figures below ${about(smallestToScale.wide)} people (${about(smallestToScale.narrow)} on a phone) are drawn at the smallest visible size, and only figures of ${formatQuantity({ kind: 'exact', value: LABEL_FROM }, 'people', { unit: false })} or more, and bounds, are labelled; the table has them all.`,
    `The figures are those of “Claimed vs counted”, one per country, with its definitions.${americas.length ? ` On a phone, ${americas.join(' and ')} are listed at the map’s left edge.` : ''}`,
  ];
}
