/**
 * Data files as CSV and back, following the flattening rules in columns.ts. Pure; `fromCsvRows`
 * exists so tests (and researchers) can check that a CSV carries exactly the JSON's records.
 */
import { csvFormat } from 'd3-dsv';
import { LIST_SEPARATOR, type Column } from './columns.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = Record<string, unknown>;

function get(record: Obj, path: readonly string[]): unknown {
  let at: unknown = record;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Obj)[key] : undefined;
  return at;
}

/** One record as CSV cells. */
export function toCsvRow(record: Obj, columns: readonly Column[]): Record<string, string> {
  const row: Record<string, string> = {};
  for (const c of columns) {
    const v = get(record, c.path);
    if (v === undefined || v === null) row[c.name] = '';
    else if (c.encoding === 'list') {
      const items = v as string[];
      if (items.some((s) => s.includes(LIST_SEPARATOR)))
        throw new Error(`"${c.name}" item contains "${LIST_SEPARATOR}": ${items.join(' | ')}`);
      row[c.name] = items.join(LIST_SEPARATOR);
    } else if (c.encoding === 'json') row[c.name] = JSON.stringify(v);
    else row[c.name] = String(v);
  }
  return row;
}

/**
 * Rows of cells as CSV text: RFC 4180 quoting by d3-dsv, the header first, `\n` line ends and a final
 * newline. The one CSV writer of the site: the data files and the chart downloads both go through it.
 */
export function csvText(rows: readonly Record<string, string>[], header: readonly string[]): string {
  return `${csvFormat([...rows], [...header])}\n`;
}

/** Records as CSV text, flattened by their columns (see columns.ts). */
export function toCsv(records: readonly object[], columns: readonly Column[]): string {
  return csvText(
    records.map((r) => toCsvRow(r as Obj, columns)),
    columns.map((c) => c.name),
  );
}

function cellValue(cell: string, c: Column): unknown {
  if (cell === '') return c.encoding === 'list' && c.required ? [] : c.nullable ? null : undefined;
  if (c.encoding === 'list') return cell.split(LIST_SEPARATOR);
  if (c.encoding === 'json') return JSON.parse(cell) as Json;
  if (c.type === 'number' || c.type === 'integer' || c.type === 'year') return Number(cell);
  if (c.type === 'boolean') return cell === 'true';
  return cell;
}

/** Parsed CSV rows (e.g. from d3-dsv `csvParse`) back into records shaped like the JSON. */
export function fromCsvRows(rows: readonly Record<string, string | undefined>[], columns: readonly Column[]): Obj[] {
  return rows.map((row) => {
    const record: Obj = {};
    for (const c of columns) {
      const value = cellValue(row[c.name] ?? '', c);
      if (value === undefined) continue;
      let at = record;
      for (const key of c.path.slice(0, -1)) at = (at[key] ??= {}) as Obj;
      at[c.path.at(-1)!] = value;
    }
    return record;
  });
}
