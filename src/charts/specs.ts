/**
 * Every chart's spec, in gallery order: the one list. `registry.ts` builds them from the loaded
 * dataset for pages and downloads; editor tools (check:data's impact report) draw their rows from
 * any dataset, without the build-time loader. Adding a chart means writing its module and adding it here.
 */
import type { ChartSpec } from './lib/definition';
import { claimVsCount } from './claim-vs-count';
import { claimedVsCounted } from './claimed-vs-counted';
import { fiftyMillion } from './fifty-million';
import { organisationCount } from './organisation-count';
import { countryCount } from './country-count';
import { russia } from './russia';
import { pyramid } from './pyramid';
import { timeline } from './timeline';
import { worldMap } from './world-map';

// Each spec is typed by its own rows and words; the list only needs what every spec shares.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const chartSpecs: readonly ChartSpec<any, any>[] = [
  claimVsCount,
  claimedVsCounted,
  fiftyMillion,
  organisationCount,
  countryCount,
  russia,
  pyramid,
  timeline,
  worldMap,
];
