import { describe, expect, it } from 'vitest';
import { formatQuantity, NBSP, type FormatOptions } from '../../../src/data/format.ts';
import type { Quantity, Unit } from '../../../src/data/schemas/index.ts';

const M = `${NBSP}million`;

describe('formatQuantity', () => {
  it.each<[Quantity, Unit, FormatOptions, string]>([
    [{ kind: 'exact', value: 462 }, 'organisations', {}, '462 organisations'],
    [{ kind: 'about', value: 416 }, 'organisations', {}, 'about 416 organisations'],
    [{ kind: 'moreThan', value: 450 }, 'organisations', {}, 'more than 450 organisations'],
    [{ kind: 'implied', value: 313 }, 'organisations', {}, '313 organisations'],
    [{ kind: 'upTo', value: 300_000 }, 'people', {}, 'up to 300,000 people'],
    [{ kind: 'about', value: 416 }, 'organisations', { bare: true }, '416 organisations'],
    [{ kind: 'moreThan', value: 450 }, 'organisations', { unit: false }, 'more than 450'],
    [{ kind: 'range', low: 12_000_000, high: 23_000_000 }, 'people', {}, `12–23${M} people`],
    [{ kind: 'range', low: 12_000_000, high: 23_000_000 }, 'people', { style: 'full' }, '12,000,000–23,000,000 people'],
    [{ kind: 'range', low: 530_000, high: 2_000_000 }, 'people', {}, `530,000–2${M} people`],
    [{ kind: 'range', low: 44, high: 49 }, 'countries', {}, '44–49 countries'],
    [{ kind: 'moreThan', value: 10_000_000 }, 'people', {}, `more than 10${M} people`],
    [{ kind: 'moreThan', value: 10_000_000 }, 'people', { style: 'full' }, 'more than 10,000,000 people'],
    [{ kind: 'exact', value: 1_155_852 }, 'people', {}, `1.16${M} people`],
    [{ kind: 'exact', value: 1_155_852 }, 'people', { style: 'full' }, '1,155,852 people'],
    [{ kind: 'exact', value: 603_070 }, 'people', {}, '603,070 people'],
    [{ kind: 'exact', value: 603_070 }, 'people', { style: 'short' }, '603,000 people'],
    [{ kind: 'exact', value: 8_172_809 }, 'people', { unit: false }, `8.17${M}`],
    [{ kind: 'exact', value: 24 }, 'percent', {}, '24%'],
    [{ kind: 'exact', value: 6.3 }, 'percent', {}, '6.3%'],
    [{ kind: 'moreThan', value: 8.6 }, 'times', {}, 'more than 8.6 times'],
    [{ kind: 'exact', value: 1 }, 'countries', {}, '1 country'],
    [{ kind: 'exact', value: 29 }, 'people', {}, '29 people'],
  ])('%o %s %o → %s', (quantity, unit, options, expected) => {
    expect(formatQuantity(quantity, unit, options)).toBe(expected);
  });

  it('rounds a lower bound down and an upper bound up, never overstating', () => {
    expect(formatQuantity({ kind: 'moreThan', value: 8_849_999 }, 'people', { unit: false })).toBe(`more than 8.84${M}`);
    expect(formatQuantity({ kind: 'upTo', value: 1_151_000 }, 'people', { unit: false })).toBe(`up to 1.16${M}`);
  });
});
