import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { z } from 'zod';
import { columnsOf } from '../../../src/data/publish/columns.ts';
import { toCsv, fromCsvRows } from '../../../src/data/publish/csv.ts';
import { PUBLISHED_NAMES, publishedRecords, dictionaryOf } from '../../../src/data/publish/release.ts';
import { CountSchema, DateSpecSchema } from '../../../src/data/schemas/index.ts';

const Sample = z.strictObject({
  id: z.string(),
  value: CountSchema,
  date: DateSpecSchema.optional(),
  parent: z.string().nullable(),
  sources: z.array(z.string()),
  examples: z.array(z.strictObject({ name: z.string() })),
  flag: z.boolean(),
  share: z.number().optional(),
});
const columns = columnsOf(Sample);
const roundTrip = (records: object[]) => fromCsvRows(csvParse(toCsv(records, columns)), columns);

describe('CSV flattening', () => {
  it('names nested columns with a dot and merges a quantity’s variants', () => {
    expect(columns.map((c) => c.name)).toEqual([
      'id',
      'value.kind',
      'value.value',
      'value.low',
      'value.high',
      'date.start',
      'date.end',
      'date.precision',
      'parent',
      'sources',
      'examples',
      'flag',
      'share',
    ]);
    expect(columns.find((c) => c.name === 'value.value')).toMatchObject({ type: 'integer', required: false });
    expect(columns.find((c) => c.name === 'value.kind')).toMatchObject({ required: true });
    expect(columns.find((c) => c.name === 'date.start')).toMatchObject({ required: false });
    expect(columns.find((c) => c.name === 'examples')).toMatchObject({ type: 'array', encoding: 'json' });
  });

  it.each([
    ['a point value', { id: 'a', value: { kind: 'moreThan', value: 450 }, parent: 'p', sources: ['x'], examples: [], flag: true }],
    [
      'a range, a date span and a share',
      {
        id: 'b',
        value: { kind: 'range', low: 12, high: 23 },
        date: { start: '2016-06-03', end: '2016-06-04', precision: 'day' },
        parent: null,
        sources: ['x', 'y-2'],
        examples: [{ name: 'A, “quoted”; name' }],
        flag: false,
        share: 6.5,
      },
    ],
    ['an empty list', { id: 'c', value: { kind: 'exact', value: 0 }, parent: null, sources: [], examples: [], flag: false }],
  ])('gives back %s exactly', (_, record) => {
    expect(roundTrip([record])).toEqual([record]);
  });

  it('refuses a list item that contains the separator', () => {
    const bad = { id: 'd', value: { kind: 'exact', value: 1 }, parent: null, sources: ['a;b'], examples: [], flag: true };
    expect(() => toCsv([bad], columns)).toThrow(/contains ";"/);
  });
});

describe.each(PUBLISHED_NAMES)('%s as CSV', (name) => {
  const { columns } = dictionaryOf(name);
  const records = publishedRecords(name);
  const csv = toCsv(records, columns);
  const parsed = csvParse(csv);

  it('has a header row of exactly the dictionary’s columns', () => {
    expect(parsed.columns).toEqual(columns.map((c) => c.name));
  });

  it('parses back with a real CSV parser to exactly the records', () => {
    expect(parsed).toHaveLength(records.length);
    expect(fromCsvRows(parsed, columns)).toEqual(JSON.parse(JSON.stringify(records)));
  });

  it('describes every column', () => {
    for (const c of columns) expect(c.description.length, c.name).toBeGreaterThan(5);
  });
});
