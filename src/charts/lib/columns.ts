/**
 * The download columns every figure chart shares: a figure's kind, qualifier and numbers, then its
 * sources last. A chart adds its own columns before (what the row is) and after (context).
 */
import type { Column } from './definition';
import type { Row } from './types';

export function figureColumns<R extends Row>(first: readonly Column<R>[], last: readonly Column<R>[]): Column<R>[] {
  return [
    ...first,
    { key: 'kind', label: 'Kind' },
    { key: 'qualifier', label: 'Qualifier' },
    { key: 'value', label: 'Value', numeric: true },
    { key: 'low', label: 'Low', numeric: true },
    { key: 'high', label: 'High', numeric: true },
    ...last,
    { key: 'sources', label: 'Source ids' },
  ];
}
