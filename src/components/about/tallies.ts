import { dataset, sources, timeline } from '../../data/load';
import type { Verification } from '../../data/schemas/index.ts';

/**
 * The counts the About page (content/pages/about.mdx) states, computed from the records so the
 * prose never types them: how many records, sources and figures of each definition, kind and
 * qualifier the dataset holds.
 */

export const LEVELS: readonly Verification[] = ['yes', 'partly', 'unverified'];

/** The files whose records carry a verification level, with a reader's name for each. */
const CHECKED = [
  ['claims', 'Official and advocacy claims'],
  ['estimates', 'Counts and estimates'],
  ['organisations', 'Organisation counts'],
  ['congresses', 'World Congresses'],
  ['timeline', 'Timeline events'],
  ['hierarchy', 'Tiers of the pyramid'],
] as const;

export const levelRows = CHECKED.map(([file, name]) => {
  const records = dataset[file] as readonly { verification: Verification }[];
  const by = Object.fromEntries(LEVELS.map((l) => [l, records.filter((r) => r.verification === l).length])) as Record<Verification, number>;
  return { file, name, total: records.length, by };
});
export const levelTotals = Object.fromEntries(LEVELS.map((l) => [l, levelRows.reduce((n, r) => n + r.by[l], 0)])) as Record<
  Verification,
  number
>;

/** Timeline events known from the article alone. */
export const unverifiedEvents = timeline.filter((t) => t.verification === 'unverified');

const { estimates, claims } = dataset;
const quantities = [...claims.map((c) => c.value), ...estimates.map((e) => e.value), ...dataset.organisations.map((o) => o.value)];
const statistics = sources.filter((s) => s.kind === 'statistics').length;

export const tallies = {
  records: levelRows.reduce((n, r) => n + r.total, 0),
  sources: sources.length,
  partisanSources: sources.filter((s) => s.partisan).length,
  mirrorSources: sources.filter((s) => s.seenAt).length,
  encyclopaediaSources: sources.filter((s) => s.kind === 'encyclopaedia').length,
  /** "3 are tables" / "1 is a table": the statistics-office sources, with the verb that agrees. */
  statisticsTables: `${statistics} ${statistics === 1 ? 'is a table' : 'are tables'}`,
  /** The statistics-office sources, as a bare count (the Russian page words its own agreement). */
  statisticsSources: statistics,
  iranEstimates: estimates.filter((e) => e.area === 'IR' && e.unit === 'people').length,
  claims: claims.length,
  unverifiedEvents: unverifiedEvents.length,
  /** Figures with this definition (`ethnic`, `citizens`…). */
  byDefinition: (d: string) => estimates.filter((e) => e.definition === d).length,
  /** Figures of this kind of count (`census`, `survey`, `estimate`, `migrantStock`). */
  byKind: (k: string) => estimates.filter((e) => e.kind === k).length,
  /** Claims, estimates and organisation counts with this qualifier (`exact`, `about`, `moreThan`…). */
  byQualifier: (k: string) => quantities.filter((q) => q.kind === k).length,
};
