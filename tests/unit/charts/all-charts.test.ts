// What every chart must do, whatever it draws: accessible, CSP-safe, deterministic, downloadable.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { csvFormat, csvParse } from 'd3-dsv';
import { charts, chartsRu, CHART_IDS, chartById } from '../../../src/charts/registry';
import { chartSvg, rowAsText } from '../../../src/charts/lib/definition';
import { buildChart } from '../../../src/charts/lib/build';
import { russia } from '../../../src/charts/russia';
import { standaloneCss } from '../../../src/charts/lib/standalone';
import { standaloneSvg } from '../../../src/charts/lib/svg';
import { svgToPng } from '../../../src/charts/lib/png';
import { parse } from './svg-query';

const css = standaloneCss(readFileSync('src/styles/charts.css', 'utf8'), readFileSync('src/styles/global.css', 'utf8'));

test('each chart id is kebab-case, listed once, and names its module src/charts/<id>.ts', () => {
  expect(new Set(CHART_IDS).size).toBe(charts.length);
  for (const id of CHART_IDS) {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(existsSync(`src/charts/${id}.ts`), `src/charts/${id}.ts`).toBe(true);
  }
  expect(() => chartById('no-such-chart')).toThrow(/Valid ids: claim-vs-count, claimed-vs-counted, fifty-million/);
});

test('another edition’s words table replaces every string a chart writes; its rows and drawing stay', () => {
  const english = buildChart(russia);
  const other = buildChart(russia, {
    ...russia.words,
    title: 'T',
    takeaway: () => 'A.',
    description: () => 'D',
    notes: ['N'],
    key: { ...russia.words.key, claim: 'K' },
  });
  expect([other.title, other.takeaway, other.description, other.notes]).toEqual(['T', 'A.', 'D', ['N']]);
  expect(other.key[0]!.label).toBe('K (ring)');
  expect(other.rows).toEqual(english.rows);
});

describe.each(charts.map((c) => [c.id, c] as const))('%s', (id, chart) => {
  test.each(['wide', 'narrow'] as const)('%s SVG: role="img", named by <title>, described by <desc>', (variant) => {
    const svg = parse(chartSvg(chart, variant));
    expect(svg.getAttribute('role')).toBe('img');
    const title = svg.querySelector(`#${svg.getAttribute('aria-labelledby')}`);
    const desc = svg.querySelector(`#${svg.getAttribute('aria-describedby')}`);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.textContent).toBe(chart.title);
    expect(desc?.tagName.toLowerCase()).toBe('desc');
    expect(desc?.textContent).toBe(chart.description);
    expect(svg.getAttribute('aria-labelledby')).toBe(`chart-${id}-${variant}-title`);
    expect(svg.classList.contains(`chart--${variant}`)).toBe(true);
  });

  test('the words around it are typeset: curly quotes and apostrophes, as in the prose', () => {
    const words = [chart.title, chart.takeaway, chart.description, ...chart.notes];
    expect(words.filter((w) => /"|\w'\w/.test(w))).toEqual([]);
  });

  test('nothing the CSP blocks or axe flags: no <style>, no style="", no aria-label on mark groups', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const out = chartSvg(chart, variant);
      expect(out).not.toMatch(/<style|style="|aria-label=|aria-description=/);
      expect(out).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  test('deterministic: the same rows draw the same SVG', () => {
    expect(chartSvg(chart, 'wide')).toBe(chartSvg(chart, 'wide'));
  });

  test('the narrow drawing is drawn for a phone, the wide for the desktop column', () => {
    expect(parse(chartSvg(chart, 'narrow')).getAttribute('width')).toBe('340');
    expect(parse(chartSvg(chart, 'wide')).getAttribute('width')).toBe('960');
  });

  test('the accessible description and takeaway are written from the data', () => {
    expect(chart.description.length).toBeGreaterThan(60);
    expect(chart.takeaway).toMatch(/\.$/);
    expect(`${chart.description} ${chart.takeaway}`).not.toMatch(/NaN|undefined|null/);
  });

  test('rows are plain objects with exactly the columns, in column order; CSV round-trips', () => {
    const keys = chart.columns.map((c) => c.key);
    expect(chart.rows.length).toBeGreaterThan(0);
    for (const row of chart.rows) expect(Object.keys(row)).toEqual(keys);
    const text = chart.rows.map((r) => rowAsText(r, chart.columns));
    const parsed = csvParse(csvFormat(text, keys));
    expect(parsed.columns).toEqual(keys);
    expect(parsed.map((r) => ({ ...r }))).toEqual(text);
  });

  test('every row names a source, and the figure lists each source once with its publisher', () => {
    for (const row of chart.rows) expect(String(row['sources'])).toMatch(/^[a-z0-9-]+(; [a-z0-9-]+)*$/);
    const ids = chart.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cited = new Set(chart.rows.flatMap((r) => String(r['sources']).split('; ')));
    expect(new Set(ids)).toEqual(cited);
  });

  test('standalone SVG: xmlns, literal colours, no custom properties; PNG renders with labels', () => {
    const file = standaloneSvg(chartSvg(chart, 'wide'), css, '#fbf8f2');
    expect(file.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(file).not.toContain('var(--');
    const png = svgToPng(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(10_000);
  });
});

describe('headlines (issue 20): the finding in at most 12 words, in both editions', () => {
  test.each([...charts, ...chartsRu].filter((c) => c.headline).map((c) => [c.id, c.headline!] as const))('%s: “%s”', (_id, headline) => {
    expect(headline.split(/\s+/).length).toBeLessThanOrEqual(12);
    expect(headline).not.toMatch(/NaN|undefined|null|\.$/);
  });

  test('the charts of claims and counts state their finding (their Russian twins too)', () => {
    const withHeadline = (list: typeof charts) => list.filter((c) => c.headline).map((c) => c.id);
    for (const id of ['claim-vs-count', 'claimed-vs-counted', 'fifty-million', 'world-map']) {
      expect(withHeadline(charts)).toContain(id);
      expect(withHeadline(chartsRu)).toContain(id);
    }
  });
});
