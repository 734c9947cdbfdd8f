import { describe, expect, it } from 'vitest';
import { formatDate, formatQuantity, NBSP, NNBSP, type FormatOptions } from '../../../src/data/format.ts';
import { chartFormats, formatQualified, formatShort } from '../../../src/charts/lib/format.ts';
import type { Quantity, Unit } from '../../../src/data/schemas/index.ts';

const ru = (q: Quantity, unit: Unit, options: FormatOptions = {}) => formatQuantity(q, unit, { ...options, locale: 'ru' });
const MLN = `${NBSP}млн`;

// The same records, printed as a Russian reader expects (issue 17): narrow no-break space
// between thousands, decimal comma, "млн"/"тыс.", Russian qualifiers and plural agreement.
describe('formatQuantity in the Russian edition', () => {
  it.each<[Quantity, Unit, FormatOptions, string]>([
    [{ kind: 'exact', value: 603_070 }, 'people', {}, `603${NNBSP}070 человек`],
    [{ kind: 'exact', value: 1_155_852 }, 'people', { style: 'full' }, `1${NNBSP}155${NNBSP}852 человека`],
    [{ kind: 'exact', value: 1_155_852 }, 'people', {}, `1,16${MLN} человек`],
    [{ kind: 'exact', value: 603_070 }, 'people', { style: 'short' }, `603${NBSP}тыс. человек`],
    [{ kind: 'exact', value: 6.3 }, 'percent', {}, `6,3${NNBSP}%`],
    [{ kind: 'about', value: 416 }, 'organisations', {}, 'около 416 организаций'],
    [{ kind: 'moreThan', value: 10_000_000 }, 'people', {}, `более 10${MLN} человек`],
    [{ kind: 'upTo', value: 300_000 }, 'people', {}, `до 300${NNBSP}000 человек`],
    [{ kind: 'range', low: 12_000_000, high: 23_000_000 }, 'people', {}, `12–23${MLN} человек`],
    [{ kind: 'range', low: 44, high: 49 }, 'countries', {}, '44–49 стран'],
    [{ kind: 'moreThan', value: 8.6 }, 'times', {}, 'более 8,6 раза'],
    [{ kind: 'moreThan', value: 450 }, 'organisations', { unit: false }, 'более 450'],
    [{ kind: 'about', value: 416 }, 'organisations', { bare: true }, '416 организаций'],
  ])('%o %s %o → %s', (quantity, unit, options, expected) => {
    expect(ru(quantity, unit, options)).toBe(expected);
  });

  it.each<[number, string]>([
    [1, '1 организация'], [2, '2 организации'], [4, '4 организации'], [5, '5 организаций'],
    [11, '11 организаций'], [21, '21 организация'], [22, '22 организации'], [462, '462 организации'], [336, '336 организаций'],
  ])('agrees the noun with %i (Intl.PluralRules): %s', (value, expected) => {
    expect(ru({ kind: 'exact', value }, 'organisations')).toBe(expected);
  });

  it('leaves the English edition as it was', () => {
    expect(formatQuantity({ kind: 'about', value: 416 }, 'organisations')).toBe('about 416 organisations');
    expect(formatQuantity({ kind: 'exact', value: 603_070 }, 'people', { locale: 'en' })).toBe('603,070 people');
  });

  it('writes dates in Russian, to the precision the record gives', () => {
    expect(formatDate('2017-05-18', 'ru')).toBe('18 мая 2017 г.');
    expect(formatDate('2017-05-18')).toBe('18 May 2017');
    expect(formatDate('2017-05', 'ru')).toBe('май 2017 г.');
    expect(formatDate('2017', 'ru')).toBe('2017');
  });

  it('writes a quotation’s date of any precision in the edition’s language', () => {
    expect(formatDate('2018-04-24', 'ru')).toBe('24 апреля 2018 г.');
    expect(formatDate('2018-04', 'ru')).toBe('апрель 2018 г.');
    expect(formatDate('1993', 'ru')).toBe('1993');
    expect(formatDate('2018-04-24')).toBe('24 April 2018');
    expect(formatDate('2018-04')).toBe('April 2018');
  });
});

describe('chart number formats in the Russian edition', () => {
  it('uses the comma, the narrow space and the Russian abbreviations', () => {
    const { count, short } = chartFormats('ru');
    expect(count(603_070)).toBe(`603${NNBSP}070`);
    expect(short(1_160_000)).toBe(`1,16${MLN}`);
    expect(short(767_159)).toBe(`767${NBSP}тыс.`);
    expect(formatQualified('range', 12e6, 23e6, true, 'ru')).toBe(`12–23${MLN}`);
    expect(formatShort(1_160_000)).toBe('1.16 M');
  });
});
