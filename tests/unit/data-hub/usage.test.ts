import { describe, expect, it } from 'vitest';
import { chapterRefs } from '../../../src/lib/mdx-tree.ts';
import { sourceUsage, recordsCiting } from '../../../src/data/publish/usage.ts';

describe('the tags a chapter cites', () => {
  it('finds <Num> refs, <Chart> ids and <Cite> sources, each once, whatever the quotes and props', () => {
    const body = `A <Num id="claims.b" /> and <Num format="full" id='claims.a' unit={false} />, again <Num id="claims.b" />.\n\n<Chart id="russia" />\n\nAs <Cite source="rumyantsev-2017">he wrote</Cite>.`;
    expect(chapterRefs(body)).toEqual({ nums: ['claims.a', 'claims.b'], charts: ['russia'], cites: ['rumyantsev-2017'] });
  });

  it('ignores a tag written as code or in a code block, as the page shows it as text', () => {
    const body = 'Write `<Num id="claims.a" />` for a number:\n\n```mdx\n<Chart id="russia" />\n```\n';
    expect(chapterRefs(body)).toEqual({ nums: [], charts: [], cites: [] });
  });

  it('credits a chapter with a source it cites directly', () => {
    const usage = sourceUsage({
      chapters: [{ slug: 'intro', body: '<Cite source="s1">text</Cite>' }],
      figureSources: () => [],
      charts: [],
    });
    expect(usage.get('s1')?.chapters).toEqual(['intro']);
  });
});

describe('sourceUsage', () => {
  it('credits a chapter with the sources of its figures and of the charts it embeds', () => {
    const usage = sourceUsage({
      chapters: [
        { slug: 'one', body: '<Num id="claims.a" />' },
        { slug: 'two', body: '<Chart id="c1" />' },
      ],
      figureSources: (ref) => (ref === 'claims.a' ? ['s1'] : []),
      charts: [{ id: 'c1', sources: ['s2', 's1'] }],
    });
    expect(usage.get('s1')).toEqual({ chapters: ['one', 'two'], charts: ['c1'] });
    expect(usage.get('s2')).toEqual({ chapters: ['two'], charts: ['c1'] });
  });
});

describe('recordsCiting', () => {
  it('counts citing records per file and their verification, examples included', () => {
    const map = recordsCiting({
      claims: [
        { id: 'a', sources: ['s1'], verification: 'yes' },
        { id: 'b', sources: ['s1', 's2'], verification: 'partly' },
      ],
      hierarchy: [{ id: 't', sources: ['s2'], verification: 'yes', examples: [{ sources: ['s3'] }] }],
    });
    expect(map.get('s1')).toEqual({ files: { claims: 2 }, levels: { yes: 1, partly: 1 } });
    expect(map.get('s3')).toEqual({ files: { hierarchy: 1 }, levels: { yes: 1 } });
  });
});
