/**
 * From a chart module's spec to the built chart pages and downloads use: rows read from the dataset,
 * checked against their records' kinds, keyed in column order, their sources listed once.
 */
import { dataset, figures, sourceById } from '../../data/load.ts';
import type { ChartDefinition, ChartSpec, ChartWords, SourceRef } from './definition';
import { encodingProblems } from './encoding';
import { rowIndex } from './marks';
import type { Locale } from '../../data/format.ts';
import { inLocale } from './edition';
import { ru } from '../../i18n/charts.ru.ts';
import type { ChartInput } from './records';
import type { Cell, ChartRow, Row } from './types';

const loaded: ChartInput = { data: dataset, figures };

/** The sources of some rows, each once, in first-use order. */
function sourcesOf(list: readonly Row[]): SourceRef[] {
  const idsUsed = [
    ...new Set(
      list.flatMap((r) =>
        String(r['sources'] ?? '')
          .split('; ')
          .filter(Boolean),
      ),
    ),
  ];
  return idsUsed.map((id) => {
    const s = sourceById.get(id);
    if (!s) throw new Error(`src/charts: a chart row cites unknown source "${id}"`);
    return { id, publisher: s.publisher, title: s.title, url: s.url, partisan: s.partisan };
  });
}

/**
 * Builds a chart for the dataset (or, in tests, other input) in one edition's words (English by
 * default), its numbers formatted for `locale` (pass 'ru' with a Russian table). Throws when a row
 * is drawn as a kind its record is not.
 */
export function buildChart<R extends ChartRow, W extends ChartWords>(
  spec: ChartSpec<R, W>,
  words: W = spec.words,
  input: ChartInput = loaded,
  locale: Locale = 'en',
): ChartDefinition<R> {
  const drawn = spec.rows(input);
  const wrong = encodingProblems(spec.id, drawn, input.data, input.figures);
  if (wrong.length) throw new Error(`src/charts/${spec.id}.ts: a chart draws a figure as a kind its record is not:\n${wrong.join('\n')}`);
  drawn.forEach((r, i) => rowIndex.set(r, i));
  const rows = drawn.map((r): Row => Object.fromEntries(spec.columns.map((c): [string, Cell] => [c.key, r[c.key] ?? null])));
  // Labels the rows carry in English are shown in the edition's names inside the drawing.
  const label = locale === 'ru' ? ru : undefined;
  return inLocale(
    locale,
    () => ({
      id: spec.id,
      title: words.title,
      headline: spec.headline(drawn, words),
      takeaway: spec.takeaway(drawn, words),
      rows,
      drawn,
      columns: spec.columns.map((c) => ({ ...c })),
      sources: sourcesOf(rows),
      notes: spec.notes(drawn, words, input),
      description: spec.description(drawn, words),
      key: spec.key(words),
      // Drawn later (by the figure and the downloads), so the drawing sets the edition again.
      render: (size: Parameters<typeof spec.render>[1]) => inLocale(locale, () => spec.render(drawn, size, words), label),
    }),
    label,
  );
}
