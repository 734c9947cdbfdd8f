import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chapterFileOf, hasProp, hasPropValue, whereUsed } from '../../../src/editorial/chapter-location';

// A chapters folder of our own, so the test does not depend on the chapters being written.
const dir = join(mkdtempSync(join(tmpdir(), 'chapters-')), 'content', 'chapters');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, '05-the-congress.mdx'),
  '---\ntitle: T\n---\n\nText <Num id="a.b" /> and\n<Chart\n  id="nope"\n/>\n\n<Quote source="x">Words</Quote>\n\n' +
    'Write `<Num id="c.d" />` in a chapter, or:\n\n```mdx\n<Cite source="s">as here</Cite>\n```\n\n<Chart\n  id=\'a>b\'\n/>\n',
);
const file = relative(process.cwd(), join(dir, '05-the-congress.mdx'));

describe('where a component was used', () => {
  it('maps a chapter page, under any base path, to its file', () => {
    expect(chapterFileOf('/chapters/the-congress/', dir)).toBe(file);
    expect(chapterFileOf(new URL('http://h/diaspora/chapters/the-congress/'), dir)).toBe(file);
    expect(chapterFileOf('/chapters/other/', dir)).toBeUndefined();
    expect(chapterFileOf('/about/', dir)).toBeUndefined();
  });

  it('finds the tag across lines and past a quoted ">", never one shown as code', () => {
    expect(whereUsed('Chart', '/chapters/the-congress/', (t) => hasPropValue(t, 'id', 'a>b'), dir)).toBe(
      `${file}:18 (page /chapters/the-congress/)`,
    );
    expect(whereUsed('Cite', '/chapters/the-congress/', (t) => hasPropValue(t, 'source', 's'), dir)).toBe(
      `${file} (page /chapters/the-congress/)`,
    );
    expect(whereUsed('Num', '/chapters/the-congress/', (t) => hasPropValue(t, 'id', 'c.d'), dir)).toBe(
      `${file} (page /chapters/the-congress/)`,
    );
    expect(whereUsed('Charts', '/chapters/the-congress/', () => true, dir)).toBe(`${file} (page /chapters/the-congress/)`);
  });

  it('names the file and the line of the tag at fault, else the file, else the page', () => {
    expect(whereUsed('Chart', '/chapters/the-congress/', (t) => hasPropValue(t, 'id', 'nope'), dir)).toBe(
      `${file}:6 (page /chapters/the-congress/)`,
    );
    expect(whereUsed('Quote', '/chapters/the-congress/', (t) => !hasProp(t, 'by'), dir)).toBe(`${file}:10 (page /chapters/the-congress/)`);
    expect(whereUsed('Num', '/chapters/the-congress/', () => false, dir)).toBe(`${file} (page /chapters/the-congress/)`);
    expect(whereUsed('Num', '/sources/', () => true, dir)).toBe('/sources/');
  });
});
