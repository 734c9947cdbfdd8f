/**
 * Every chart of the site, in gallery order: pages, downloads and tests read this list. A chart is
 * one module in this folder exporting its spec, listed in `specs.ts`.
 */
import { buildChart } from './lib/build';
import type { ChartDefinition } from './lib/definition';
import { chartSpecs } from './specs';

export const charts: readonly ChartDefinition[] = chartSpecs.map((spec) => buildChart(spec));

/** The ids `<Chart id="…">` accepts, in gallery order. */
export const CHART_IDS: readonly string[] = charts.map((c) => c.id);

/** The chart with this id; throws listing the valid ids. */
export function chartById(id: string): ChartDefinition {
  const found = charts.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown chart id "${id}". Valid ids: ${CHART_IDS.join(', ')}`);
  return found;
}
