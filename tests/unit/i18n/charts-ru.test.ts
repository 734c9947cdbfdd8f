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

describe('Russian names of the labels charts compose from the data', () => {
  test('pattern labels and formatted quantities read in Russian; unknown text passes unchanged', async () => {
    const { ru, russianQuantity } = await import('../../../src/i18n/charts.ru');
    expect(ru('1st Congress (2001)')).toBe('1-й съезд (2001)');
    expect(ru('2nd Congress (2006), one report')).toBe('2-й съезд (2006), по одному сообщению');
    expect(ru('5th congress, 2022')).toBe('5-й съезд, 2022');
    expect(ru('Claim (undated)')).toBe('Заявление (без даты)');
    expect(ru('countries with activity, 2025')).toBe('страны с работой диаспоры, 2025');
    expect(ru('census (ethnic)')).toBe('перепись (этническая)');
    expect(ru('World Congress of Azerbaijanis')).toBe('Съезд азербайджанцев мира');
    expect(russianQuantity('about 50\u00a0million people')).toBe('около 50\u00a0млн человек');
    expect(russianQuantity('more than 1.5 million people')).toBe('более 1,5\u00a0млн человек');
    expect(russianQuantity('603,070 people')).toBe('603\u202f070 человек');
    expect(ru('Heydar Aliyev speaks in Bern')).toBe('Heydar Aliyev speaks in Bern');
  });

  test('a Russian data table: Russian headers and codes, identifiers not for translation, English data text marked', async () => {
    const { russianCell, russianColumnLabel } = await import('../../../src/i18n/tables.ru');
    expect(russianColumnLabel('qualifier', 'Qualifier')).toBe('Точность');
    expect(() => russianColumnLabel('newColumn', 'New column')).toThrow(/no Russian header for the chart table column "newColumn"/);
    expect(russianCell('qualifier', 'moreThan')).toEqual({ text: 'более' });
    expect(russianCell('kind', 'migrantStock')).toEqual({ text: 'число мигрантов' });
    expect(russianCell('place', 'Georgia')).toEqual({ text: 'Грузия' });
    // An identifier is not translated, and one in Latin script is read in an English voice.
    expect(russianCell('sources', 'wikipedia-azerbaijanis-in-georgia')).toEqual({
      text: 'wikipedia-azerbaijanis-in-georgia',
      lang: 'en',
      translate: 'no',
    });
    expect(russianCell('event', 'Ceasefire in the Karabakh war takes effect')).toEqual({
      text: 'Ceasefire in the Karabakh war takes effect',
      lang: 'en',
    });
    expect(russianCell('value', '603070')).toEqual({ text: '603070' });
    // Labels from records the Russian charts name (a claim's speaker, a milestone, a tier's examples):
    // the same Russian the description reads out and the drawing shows.
    expect(russianCell('label', 'claim (Ekspress.az)')).toEqual({ text: 'заявление (Ekspress.az)' });
    expect(russianCell('event', 'Charter of Solidarity of World Azerbaijanis adopted')).toEqual({
      text: 'Принята Хартия солидарности азербайджанцев мира',
    });
    expect(russianCell('examples', 'Coordination Centre for Azerbaijanis in Germany; All-Russian Azerbaijani Congress')).toEqual({
      text: 'Координационный центр азербайджанцев Германии; Всероссийский азербайджанский конгресс',
    });
    expect(russianCell('examples', 'All-Russian Azerbaijani Congress; Azerbaijani Society of Atlantis')).toEqual({
      text: 'All-Russian Azerbaijani Congress; Azerbaijani Society of Atlantis',
      lang: 'en',
    });
    // Every column a chart's table has, has a Russian header.
    for (const chart of chartsRu) for (const c of chart.columns) expect(russianColumnLabel(c.key, c.label)).toMatch(/\p{Script=Cyrillic}/u);
  });
});
