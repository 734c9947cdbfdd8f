// The no-English scan (tests/e2e/latin-leaks.ts) inside the Russian charts' drawings: every word
// a chart draws — axes, panel headings, labels, brackets, the map's inset — comes from the Russian
// table, every number in Russian conventions; only names and text marked lang="en" may be Latin.
import { describe, expect, it } from 'vitest';
import { charts, chartsRu } from '../../../src/charts/registry';
import { chartSvg } from '../../../src/charts/lib/definition';
import type { ChartVariant } from '../../../src/charts/lib/grammar';
import { sources } from '../../../src/data/load';
import { publisherNames } from '../../../src/i18n/publishers.ru';
import { latinLeaks } from '../../e2e/latin-leaks';

const names = [...new Set(sources.flatMap((s) => publisherNames(s.publisher)))];
const variants: readonly ChartVariant[] = ['wide', 'narrow'];
const page = (svg: string) => `<!doctype html><html lang="ru"><body>${svg}</body></html>`;

describe('the Russian charts draw in Russian', () => {
  for (const chart of chartsRu)
    for (const variant of variants)
      it(`${chart.id} (${variant}) has no Latin words outside names`, () => {
        expect(latinLeaks(page(chartSvg(chart, variant)), names, { drawings: true })).toEqual([]);
      });

  it('prints numbers in Russian conventions (decimal comma, «млн») where the English drawing has "M"', () => {
    const en = chartSvg(
      charts.find((c) => c.id === 'claimed-vs-counted')!,
      'wide',
    );
    const ru = chartSvg(
      chartsRu.find((c) => c.id === 'claimed-vs-counted')!,
      'wide',
    );
    expect(en).toMatch(/\d M\b/);
    expect(ru).not.toMatch(/\d M\b/);
    expect(ru).toMatch(/\d\u00a0млн/);
  });

  it('the scan finds an English word drawn into a Russian chart', () => {
    const svg = chartSvg(chartsRu[0]!, 'wide').replace('</svg>', '<text>people →</text></svg>');
    expect(latinLeaks(page(svg), names, { drawings: true })).toHaveLength(1);
  });
});
