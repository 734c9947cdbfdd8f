import { describe, expect, test } from 'vitest';
import { chartById } from '../../../src/charts/registry';
import { countryCount, type CountryCountRow } from '../../../src/charts/country-count';
import { figureLabel } from '../../../src/charts/lib/marks';
import { SIZES } from '../../../src/charts/lib/theme';
import { allText, arrows, parse, shapes, texts } from './svg-query';

const rows = chartById('country-count').rows as unknown as CountryCountRow[];

describe.each(['wide', 'narrow'] as const)('country-count, %s', (variant) => {
  const svg = parse(countryCount(rows, SIZES[variant]));

  test('claims are hollow claim marks, congresses counted marks, with stems only for counts', () => {
    const claims = rows.filter((r) => r.kind === 'claim');
    expect([...svg.querySelectorAll('g.k-claim')].flatMap((g) => [...g.children])).toHaveLength(claims.length);
    expect(shapes(svg, 'stem')).toHaveLength(rows.filter((r) => r.kind !== 'claim' && r.value !== null).length);
  });

  test('"more than" claims carry an arrow; the 44–49 congress is a range', () => {
    expect(arrows(svg)).toHaveLength(rows.filter((r) => r.qualifier === 'moreThan').length);
    expect(shapes(svg, 'q-range')).toHaveLength(rows.filter((r) => r.qualifier === 'range').length);
    expect(rows.some((r) => r.qualifier === 'range' && r.low === 44 && r.high === 49)).toBe(true);
  });

  test('labels and order follow the rows', () => {
    const text = allText(svg);
    for (const r of rows) expect(text).toContain(figureLabel(r, false));
    expect(variant === 'wide' ? texts(svg, 'axis--names') : texts(svg, 'names')).toEqual(rows.map((r) => r.label));
  });
});

test('claims come first, then congresses in date order', () => {
  const kinds = rows.map((r) => r.kind);
  expect(kinds.lastIndexOf('claim')).toBeLessThan(kinds.indexOf('census'));
  const years = rows.filter((r) => r.kind !== 'claim').map((r) => r.year);
  expect(years).toEqual([...years].sort());
});
