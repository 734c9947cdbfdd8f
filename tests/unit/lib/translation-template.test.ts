import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chapterRefs, isDraft } from '../../../src/lib/parity.ts';
import { translationTemplate } from '../../../src/editorial/translation-template.ts';

describe('the scaffold of a Russian counterpart', () => {
  const english = readFileSync('tests/fixtures/i18n/en/90-parity-fixture.mdx', 'utf8');
  const text = translationTemplate(
    { file: 'content/chapters/90-parity-fixture.mdx', title: 'Parity fixture', order: 90 },
    chapterRefs(english),
  );

  it('keeps the order, starts as a draft, and lists every record the English chapter cites', () => {
    expect(text).toMatch(/^order: 90$/m);
    expect(isDraft(text)).toBe(true);
    expect(text).toContain('<Num id="claims.abroad-10m" />');
    expect(text).toContain('<Num id="organisations.2016-06" />');
    expect(text).toContain('<Cite source="azerbaijan-az-abroad">');
    expect(text.indexOf('<Chart id="organisation-count" />')).toBeLessThan(text.indexOf('<Chart id="russia" />'));
  });

  it('cites nothing itself until the translator writes the text (the list is a comment)', () => {
    expect(chapterRefs(text)).toEqual({ nums: [], charts: [], cites: [] });
  });
});
