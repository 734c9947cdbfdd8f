import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../src/lib/toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('tableOfContents', () => {
  it('nests h3 under the preceding h2 and drops other depths', () => {
    const toc = tableOfContents([h(1, 'title'), h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(3, 'a2'), h(2, 'b')]);
    expect(toc.map((e) => e.slug)).toEqual(['a', 'b']);
    expect(toc[0]!.children.map((e) => e.slug)).toEqual(['a1', 'a2']);
    expect(toc[1]!.children).toEqual([]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(tableOfContents([h(3, 'early'), h(2, 'a')]).map((e) => e.slug)).toEqual(['early', 'a']);
  });

  it('is empty for a chapter without sections', () => {
    expect(tableOfContents([])).toEqual([]);
  });
});
