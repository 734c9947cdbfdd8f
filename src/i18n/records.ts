import type { Dataset, Figure } from '../data/schemas/index.ts';
import type { Locale } from '../data/format.ts';
import { RECORD_LABELS_RU } from './records.ru.ts';
import { AREA_NAMES_RU, DEFINITION_LABELS_RU, METHOD_LABELS_RU } from './labels.ru.ts';

/**
 * Russian labels an estimate gets from its fields, as src/data/refs.ts builds the English one:
 * "Россия, 2010: перепись, этническая самоидентификация". Claims, organisation counts,
 * congresses and derived figures are worded one by one in records.ru.ts.
 */
const generatedCache = new WeakMap<object, Map<string, string>>();
export function generatedRussianLabels(data: Pick<Dataset, 'estimates'>): ReadonlyMap<string, string> {
  const cached = generatedCache.get(data.estimates);
  if (cached) return cached;
  const labels = new Map<string, string>();
  generatedCache.set(data.estimates, labels);
  for (const e of data.estimates) {
    const label = `${AREA_NAMES_RU[e.area]}${e.year ? `, ${e.year}` : ''}: ${METHOD_LABELS_RU[e.kind]}, ${DEFINITION_LABELS_RU[e.definition]}`;
    labels.set(`estimates.${e.id}`, label);
    if (e.share !== undefined) labels.set(`estimates.${e.id}.share`, `${label}, доля населения`);
  }
  return labels;
}

/**
 * The label of a record in an edition. English labels come with the dataset; Russian ones from
 * records.ru.ts, or for estimates from their fields. A Russian page must never fall back to
 * English, so a missing label throws, naming the ref, the page and the file to add it to.
 */
export function recordLabel(
  fig: Pick<Figure, 'ref' | 'label'>,
  locale: Locale,
  where: string | (() => string),
  labels: Readonly<Record<string, string>> = RECORD_LABELS_RU,
  generated: ReadonlyMap<string, string> = new Map(),
): string {
  if (locale === 'en') return fig.label;
  const label = labels[fig.ref] ?? generated.get(fig.ref);
  if (label) return label;
  throw new Error(
    `${typeof where === 'string' ? where : where()}: the record "${fig.ref}" (${fig.label}) is shown on a Russian page but has no Russian label — add "${fig.ref}": "…" to src/i18n/records.ru.ts.`,
  );
}

/**
 * Who makes a claim, as the Russian edition names them: the part of the claim's label in
 * records.ru.ts before its last colon (those labels read "who: about whom (заявление)").
 * Undefined when the claim has no Russian label yet.
 */
export function russianClaimant(ref: string, labels: Readonly<Record<string, string>> = RECORD_LABELS_RU): string | undefined {
  const label = labels[ref];
  const colon = label?.lastIndexOf(': ') ?? -1;
  return label && colon > 0 ? label.slice(0, colon) : undefined;
}
