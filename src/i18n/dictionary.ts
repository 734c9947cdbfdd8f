import type { Locale } from '../data/format.ts';
import type { Column } from '../data/publish/columns.ts';
import { FIELDS_RU, PARTS_RU, TABLES_RU } from './dictionary.ru.ts';

/**
 * The data dictionary in an edition's language: English as the schemas' JSDoc gives it, Russian
 * from dictionary.ru.ts. A table or column the Russian hub shows without a Russian meaning stops
 * the build, naming it and the file to add it to — the hub never falls back to English.
 */
const missing = (what: string, key: string) =>
  new Error(`src/i18n/dictionary.ru.ts: the Russian data hub shows ${what} but has no Russian meaning for it — add "${key}": "…".`);

/** What one record of a published table is. */
export function tableDescription(name: string, english: string, locale: Locale): string {
  if (locale === 'en') return english;
  const text = TABLES_RU[name];
  if (!text) throw missing(`the table "${name}"`, name);
  return text;
}

/** What a column of a published table means. */
export function columnMeaning(name: string, column: Pick<Column, 'name' | 'path' | 'encoding' | 'description'>, locale: Locale): string {
  if (locale === 'en') return column.description;
  const [field = column.name, part] = column.path;
  const key = `${name}.${field}`;
  const meaning = FIELDS_RU[key] ?? FIELDS_RU[`*.${field}`];
  if (!meaning) throw missing(`the column "${column.name}" of ${name}.csv`, key);
  const parts = [meaning];
  if (part) {
    const partMeaning = PARTS_RU[part];
    if (!partMeaning) throw missing(`the column "${column.name}" of ${name}.csv`, part);
    parts.push(`— ${partMeaning}`);
  }
  if (column.encoding === 'list') parts.push('В CSV элементы разделены знаком `;`.');
  if (column.encoding === 'json') parts.push('В CSV — массив JSON.');
  return parts.join(' ');
}
