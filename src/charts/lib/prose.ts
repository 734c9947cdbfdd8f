/**
 * Helpers for the words each chart writes from its rows (takeaway, description, notes). Numbers come
 * from the rows through formatQuantity; a chart's words table receives them already formatted.
 */
import { formatQuantity } from '../../data/format.ts';
import { edition } from './edition';
import { centre, quantityOf, type FigureMark } from './marks';

/** A figure of people as prose: "more than 10 million". */
export const people = (f: FigureMark): string => formatQuantity(quantityOf(f), 'people', { locale: edition() });
/** The same without the unit word: "603,070". */
export const number = (f: FigureMark): string => formatQuantity(quantityOf(f), 'people', { unit: false, locale: edition() });
/** A figure of organisations or countries as prose: "about 416 organisations". */
export const bare = (f: FigureMark, unit: 'organisations' | 'countries'): string =>
  formatQuantity(quantityOf(f), unit, { locale: edition() });
/** Largest first (by the middle of a range). */
export const byCentre = <R extends FigureMark>(list: readonly R[]): R[] => [...list].sort((a, b) => centre(b) - centre(a));

/** The first item, or an error naming what was missing (a chart cannot describe what it lacks). */
export function first<T>(list: readonly T[], what: string): T {
  const x = list[0];
  if (x === undefined) throw new Error(`src/charts: no ${what} to describe`);
  return x;
}
