/**
 * Every chart of the site, in gallery order: pages, downloads and tests read this list. A chart is
 * one module in this folder exporting its spec; adding one means writing the module and adding it here.
 */
import { buildChart } from './lib/build';
import type { ChartDefinition } from './lib/definition';
import { claimedVsCounted } from './claimed-vs-counted';
import { fiftyMillion } from './fifty-million';
import { organisationCount } from './organisation-count';
import { countryCount } from './country-count';
import { russia } from './russia';
import { pyramid } from './pyramid';
import { timeline } from './timeline';
import { worldMap } from './world-map';

export const charts: readonly ChartDefinition[] = [
  buildChart(claimedVsCounted),
  buildChart(fiftyMillion),
  buildChart(organisationCount),
  buildChart(countryCount),
  buildChart(russia),
  buildChart(pyramid),
  buildChart(timeline),
  buildChart(worldMap),
];

/** The ids `<Chart id="…">` accepts, in gallery order. */
export const CHART_IDS: readonly string[] = charts.map((c) => c.id);

/** The chart with this id; throws listing the valid ids. */
export function chartById(id: string): ChartDefinition {
  const found = charts.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown chart id "${id}". Valid ids: ${CHART_IDS.join(', ')}`);
  return found;
}
