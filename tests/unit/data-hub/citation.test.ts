import { describe, expect, it } from 'vitest';
import { chartCitation, citedSources } from '../../../src/data/publish/citation';

const LIST = 'https://example.org/charts/#chart-x';

describe('chart citations name their sources without spelling out fifty outlets', () => {
  it('names every publisher when there are few', () => {
    expect(citedSources(['UN DESA', 'Rosstat'], LIST)).toBe('UN DESA; Rosstat');
    expect(citedSources(['A', 'B', 'C'], LIST)).toBe('A; B; C');
  });

  it('names the first three and says how many more there are and where they are listed', () => {
    const names = citedSources(['A', 'B', 'C', 'D', 'E'], LIST);
    expect(names).toBe(`A; B; C and 2 more (listed at ${LIST})`);
    const { text, bibtex } = chartCitation({
      project: 'P',
      version: '1.0.0',
      date: '2026-01-02',
      chartId: 'x',
      title: 'T',
      permalink: 'https://example.org/c/#chart-x',
      sourceNames: names,
    });
    expect(text).toContain(`Data: ${names}.`);
    expect(bibtex).toContain(`sources: ${names}}`);
    expect(text).not.toContain('D;');
  });
});
