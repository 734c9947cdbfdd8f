// Both editions' JSON downloads of a chart carry the same fields and the same rows: only the words differ.
import { expect, test } from 'vitest';
import { charts, chartsRu } from '../../../src/charts/registry';
import { chartJson } from '../../../src/charts/chart-download';

test.each(charts.map((c) => c.id))('%s: the Russian JSON has the English fields (and its language), the same rows and row notes', (id) => {
  const en = JSON.parse(
    chartJson(
      charts.find((c) => c.id === id)!,
      'en',
    ),
  );
  const ru = JSON.parse(
    chartJson(
      chartsRu.find((c) => c.id === id)!,
      'ru',
    ),
  );
  expect(Object.keys(ru).filter((k) => k !== 'language')).toEqual(Object.keys(en));
  expect(ru.language).toBe('ru');
  expect(ru.rows).toEqual(en.rows);
  expect(ru.rowNotes).toEqual(en.rowNotes);
  expect(ru.title).not.toBe(en.title);
});
