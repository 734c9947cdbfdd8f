import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { copydesk, renderSheet, type ChartInfo, type CopydeskContext } from '../../../src/editorial/copydesk';
import { parseDataset } from '../../../src/data/validate';
import { recordFigures } from '../../../src/data/refs';
import { minimalDataset } from '../data/fixtures';
import { chapterTemplate } from '../../../src/editorial/chapter-template.mjs';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/chapters/${name}`, import.meta.url), 'utf8');

// The small test dataset and one made-up chart: the sheet must show exactly what they say.
const data = parseDataset(minimalDataset());
const chart: ChartInfo = {
  id: 'organisation-count',
  title: 'How many organisations?',
  takeaway: 'The count grew.',
  description: 'Dots over time: 462 organisations in 2016.',
  sources: [{ id: 'president-az-2016-congress4' }],
};
const ctx: CopydeskContext = {
  figures: recordFigures(data), // the small dataset has no inputs for the derived figures
  sources: new Map(data.sources.map((s) => [s.id, s])),
  charts: new Map([[chart.id, chart]]),
};

describe('the copy desk', () => {
  const sheet = copydesk('content/chapters/99-fixture.mdx', fixture('copydesk.mdx'), ctx);

  it('lists every number as the reader sees it, with its record, verification and sources', () => {
    expect(sheet.numbers.map((n) => [n.line, n.ref, n.text])).toEqual([
      [8, 'organisations.2016-06', '462 organisations'],
      [8, 'claims.abroad-10m', 'more than 10,000,000'],
      [13, 'estimates.ru-2010-census', '603,070 people'],
    ]);
    expect(sheet.numbers[0]).toMatchObject({
      verification: 'yes',
      sources: [
        { id: 'president-az-2016-congress4', publisher: 'President.az', url: 'https://en.president.az/articles/20167', partisan: true },
      ],
    });
  });

  it('lists every quotation with its attribution, block and inline', () => {
    expect(sheet.quotes).toEqual([
      {
        line: 15,
        inline: false,
        text: 'We are fifty million.',
        by: 'Heydar Aliyev',
        source: 'Speech in Bern',
        date: '1995',
        href: 'https://example.org/bern',
      },
      { line: 19, inline: true, text: 'my children', by: 'Heydar Aliyev' },
    ]);
  });

  it('lists every chart with its title, takeaway, alt text and sources', () => {
    expect(sheet.charts).toEqual([
      {
        line: 21,
        id: 'organisation-count',
        title: chart.title,
        takeaway: chart.takeaway,
        alt: chart.description,
        sources: [expect.objectContaining({ id: 'president-az-2016-congress4' })],
      },
    ]);
  });

  it('lists every link: source citations, quotation sources, Markdown links', () => {
    expect(sheet.links.map((l) => [l.line, l.kind, l.text, l.url])).toEqual([
      [
        13,
        'source',
        "Rumyantsev's report",
        'sources/#source-rumyantsev-2017 → https://www.opendemocracy.net/en/odr/long-live-azerbaijani-diaspora/',
      ],
      [15, 'external', 'source of the quotation by Heydar Aliyev', 'https://example.org/bern'],
      [23, 'external', 'original report', 'https://www.opendemocracy.net/en/odr/long-live-azerbaijani-diaspora/'],
      [23, 'internal', 'sources', '../../sources/'],
    ]);
  });

  it('finds no problem in a clean chapter, and renders a sheet to sign', () => {
    expect(sheet.problems).toEqual([]);
    expect(sheet.title).toBe('A fixture: one of everything');
    const text = renderSheet(sheet);
    expect(text).toContain('- [ ] line 8: `<Num id="organisations.2016-06">` → “462 organisations”');
    expect(text).toContain('  - alt text: Dots over time: 462 organisations in 2016.');
    expect(text).toContain(
      '- [ ] line 15 (block): “We are fifty million.” — Heydar Aliyev, Speech in Bern, 1995 <https://example.org/bern>',
    );
    expect(text).toContain('_none found_');
    expect(text).toMatch(/Checked by: _+ {2}Date: _+/);
  });

  it('reports every problem with its line: unknown refs, charts and sources, a missing attribution, typed figures', () => {
    const bad = copydesk('content/chapters/98-problems.mdx', fixture('problems.mdx'), ctx);
    expect(bad.draft).toBe(true);
    expect(bad.problems.map((p) => [p.line, p.what, p.field])).toEqual([
      [8, 'Num', 'id'],
      [10, 'Chart', 'id'],
      [12, 'Chart', 'id'],
      [14, 'Cite', 'source'],
      [14, 'prose', '462'],
      [16, 'Quote', 'by'],
    ]);
    expect(bad.problems[1]?.reason).toBe('unknown chart id "organisation-counts" — use one of: organisation-count');
    expect(bad.problems[2]?.reason).toMatch(/^required/);
    expect(renderSheet(bad)).toContain('`<Num id="organisations.2016-6">` → **unresolved**');
  });

  it('refuses to publish the new-chapter scaffold unedited, but lets a draft keep it', () => {
    const scaffold = (draft: boolean) => chapterTemplate({ title: 'A new chapter', order: 9, draft });
    const published = copydesk('content/chapters/09-a-new-chapter.mdx', scaffold(false), ctx);
    expect(published.problems.map((p) => [p.line, p.what, p.field])).toEqual([
      [3, 'template', 'dek'],
      [17, 'template', 'body'],
    ]);
    expect(published.problems[0]?.reason).toMatch(/^still the new-chapter placeholder .* set draft: true until it is ready$/);
    expect(copydesk('content/chapters/09-a-new-chapter.mdx', scaffold(true), ctx).problems).toEqual([]);
    const written = scaffold(false)
      .replace(/^dek: .*$/m, 'dek: What the ledger shows.')
      .replace('Start here.', 'The ledger begins.');
    expect(copydesk('content/chapters/09-a-new-chapter.mdx', written, ctx).problems).toEqual([]);
  });

  it('reports MDX that does not parse instead of crashing', () => {
    const broken = copydesk('content/chapters/97-x.mdx', '---\ntitle: X\n---\n\nA <b link.\n', ctx);
    expect(broken.problems).toEqual([expect.objectContaining({ line: 5, what: 'MDX', field: 'syntax' })]);
  });
});
