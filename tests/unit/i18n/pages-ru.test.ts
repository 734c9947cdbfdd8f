// The Russian pages around the chapters (issue 17): their words agree with their counts, the data
// dictionary has a Russian meaning for every published column (and says which one it lacks), dates
// and sizes follow Russian conventions, and the About page's two editions must cite the same records.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PAGES_EN } from '../../../src/i18n/pages.en';
import { PAGES_RU } from '../../../src/i18n/pages.ru';
import { columnMeaning, tableDescription } from '../../../src/i18n/dictionary';
import { PUBLISHED_NAMES, dictionaryOf } from '../../../src/data/publish/release';
import { formatBytes, formatIsoDate, levelSummary } from '../../../src/data/publish/format';
import { pageParityFailures, PAGE_PAIRS } from '../../../src/lib/edition-parity';
import { LEDGER_NOTES_RU } from '../../../src/i18n/ledger.ru';
import { ledger } from '../../../src/data/load';
import { typedNumbers } from '../../../src/lib/prose-digits';

describe('Russian page words agree with their numbers', () => {
  it.each([
    [1, '1 заявление'],
    [2, '2 заявления'],
    [5, '5 заявлений'],
    [21, '21 заявление'],
    [12, '12 заявлений'],
  ])('%i claims on the Sources page → %s', (n, text) => {
    expect(PAGES_RU.sources.records('claims', n, String(n))).toBe(text);
  });

  it('a count or estimate agrees as one phrase ("2 подсчёта или оценки")', () => {
    expect(PAGES_RU.sources.records('estimates', 2, '2')).toBe('2 подсчёта или оценки');
    expect(PAGES_EN.sources.records('estimates', 2, '2')).toBe('2 counts or estimates');
  });

  it('the About page counts figures: "1 цифра", "3 цифры", "11 цифр"', () => {
    expect([1, 3, 11].map((n) => PAGES_RU.about.figures(String(n), n))).toEqual(['1 цифра', '3 цифры', '11 цифр']);
  });

  it('every kind of source and every verdict has a Russian name', () => {
    expect(Object.keys(PAGES_RU.sources.kinds)).toEqual(Object.keys(PAGES_EN.sources.kinds));
    for (const name of Object.values(PAGES_RU.sources.kinds)) expect(name).toMatch(/^[А-ЯЁ]/);
    expect(Object.values(PAGES_RU.ledger.statusLabels)).toEqual(['Опровергнуто', 'Не подтверждено', 'Непроверяемо', 'Согласуется']);
  });
});

describe('the data dictionary in Russian', () => {
  it('has a Russian meaning for every column of every published table', () => {
    for (const name of PUBLISHED_NAMES) {
      const d = dictionaryOf(name);
      expect(tableDescription(name, d.description, 'ru')).toMatch(/[а-я]/);
      for (const c of d.columns) expect(columnMeaning(name, c, 'ru'), `${name}.${c.name}`).toMatch(/[а-я]/);
    }
  });

  it('says which column lacks a Russian meaning, instead of showing the English', () => {
    const column = { name: 'mystery', path: ['mystery'], encoding: 'scalar' as const, description: 'Something new.' };
    expect(() => columnMeaning('claims', column, 'ru')).toThrow(/"mystery" of claims\.csv.*add "claims\.mystery"/);
    expect(columnMeaning('claims', column, 'en')).toBe('Something new.');
  });

  it('nested columns name their field and their part', () => {
    const d = dictionaryOf('claims');
    const start = d.columns.find((c) => c.name === 'date.start')!;
    expect(columnMeaning('claims', start, 'ru')).toMatch(/^Дата, к которой относится цифра.*— Первый \(или единственный\) день/);
  });
});

describe('dates and sizes on the Russian data pages', () => {
  it.each([
    ['2017-05-18', '18 мая 2017 г.'],
    ['2017-05', 'май 2017 г.'],
    ['2017', '2017'],
  ])('%s → %s', (iso, text) => {
    expect(formatIsoDate(iso, 'ru')).toBe(text);
  });

  it('sizes with a decimal comma and Russian units; levels after a colon', () => {
    expect(formatBytes(12_400, 'ru')).toBe('12,4\u202fкБ');
    expect(formatBytes(12_400)).toBe('12.4 kB');
    expect(levelSummary({ yes: 3, partly: 1 }, 'ru')).toBe('проверено: 3, проверено частично: 1');
  });
});

describe('parity of the About page between the editions', () => {
  const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');

  it('the published pages cite the same records', () => {
    expect(pageParityFailures(read)).toEqual([]);
  });

  it('a Russian page missing one <Num> fails, naming both files and the record', () => {
    const [en, ru] = PAGE_PAIRS[0]!;
    const broken = read(ru).replace('<Num id="estimates.ru-2021-census" />', 'двадцать первого года');
    const failures = pageParityFailures((file) => (file === ru ? broken : read(file)));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain(ru);
    expect(failures[0]).toContain(en);
    expect(failures[0]).toContain('<Num> only in English: estimates.ru-2021-census');
  });
});

describe('the ledger in Russian', () => {
  it('has the reason, the different group and the note of every verdict the English ledger gives', () => {
    const missing = ledger.flatMap((e) => {
      const ru = LEDGER_NOTES_RU[e.id];
      return [
        !ru?.reasoning && `${e.id}.reasoning`,
        e.differentGroup && !ru?.differentGroup && `${e.id}.differentGroup`,
        e.note && !ru?.note && `${e.id}.note`,
      ].filter(Boolean);
    });
    expect(missing).toEqual([]);
    expect(Object.keys(LEDGER_NOTES_RU).filter((id) => !ledger.some((e) => e.id === id))).toEqual([]);
  });

  it('types no figures: the numbers stand beside the words, from the records', () => {
    const text = Object.values(LEDGER_NOTES_RU).flatMap((n) => [n.reasoning, n.differentGroup ?? '', n.note ?? '']);
    expect(text.flatMap((t) => typedNumbers(t).map((n) => n.context))).toEqual([]);
  });
});
