import sourcesJson from '../../data/sources.json';
import speakersJson from '../../data/speakers.json';
import claimsJson from '../../data/claims.json';
import estimatesJson from '../../data/estimates.json';
import organisationsJson from '../../data/organisations.json';
import congressesJson from '../../data/congresses.json';
import timelineJson from '../../data/timeline.json';
import hierarchyJson from '../../data/hierarchy.json';
import ledgerJson from '../../data/ledger.json';
import changelogJson from '../../data/changelog.json';
// The dataset's documentation and licence travel with every download (ZIP, hub): read here, once.
import dataReadmeText from '../../data/README.md?raw';
import dataLicenceText from '../../data/LICENSE?raw';
import type { Dataset, Figure, Release, Source } from './schemas/index.ts';
import { parseDataset } from './validate.ts';
import { buildFigureIndex, lookupFigure } from './refs.ts';
import { buildTierTree, type TierNode } from './tree.ts';
import { validateChangelog } from './changelog.ts';
import { DataError } from './problems.ts';

/**
 * The one module that reads data/. It parses every file once when first imported; any
 * problem throws a DataError listing all of them, which fails `astro build` and `astro dev`.
 * Everything exported is frozen: consumers read, never edit.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const dataset: Dataset = deepFreeze(
  parseDataset({
    sources: sourcesJson, speakers: speakersJson, claims: claimsJson, estimates: estimatesJson, organisations: organisationsJson,
    congresses: congressesJson, timeline: timelineJson, hierarchy: hierarchyJson, ledger: ledgerJson,
  }),
);

export const { sources, speakers, claims, estimates, organisations, congresses, timeline, hierarchy, ledger } = dataset;

/** Sources by id, for source lines, citations and the Sources page. */
export const sourceById: ReadonlyMap<string, Source> = new Map(sources.map((s) => [s.id, s]));

/** Every citable figure (records and derived) by ref, e.g. `organisations.2016-06`. */
export const figures: ReadonlyMap<string, Figure> = buildFigureIndex(dataset);
figures.forEach((f) => deepFreeze(f));

/** The derived figures alone, in definition order. */
export const derived: readonly Figure[] = [...figures.values()].filter((f) => f.origin === 'derived');

/** The bureaucratic pyramid as a tree, top tier first. */
export const hierarchyTree: TierNode = deepFreeze(buildTierTree(hierarchy));

/** The figure for a ref; throws naming the ref, `where` (page or chapter) and close matches. */
export function figure(ref: string, where?: string): Figure {
  return lookupFigure(figures, ref, where);
}

/** Releases of the dataset, newest first (data/changelog.json). */
export const changelog: readonly Release[] = (() => {
  const { releases, problems } = validateChangelog(changelogJson, dataset);
  if (problems.length) throw new DataError(problems);
  return deepFreeze(releases);
})();

/** The current release: its version and date label every download and citation. */
export const release: Release = changelog[0]!;

/** data/README.md and data/LICENSE as text, for the downloads. */
export const dataReadme: string = dataReadmeText;
export const dataLicence: string = dataLicenceText;
