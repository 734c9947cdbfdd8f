import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chapterRefs, editionParity, parityFailures, renderParity, type ChapterSource } from '../../../src/lib/parity.ts';

const fixture = (lang: 'en' | 'ru', name: string, draft = false): ChapterSource => ({
  // Every Russian variant stands in for the counterpart of the one English fixture.
  file: `content/${lang === 'ru' ? 'ru/' : ''}chapters/90-parity-fixture.mdx`,
  source: readFileSync(`tests/fixtures/i18n/${lang}/${name}`, 'utf8'),
  draft,
});
const english = fixture('en', '90-parity-fixture.mdx');

describe('numeric parity between the editions', () => {
  it('reads the refs a chapter cites: numbers and sources as sets, charts in order', () => {
    expect(chapterRefs(english.source)).toEqual({
      nums: ['claims.abroad-10m', 'organisations.2016-06'],
      charts: ['organisation-count', 'russia'],
      cites: ['azerbaijan-az-abroad'],
    });
  });

  it('passes a translation that cites exactly the same records', () => {
    const [pair] = editionParity([english], [fixture('ru', '90-parity-fixture.mdx')]);
    expect(pair?.status).toBe('match');
    expect(parityFailures([pair!])).toEqual([]);
  });

  it('fails a translation missing one <Num>, naming both files and the ref', () => {
    const reports = editionParity([english], [fixture('ru', 'missing-num.mdx')]);
    expect(reports[0]?.status).toBe('differs');
    const [message] = parityFailures(reports);
    expect(message).toContain('content/ru/chapters/90-parity-fixture.mdx');
    expect(message).toContain('content/chapters/90-parity-fixture.mdx');
    expect(message).toContain('<Num> only in English: organisations.2016-06');
  });

  it('fails a translation with the same charts in another order', () => {
    const reports = editionParity([english], [fixture('ru', 'reordered-charts.mdx')]);
    expect(reports[0]?.status).toBe('differs');
    expect(parityFailures(reports)[0]).toContain(
      '<Chart> order differs: English organisation-count → russia; Russian russia → organisation-count',
    );
  });

  it('exempts a pair while either side is a draft', () => {
    const ruDraft = editionParity([english], [fixture('ru', 'draft-missing-num.mdx', true)]);
    expect(ruDraft[0]?.status).toBe('draft');
    const enDraft = editionParity([{ ...english, draft: true }], [fixture('ru', 'missing-num.mdx')]);
    expect(enDraft[0]?.status).toBe('draft');
    expect(parityFailures([...ruDraft, ...enDraft])).toEqual([]);
  });

  it('fails a published Russian chapter with no English file, and lets an untranslated English chapter be', () => {
    const orphan = editionParity([], [fixture('ru', '90-parity-fixture.mdx')]);
    expect(orphan[0]?.status).toBe('orphan');
    expect(parityFailures(orphan)[0]).toContain('has no English counterpart');
    const untranslated = editionParity([english], []);
    expect(untranslated[0]?.status).toBe('untranslated');
    expect(parityFailures(untranslated)).toEqual([]);
  });

  it('shows each pair and its differences on the copy desk', () => {
    const sheet = renderParity(editionParity([english], [fixture('ru', 'missing-num.mdx')]));
    expect(sheet).toContain('90-parity-fixture.mdx: **parity broken**');
    expect(sheet).toContain('  - <Num> only in English: organisations.2016-06');
  });
});
