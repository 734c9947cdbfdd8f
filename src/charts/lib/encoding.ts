/**
 * A row's encoding follows from its record's kind, never from the chart: the one rule that keeps an
 * official tally from being drawn as a census. buildChart refuses a chart whose rows disagree.
 */
import type { Dataset } from '../../data/schemas/index.ts';
import { rowOrigins } from '../../data/publish/provenance';
import { need, type Figures } from './records';
import type { Kind } from './grammar';
import type { Row } from './types';

/**
 * How a figure is drawn follows from where it comes from, never from the chart: an estimates record
 * is drawn as its own kind (census, survey, estimate, migrant stock); everything officials or
 * advocates said — claims, organisation counts, congress tallies reported by the State Committee or
 * state media — is drawn as a claim. A derived figure takes the weakest kind of its inputs.
 */
export function encodingOf(ref: string, data: Dataset, figures?: Figures): Kind {
  const [name = '', id = ''] = ref.split('.');
  if (name === 'estimates')
    return need(
      data.estimates.find((e) => e.id === id),
      `record "${ref}"`,
    ).kind;
  if (name === 'derived') {
    const inputs = need(figures?.get(ref)?.from, `derived figure "${ref}"`).map((r) => encodingOf(r, data, figures));
    return WEAKEST.find((k) => inputs.includes(k)) ?? 'claim';
  }
  if (name === 'claims' || name === 'organisations' || name === 'congresses') return 'claim';
  throw new Error(`src/charts/lib/encoding.ts: no encoding for "${ref}"`);
}
/**
 * Rows drawn as a count (census, survey, estimate, migrant stock) whose records say otherwise:
 * buildChart refuses to build a chart with any, so an official tally can never be drawn as a census.
 */
export function encodingProblems(chart: string, rows: readonly Row[], data: Dataset, figures: Figures): string[] {
  return rows.flatMap((row, i) => {
    const kind = row['kind'];
    if (typeof kind !== 'string' || kind === 'claim' || kind === 'context') return [];
    const origins = rowOrigins(row, data, figures);
    const wrong = origins.filter((o) => encodingOf(o.ref, data, figures) !== kind);
    return wrong.length === 0
      ? []
      : [
          `${chart} row ${i} is drawn as "${kind}" but ${wrong.map((o) => `${o.ref} is a "${encodingOf(o.ref, data, figures)}"`).join(', ')}`,
        ];
  });
}

/** Kinds from least to most counted: a sum is only as counted as its least counted part. */
const WEAKEST: readonly Kind[] = ['claim', 'estimate', 'survey', 'migrantStock', 'census'];
