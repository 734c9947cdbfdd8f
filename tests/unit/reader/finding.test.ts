import { describe, expect, it } from 'vitest';
import { figure, figures } from '../../../src/data/load';
import { FINDING_REFS, findingRows, findingTakeaway } from '../../../src/lib/reader/finding';
import { copydesk } from '../../../src/editorial/copydesk';
import { sourceById } from '../../../src/data/load';
import type { Figure } from '../../../src/data/schemas/index';

const value = (f: Figure) => (f.quantity.kind === 'range' ? f.quantity.high : f.quantity.value);

describe('the cover finding', () => {
  it('draws the claim first and every bar in proportion to its record', () => {
    const rows = findingRows(figure);
    expect(rows.map((r) => r.ref)).toEqual([FINDING_REFS.claim, ...FINDING_REFS.counts]);
    const claim = figure(FINDING_REFS.claim);
    for (const r of rows.slice(1)) expect(r.share / rows[0]!.share).toBeCloseTo(value(figure(r.ref)) / value(claim), 6);
    expect(rows[0]!.lowerBound).toBe(claim.quantity.kind === 'moreThan');
  });

  it('the takeaway compares the claim with the largest count, rounding the ratio down', () => {
    const claim = figure(FINDING_REFS.claim);
    const largest = FINDING_REFS.counts.map((ref) => figure(ref)).sort((a, b) => value(b) - value(a))[0]!;
    const ratio = Math.floor((value(claim) / value(largest)) * 10) / 10;
    const text = findingTakeaway(figure);
    expect(text).toContain(`${ratio} times`);
    expect(text).toContain(String(largest.year));
  });

  it('follows the records: a bigger count changes the takeaway', () => {
    const bigger = (ref: string): Figure => {
      const f = figure(ref);
      return ref === FINDING_REFS.counts[1] ? { ...f, quantity: { kind: 'exact', value: 5_000_000 } } : f;
    };
    expect(findingTakeaway(bigger)).toContain('2 times');
    expect(findingTakeaway(bigger)).not.toBe(findingTakeaway(figure));
  });
});

describe('chapter frontmatter keyFigure', () => {
  const ctx = { figures, sources: sourceById, charts: new Map() };
  const chapter = (key: string) => `---\ntitle: A chapter\ndek: A dek of some length.\norder: 3\nkeyFigure: ${key}\n---\n\nText.\n`;
  const problems = (key: string) =>
    copydesk('content/chapters/03-a-chapter.mdx', chapter(key), ctx).problems.filter((p) => p.field === 'keyFigure');
  it('accepts a known number ref', () => {
    expect(problems([...figures.keys()][0]!)).toEqual([]);
  });
  it('refuses an unknown ref at its line, suggesting close matches', () => {
    const [p] = problems('claims.abroad-10');
    expect(p?.line).toBe(5);
    expect(p?.reason).toMatch(/unknown number reference "claims.abroad-10" — close matches: .*claims.abroad-10m/);
  });
});
