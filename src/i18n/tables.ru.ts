/**
 * A chart's data table on a Russian page. The rows are the same in both editions (the downloads
 * carry them, language-neutral); what a reader sees in the table is put into Russian here: the
 * column headers, the codes of kinds and qualifiers, the labels charts.ru.ts knows (places,
 * definitions, lanes). Identifiers (source ids, area codes) are marked as not to be translated;
 * text that comes from the data in English and has no Russian yet (event names, speakers, tiers)
 * is marked lang="en", so screen readers switch voice and the no-English scan can tell it apart.
 */
import { ru as russianLabel } from './charts.ru.ts';
import { METHOD_LABELS_RU } from './labels.ru.ts';

/** Column headers by column key (src/charts/lib/columns.ts and each chart's own columns). */
export const COLUMN_LABELS_RU: Readonly<Record<string, string>> = {
  place: 'Где',
  kind: 'Вид цифры',
  qualifier: 'Точность',
  value: 'Значение',
  low: 'От',
  high: 'До',
  definition: 'Кого считают',
  year: 'Год',
  sources: 'Источники (идентификаторы)',
  bar: 'Итог',
  part: 'Часть',
  date: 'Дата',
  speaker: 'Кто сказал и где',
  label: 'Цифра',
  measures: 'Какие страны считаются',
  context: 'Кто и где',
  tier: 'Уровень',
  id: 'Код',
  parent: 'Уровень выше (не подчинение)',
  examples: 'Примеры',
  event: 'Событие',
  track: 'Линия',
  chapter: 'Глава',
  milestone: 'Веха',
  area: 'Код страны',
  lon: 'Долгота',
  lat: 'Широта',
};

/** Codes the rows carry, in words. */
const CODES_RU: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  kind: { claim: 'заявление', ...METHOD_LABELS_RU },
  qualifier: { exact: 'точно', about: 'около', moreThan: 'более', upTo: 'до', implied: 'расчётно', range: 'диапазон' },
  measures: { residence: 'проживание', activity: 'деятельность', attendance: 'участие' },
  year: { undated: 'без даты', various: 'разные' },
  milestone: { yes: 'да' },
};

/** Columns of identifiers: printed as they are, and marked as not for translation. */
const IDENTIFIER_COLUMNS: ReadonlySet<string> = new Set(['sources', 'id', 'parent', 'area', 'chapter']);

/** A column's header on a Russian page; a column without one stops the build, naming it. */
export function russianColumnLabel(key: string, english: string): string {
  const label = COLUMN_LABELS_RU[key];
  if (!label)
    throw new Error(
      `src/i18n/tables.ru.ts: no Russian header for the chart table column "${key}" ("${english}") — add it to COLUMN_LABELS_RU.`,
    );
  return label;
}

/** A table cell on a Russian page: its text, and how to mark it when it stays in Latin script. */
export function russianCell(key: string, text: string): { text: string; lang?: 'en'; translate?: 'no' } {
  // An identifier is not translated; one in Latin script is read in an English voice.
  if (IDENTIFIER_COLUMNS.has(key)) return /[A-Za-z]/.test(text) ? { text, lang: 'en', translate: 'no' } : { text, translate: 'no' };
  const code = CODES_RU[key]?.[text];
  if (code) return { text: code };
  const label = russianLabel(text);
  if (label !== text) return { text: label };
  // A list of labels (the pyramid's examples, "; "-separated): in Russian when every item has a name.
  const items = text.split('; ');
  const named = items.map(russianLabel);
  if (items.length > 1 && named.every((n, i) => n !== items[i])) return { text: named.join('; ') };
  return /[A-Za-z]/.test(text) ? { text, lang: 'en' } : { text };
}
