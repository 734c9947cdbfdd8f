import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chapterFileOf, openingTags, whereUsed } from '../../../src/lib/chapter-location';

// A chapters folder of our own, so the test does not depend on the chapters being written.
const dir = join(mkdtempSync(join(tmpdir(), 'chapters-')), 'content', 'chapters');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, '05-the-congress.mdx'),
  '---\ntitle: T\n---\n\nText <Num id="a.b" /> and\n<Chart\n  id="nope"\n/>\n\n<Quote source="x">Words</Quote>\n',
);
const file = relative(process.cwd(), join(dir, '05-the-congress.mdx'));

describe('where a component was used', () => {
  it('maps a chapter page, under any base path, to its file', () => {
    expect(chapterFileOf('/chapters/the-congress/', dir)).toBe(file);
    expect(chapterFileOf(new URL('http://h/diaspora/chapters/the-congress/'), dir)).toBe(file);
    expect(chapterFileOf('/chapters/other/', dir)).toBeUndefined();
    expect(chapterFileOf('/about/', dir)).toBeUndefined();
  });

  it('finds opening tags with their line, across lines and past quoted ">"', () => {
    expect(openingTags('<Chart\n  id="a>b"\n/>\n<Chart id="c" />', 'Chart')).toEqual([
      { line: 1, tag: '<Chart\n  id="a>b"\n/>' },
      { line: 4, tag: '<Chart id="c" />' },
    ]);
    expect(openingTags('<Charts id="x" />', 'Chart')).toEqual([]);
  });

  it('names the file and the line of the tag at fault, else the file, else the page', () => {
    expect(whereUsed('Chart', '/chapters/the-congress/', (t) => t.includes('"nope"'), dir)).toBe(
      `${file}:6 (page /chapters/the-congress/)`,
    );
    expect(whereUsed('Quote', '/chapters/the-congress/', (t) => !/\sby=/.test(t), dir)).toBe(`${file}:10 (page /chapters/the-congress/)`);
    expect(whereUsed('Num', '/chapters/the-congress/', () => false, dir)).toBe(`${file} (page /chapters/the-congress/)`);
    expect(whereUsed('Num', '/sources/', () => true, dir)).toBe('/sources/');
  });
});
