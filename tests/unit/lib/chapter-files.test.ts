import { describe, expect, it } from 'vitest';
import { frontmatterLines, frontmatterOf, slugFromFileName } from '../../../src/lib/chapter-files';

describe('chapter files', () => {
  it('the address is the file name without its number', () => {
    expect(slugFromFileName('03-constitution.mdx')).toBe('constitution');
    expect(slugFromFileName('08_after-the-congress')).toBe('after-the-congress');
    expect(slugFromFileName('about.mdx')).toBe('about');
  });

  it('reads flat frontmatter, quoted or not, and nothing from the body', () => {
    const source = '---\ntitle: "The congress: who counts"\norder: 5\ndraft: true\ndek: It can\'t count.\n---\n\ntitle: not frontmatter\n';
    expect(frontmatterOf(source)).toEqual({ title: 'The congress: who counts', order: '5', draft: 'true', dek: "It can't count." });
  });

  it('a file without frontmatter has none', () => {
    expect(frontmatterOf('# Heading\n\ntitle: x\n')).toEqual({});
  });

  it('gives every frontmatter line its number in the file, for the check and the copy desk', () => {
    expect(frontmatterLines("---\r\ntitle: 'It''s'\n\nnot a field\n---\nbody: no\n")).toEqual([
      { line: 2, text: "title: 'It''s'", field: 'title', raw: "'It''s'" },
      { line: 3, text: '' },
      { line: 4, text: 'not a field' },
    ]);
    expect(frontmatterOf("---\ntitle: 'It''s'\n---\n")).toEqual({ title: "It's" });
    expect(frontmatterLines('# Heading\n')).toBe('missing');
    expect(frontmatterLines('---\ntitle: x\n')).toBe('unclosed');
  });
});
