/**
 * The charts in Russian (src/i18n/charts.ru.ts): the same rows as the English charts, their texts
 * in Russian with numbers in Russian conventions, and no English word in what the Russian tables write.
 */
import { describe, expect, test } from 'vitest';
import { charts, chartsRu } from '../../../src/charts/registry';
import { quantityOf, type FigureMark } from '../../../src/charts/lib/marks';
import { formatQuantity } from '../../../src/data/format';
import type { ChartDefinition } from '../../../src/charts/lib/definition';
import { latinLeaks } from '../../e2e/latin-leaks';

const leaksIn = (text: string): string[] => latinLeaks(`<!doctype html><html lang="ru"><body><p>${text}</p></body></html>`);
const byId = (list: readonly ChartDefinition[], id: string): ChartDefinition => {
  const c = list.find((x) => x.id === id);
  if (!c) throw new Error(`no chart ${id}`);
  return c;
};

describe('Russian charts', () => {
  test('every chart has a Russian edition, in the same order, drawing exactly the English rows and sources', () => {
    expect(chartsRu.map((c) => c.id)).toEqual(charts.map((c) => c.id));
    for (const ru of chartsRu) {
      const en = byId(charts, ru.id);
      expect(ru.rows, ru.id).toEqual(en.rows);
      expect(ru.sources, ru.id).toEqual(en.sources);
      expect(ru.title, ru.id).not.toBe(en.title);
    }
  });

  test('titles and keys are Russian: no Latin-script words', () => {
    for (const c of chartsRu) {
      expect(leaksIn(c.title), c.id).toEqual([]);
      for (const k of c.key) expect(leaksIn(k.label), c.id).toEqual([]);
    }
  });

  // These takeaways are written from translated parts only (places, kinds, numbers); the others still
  // carry English strings from the rows or the data (bar totals, congress names, tier names).
  test.each(['claimed-vs-counted', 'organisation-count', 'russia', 'timeline', 'world-map'])(
    'the %s takeaway has no English word',
    (id) => {
      const c = byId(chartsRu, id);
      expect(leaksIn(c.takeaway)).toEqual([]);
      expect(c.takeaway).not.toBe(byId(charts, id).takeaway);
    },
  );

  test.each([
    ['organisation-count', 'organisations'],
    ['russia', 'people'],
    ['country-count', 'countries'],
  ] as const)('the %s description prints every row’s figure in Russian conventions', (id, unit) => {
    const c = byId(chartsRu, id);
    for (const row of c.drawn as unknown as readonly FigureMark[]) {
      const figure = formatQuantity(quantityOf(row), unit, { locale: 'ru' });
      expect(c.description).toContain(figure);
    }
    // A thousands figure is grouped with a narrow no-break space, never a comma.
    expect(c.description).not.toMatch(/\d,\d{3}/);
  });

  test('the English charts are untouched by building the Russian ones', () => {
    expect(byId(charts, 'russia').takeaway).toMatch(/^Counted: [\d,]+ in \d{4}/);
    expect(byId(charts, 'world-map').key.map((k) => k.label)).toContain('census count (circle)');
  });
});
