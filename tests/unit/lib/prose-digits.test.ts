import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseMdx } from '../../../src/lib/mdx-tree';
import { isAllowedNumber, proseDigits, typedNumbers } from '../../../src/lib/prose-digits';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/chapters/${name}`, import.meta.url), 'utf8');

describe('figures typed as digits in prose (editorial rule 2)', () => {
  it.each([
    ['in 1993 he', '1993'],
    ['the 1990s were', '1990'],
    ['2016–2017', '2016'],
    ['on 15 May 2017', '15'],
    ['on 15–16 May', '15'],
    ['on 15–16 May', '16'],
    ['on 25 or 26 December 1991', '25'],
    ['between 3 and 5 June', '3'],
    ['May 25 or 26, 1991', '26'],
    ['May 15, 2017', '15'],
    ['the 3rd of June', '3'],
    ['Sept. 9 came', '9'],
  ])('lets a year or the day of a written date through: "%s" (%s)', (text, token) => {
    expect(typedNumbers(text).map((n) => n.text)).not.toContain(token);
  });

  it.each([
    ['462 organisations', '462'],
    ['about 1,500 delegates', '1,500'],
    ['1.5 million', '1.5'],
    ['24% of them', '24'],
    ['the 4th Congress', '4'],
    ['in 1899', '1899'],
    ['by 2040', '2040'],
    ['15 delegates in May', '15'],
    ['32 May', '32'],
  ])('flags a figure: "%s" (%s)', (text, token) => {
    expect(typedNumbers(text).map((n) => n.text)).toContain(token);
  });

  it('treats digits inside a name as part of the name', () => {
    expect(typedNumbers('a G20 country')).toEqual([]);
    expect(isAllowedNumber('20', 'a G', ' country')).toBe(false); // the name rule lives in typedNumbers
  });

  it('reports the line of each typed figure in a chapter, including an <Aside title>, skipping frontmatter, other props, quotations, code, comments and bare URLs', () => {
    const found = proseDigits(parseMdx(fixture('prose-digits.mdx'))).map((d) => `${d.line}:${d.text}`);
    expect(found).toEqual([
      '9:462',
      '10:1,500',
      '10:1.5',
      '10:24',
      '11:4', // paragraphs
      '14:50', // inside <Lede>
      '17:70', // an <Aside title>: readers see it as a heading, so it is prose
      '18:70', // inside <Aside>
      '23:99', // {'99'} would bypass the check
      '25:336',
      '27:416',
      '31:313', // heading, list, table (the year 2006 passes)
      '37:23', // footnote text
    ]);
  });
});
