/**
 * Every chart of the site, in gallery order: pages, downloads and tests read this list. A chart is
 * one module in this folder exporting its spec, listed in `specs.ts`.
 */
import { buildChart } from './lib/build';
import type { ChartDefinition } from './lib/definition';
import { chartSpecs } from './specs';
import { CHART_WORDS_RU } from '../i18n/charts.ru';

export const charts: readonly ChartDefinition[] = chartSpecs.map((spec) => buildChart(spec));

/** Every chart in Russian words (src/i18n/charts.ru.ts), numbers in Russian conventions; same order and rows. */
export const chartsRu: readonly ChartDefinition[] = chartSpecs.map((spec) => {
  const words = (CHART_WORDS_RU as Record<string, (typeof CHART_WORDS_RU)[keyof typeof CHART_WORDS_RU]>)[spec.id];
  if (!words) throw new Error(`src/i18n/charts.ru.ts: no Russian words for chart "${spec.id}"`);
  return buildChart(spec, words, undefined, 'ru');
});

/** The ids `<Chart id="…">` accepts, in gallery order. */
export const CHART_IDS: readonly string[] = charts.map((c) => c.id);

/** The chart with this id; throws listing the valid ids. */
export function chartById(id: string): ChartDefinition {
  const found = charts.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown chart id "${id}". Valid ids: ${CHART_IDS.join(', ')}`);
  return found;
}
