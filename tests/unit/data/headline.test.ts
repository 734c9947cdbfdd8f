import { describe, expect, it } from 'vitest';
import { figures } from '../../../src/data/load.ts';
import type { Quantity } from '../../../src/data/schemas/index.ts';

/**
 * The figures the story depends on, pinned to their records: a silent edit to data/ that
 * changes one of them fails here and must be made on purpose, with this table.
 */
const HEADLINES: readonly [ref: string, quantity: Quantity][] = [
  ['organisations.2001-11', { kind: 'moreThan', value: 200 }],
  ['organisations.2006-03', { kind: 'exact', value: 336 }],
  ['organisations.2006-03-implied', { kind: 'implied', value: 313 }],
  ['organisations.2010-12', { kind: 'moreThan', value: 370 }],
  ['organisations.2011-07', { kind: 'about', value: 416 }],
  ['organisations.2011-07.foundedSincePreviousCongress', { kind: 'exact', value: 103 }],
  ['organisations.2016-05', { kind: 'moreThan', value: 450 }],
  ['organisations.2016-06', { kind: 'exact', value: 462 }],
  ['claims.abroad-10m', { kind: 'moreThan', value: 10_000_000 }],
  ['claims.abroad-10m-article', { kind: 'about', value: 10_000_000 }],
  ['claims.world-50m', { kind: 'about', value: 50_000_000 }],
  ['claims.countries-70', { kind: 'moreThan', value: 70 }],
  ['claims.countries-100', { kind: 'moreThan', value: 100 }],
  ['claims.iran-20-25m-2001', { kind: 'range', low: 20_000_000, high: 25_000_000 }],
  ['claims.russia-1-5m-2001', { kind: 'about', value: 1_500_000 }],
  ['claims.russia-2m-2017', { kind: 'moreThan', value: 2_000_000 }],
  ['claims.turkey-3m', { kind: 'about', value: 3_000_000 }],
  ['estimates.ru-2002-census', { kind: 'about', value: 620_000 }],
  ['estimates.ru-2010-census', { kind: 'exact', value: 603_070 }],
  ['estimates.ru-2021-census', { kind: 'exact', value: 474_576 }],
  ['estimates.ru-2019-born', { kind: 'exact', value: 767_159 }],
  ['estimates.abroad-2019-born', { kind: 'exact', value: 1_155_852 }],
  ['estimates.az-2009-census', { kind: 'exact', value: 8_172_809 }],
  ['estimates.az-2016-resident', { kind: 'about', value: 9_700_000 }],
  ['estimates.az-2017-resident', { kind: 'exact', value: 9_809_981 }],
  ['estimates.ge-2014-census', { kind: 'exact', value: 233_024 }],
  ['estimates.ge-2014-census.share', { kind: 'exact', value: 6.3 }],
  ['estimates.kz-2009-census', { kind: 'exact', value: 85_292 }],
  ['estimates.ua-2001-census', { kind: 'exact', value: 45_176 }],
  ['estimates.ir-wikipedia-range', { kind: 'range', low: 12_000_000, high: 23_000_000 }],
  ['estimates.ir-cia-1993', { kind: 'exact', value: 24 }],
  ['estimates.ir-cia-2008', { kind: 'exact', value: 16 }],
  ['estimates.tr-range', { kind: 'range', low: 530_000, high: 2_000_000 }],
  ['congresses.2001.delegates', { kind: 'exact', value: 406 }],
  ['congresses.2001.countries', { kind: 'exact', value: 36 }],
  ['congresses.2016.countries', { kind: 'exact', value: 49 }],
  ['congresses.2022.countries', { kind: 'exact', value: 65 }],
];

/** What an editor who changed data/ reads when a pinned figure moves (content/EDITING.md explains it). */
const PINNED = (ref: string) =>
  `${ref} is a HEADLINE figure pinned to the REAL data in data/ — the chapters are written around it. ` +
  'You changed it: check the record against its source; if the new figure is right, re-read the chapters that cite it ' +
  `(\`npm run check:data\` lists them) and update its line in tests/unit/data/headline.test.ts in the same change. ` +
  'See content/EDITING.md, "When a test fails after a data change".';

describe('headline figures', () => {
  it.each(HEADLINES)('%s is pinned', (ref, quantity) => {
    expect(figures.get(ref)?.quantity, PINNED(ref)).toEqual(quantity);
  });

  it('carries the verification levels of research/facts.md', () => {
    expect(figures.get('organisations.2006-03')?.verification, PINNED('organisations.2006-03')).toBe('partly');
    expect(figures.get('estimates.ru-2021-census')?.verification, PINNED('estimates.ru-2021-census')).toBe('partly');
    expect(figures.get('organisations.2016-06')?.verification, PINNED('organisations.2016-06')).toBe('yes');
  });
});
