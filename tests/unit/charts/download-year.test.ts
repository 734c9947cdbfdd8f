// A chart download's year is a number or empty; an empty year says why (`yearNote`), so a researcher
// never reads an undated claim as the year 0.
import { expect, test } from 'vitest';
import { chartById } from '../../../src/charts/registry';
import { chartDownload } from '../../../src/charts/chart-download';

test('the undated country claim downloads with an empty year and the note "undated"', () => {
  const { rows } = chartDownload(chartById('country-count'));
  const undated = rows.filter((r) => r['year'] === null || r['year'] === '');
  expect(undated.length).toBeGreaterThan(0);
  for (const r of undated) expect(r['yearNote']).toBe('undated');
  for (const r of rows) expect(r['year']).not.toBe(0);
});
