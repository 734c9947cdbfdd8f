// The no-English scan (tests/e2e/latin-leaks.ts) inside the Russian charts' drawings: every word
// a chart draws — axes, panel headings, labels, brackets, the map's inset — comes from the Russian
// table, every number in Russian conventions; only names and text marked lang="en" may be Latin.
// The description a screen reader reads (the SVG's <desc>, and the download's `description`) is
// plain text, with no lang="en" to switch voice: in it only the publishers' own names may be Latin.
import { describe, expect, it } from 'vitest';
import { charts, chartsRu } from '../../../src/charts/registry';
import { chartSvg } from '../../../src/charts/lib/definition';
import type { ChartVariant } from '../../../src/charts/lib/grammar';
import { dataset, figures, sources } from '../../../src/data/load';
import { buildChart } from '../../../src/charts/lib/build';
import { timeline } from '../../../src/charts/timeline';
import { CHART_WORDS_RU } from '../../../src/i18n/charts.ru';
import { publisherNames } from '../../../src/i18n/publishers.ru';
import { latinLeaks } from '../../e2e/latin-leaks';
import { parseHTML } from 'linkedom';

const names = [...new Set(sources.flatMap((s) => publisherNames(s.publisher)))];
const variants: readonly ChartVariant[] = ['wide', 'narrow'];
const page = (svg: string) => `<!doctype html><html lang="ru"><body>${svg}</body></html>`;
/** A plain text as a Russian page's paragraph, for the scan. */
const paragraph = (text: string) => page(`<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
/** The text of a drawing's <desc>, as a screen reader gets it. */
const descOf = (svg: string): string => {
  const { document } = parseHTML(page(svg));
  const desc = document.querySelector('svg > desc');
  if (!desc) throw new Error('the drawing has no <desc>');
  return desc.textContent ?? '';
};

describe('the Russian charts draw in Russian', () => {
  for (const chart of chartsRu)
    for (const variant of variants)
      it(`${chart.id} (${variant}) has no Latin words outside names`, () => {
        expect(latinLeaks(page(chartSvg(chart, variant)), names, { drawings: true })).toEqual([]);
      });

  for (const chart of chartsRu)
    it(`${chart.id} is described in Russian: no Latin words outside publishers' names`, () => {
      expect(latinLeaks(paragraph(chart.description), names), 'the description').toEqual([]);
      for (const variant of variants)
        expect(latinLeaks(paragraph(descOf(chartSvg(chart, variant))), names), `the <desc> (${variant})`).toEqual([]);
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

  it('the scan finds an English word in a Russian description, and lets a publisher’s name through', () => {
    expect(latinLeaks(paragraph('2018, заявление (Ekspress.az): более 2 млн человек'), names)).toEqual([]);
    const leaks = latinLeaks(paragraph('2001, claim (Organisers of the Congress): около 1,5 млн человек'), names);
    expect(leaks.map((l) => /^“(.+?)”/.exec(l)?.[1])).toEqual(['claim', 'Organisers', 'of', 'the', 'Congress']);
  });

  it('a milestone without a Russian title stops the Russian build, naming the file to add it to', () => {
    const renamed = dataset.timeline.map((e) => (e.milestone ? { ...e, title: `${e.title} (retitled)` } : e));
    const input = { data: { ...dataset, timeline: renamed }, figures };
    expect(() => buildChart(timeline, CHART_WORDS_RU.timeline, input, 'ru')).toThrow(
      /no Russian name — add it to src\/i18n\/records\.ru\.ts/,
    );
    // English needs no Russian.
    expect(buildChart(timeline, timeline.words, input).description).toContain('(retitled)');
  });
});
