import { describe, expect, it } from 'vitest';
import { dataset, figures } from '../../../src/data/load.ts';
import { charts } from '../../../src/charts/registry.ts';
import { chartProvenance, rowOrigins } from '../../../src/data/publish/provenance.ts';

describe.each(charts.map((c) => [c.id, c] as const))('provenance of the %s chart', (_, chart) => {
  const p = chartProvenance(chart.rows, dataset, figures);

  it('traces every row to a record with a verification level', () => {
    expect(p.rows.map((level, i) => (level ? 'ok' : `row ${i} untraced`))).toEqual(chart.rows.map(() => 'ok'));
  });

  it('lists exactly the chart’s sources, and the sources file among its data files', () => {
    expect(p.sources.map((s) => s.id).sort()).toEqual(chart.sources.map((s) => s.id).sort());
    expect(p.files[0]).toBe('sources');
    expect(p.files.length).toBeGreaterThan(1);
  });
});

describe('rowOrigins', () => {
  it('traces a derived figure to the files of its inputs', () => {
    const f = figures.get('derived.ru-claim-ratio')!;
    const row = {
      kind: 'claim',
      value: f.quantity.kind === 'range' ? null : f.quantity.value,
      low: null,
      high: null,
      sources: f.sources.join('; '),
    };
    const [origin] = rowOrigins(row, dataset, figures);
    expect(origin).toMatchObject({ ref: 'derived.ru-claim-ratio', verification: f.verification });
    expect(origin!.files.sort()).toEqual(['claims', 'estimates']);
  });

  it('finds nothing for a row whose numbers no record has', () => {
    expect(rowOrigins({ value: 123456789, low: null, high: null, sources: 'rumyantsev-2017' }, dataset, figures)).toEqual([]);
  });
});
