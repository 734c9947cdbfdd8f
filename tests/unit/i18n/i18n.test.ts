import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { ru } from '../../../src/i18n/ru.ts';
import { localePath, splitLocale } from '../../../src/i18n/index.ts';
import { generatedRussianLabels, recordLabel } from '../../../src/i18n/records.ts';
import { EVENT_TITLES_RU, RECORD_LABELS_RU } from '../../../src/i18n/records.ru.ts';
import { dataset, figures } from '../../../src/data/load.ts';

describe('interface dictionaries', () => {
  it('give every English key a Russian string in Cyrillic', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    // The switcher speaks the other edition's language: on Russian pages it says "Read in English".
    const otherLanguage = new Set(['switcher.to', 'switcher.fallback']);
    for (const [key, text] of Object.entries(ru)) {
      if (otherLanguage.has(key)) continue;
      expect(text, key).toMatch(/[А-Яа-яЁё]/);
    }
  });
});

describe('edition paths', () => {
  it.each([
    ['ru/chapters/x/', 'ru', 'chapters/x/'],
    ['ru/', 'ru', ''],
    ['about/', 'en', 'about/'],
    ['', 'en', ''],
    ['rules/', 'en', 'rules/'],
  ] as const)('%s is the %s edition of "%s"', (site, locale, path) => {
    expect(splitLocale(site)).toEqual({ locale, path });
    expect(localePath(path, locale)).toBe(site);
  });
});

describe('Russian record labels', () => {
  it('refuses to show a record on a Russian page without a Russian label', () => {
    const fig = { ref: 'claims.abroad-10m', label: 'English label' };
    expect(recordLabel(fig, 'en', 'page')).toBe('English label');
    expect(() => recordLabel(fig, 'ru', 'content/ru/chapters/01-x.mdx:3', {})).toThrow(
      /claims\.abroad-10m.*no Russian label.*src\/i18n\/records\.ru\.ts/,
    );
  });

  it('labels every estimate from its fields, in Russian', () => {
    const generated = generatedRussianLabels(dataset);
    const estimates = [...figures.keys()].filter((ref) => ref.startsWith('estimates.'));
    for (const ref of estimates) {
      const label = recordLabel(figures.get(ref)!, 'ru', 'test', {}, generated);
      expect(label, ref).toMatch(/^[А-ЯЁ][^A-Za-z]*$/);
    }
    expect(generated.get('estimates.ru-2010-census')).toBe('Россия, 2010: перепись, этническая самоидентификация');
  });

  it('labels only records that exist', () => {
    for (const ref of Object.keys(RECORD_LABELS_RU)) expect(figures.has(ref), ref).toBe(true);
  });

  it('titles only timeline events that exist', () => {
    const events = new Set(dataset.timeline.map((e) => `timeline.${e.id}`));
    for (const ref of Object.keys(EVENT_TITLES_RU)) expect(events.has(ref), ref).toBe(true);
  });

  it('give a translated event title exactly the figures of the record’s own title', () => {
    // The title is record text: a figure in it is the record's, so a translation may not add, drop or change one.
    const figuresIn = (text: string) => (text.match(/\d[\d\s\u202f,.]*\d|\d/g) ?? []).map((n) => n.replace(/[\s\u202f,.]/g, ''));
    for (const e of dataset.timeline) {
      const russian = EVENT_TITLES_RU[`timeline.${e.id}`];
      // Ordinals are spelt out in Russian ("4th Congress" → «Четвёртый съезд»).
      if (russian) expect(figuresIn(russian), e.id).toEqual(figuresIn(e.title.replace(/\b\d+(st|nd|rd|th)\b/g, '')));
    }
  });
});
