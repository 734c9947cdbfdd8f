import { describe, expect, it } from 'vitest';
import { footnoteLabelPlugin } from '../../../src/lib/footnote-label.ts';

const heading = {
  type: 'element' as const,
  tagName: 'h2',
  properties: { id: 'footnote-label' },
  children: [{ type: 'text', value: 'Footnotes' }],
};
const visit = (path: string) => footnoteLabelPlugin({ fileURL: new URL(`file:///project/${path}`) }).element.visit(heading);

describe('the notes heading of a chapter', () => {
  it('is in Russian in a Russian chapter', () => {
    expect(visit('content/ru/chapters/00-introduction.mdx')?.children).toEqual([{ type: 'text', value: 'Примечания' }]);
  });
  it('is left as GFM writes it in an English chapter, and other headings are left alone', () => {
    expect(visit('content/chapters/00-introduction.mdx')).toBeUndefined();
    const other = footnoteLabelPlugin({ fileURL: new URL('file:///project/content/ru/chapters/a.mdx') }).element.visit({
      ...heading,
      properties: { id: 'x' },
    });
    expect(other).toBeUndefined();
  });
});
