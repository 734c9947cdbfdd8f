import { describe, expect, it } from 'vitest';
import { derived, figures, estimates } from '../../../src/data/load.ts';
import { computeDerived, DERIVED_IDS, EX_USSR_COUNT_REFS } from '../../../src/data/derived.ts';
import { typedNumbers } from '../../../src/lib/prose-digits.ts';
import { difference, ratio, sum } from '../../../src/data/quantity-math.ts';
import { DataError } from '../../../src/data/problems.ts';

const get = (ref: string) => figures.get(ref);

describe('derived figures', () => {
  it('are all computed and citable as derived.<id>', () => {
    expect(derived.map((f) => f.recordId)).toEqual(DERIVED_IDS);
    for (const id of DERIVED_IDS) expect(get(`derived.${id}`)?.origin).toBe('derived');
  });

  it.each([
    ['claim-gap', { kind: 'moreThan', value: 8_844_148 }],
    ['claim-ratio', { kind: 'moreThan', value: 8.6 }],
    ['counted-total-ex-ussr', { kind: 'about', value: 1_059_194 }],
    ['fifty-million-remainder', { kind: 'about', value: 30_190_019 }],
    ['orgs-growth-2006-2011', { kind: 'about', value: 80 }],
    ['orgs-growth-2011-2016', { kind: 'about', value: 46 }],
    ['orgs-implied-2006', { kind: 'implied', value: 313 }],
    ['orgs-conflict-2006', { kind: 'exact', value: 23 }],
    ['ru-census-drop-2010-2021', { kind: 'exact', value: 128_494 }],
    ['ru-claim-ratio', { kind: 'moreThan', value: 3.3 }],
  ])('derived.%s = %o', (id, quantity) => {
    expect(get(`derived.${id}`)?.quantity).toEqual(quantity);
  });

  it('agrees with the 313 stored in organisations.json', () => {
    expect(get('derived.orgs-implied-2006')?.quantity).toEqual(get('organisations.2006-03-implied')?.quantity);
  });

  it('cite the union of their inputs’ sources and their weakest verification', () => {
    const gap = get('derived.claim-gap')!;
    expect(gap.from).toEqual(['claims.abroad-10m', 'estimates.abroad-2019-born']);
    expect(gap.sources).toEqual(['azerbaijan-az-abroad', 'eudif-azerbaijan']);
    expect(gap.verification).toBe('partly');
  });

  it('name an unknown input as a problem instead of computing nonsense', () => {
    const records = new Map(figures);
    records.delete('claims.abroad-10m');
    expect(() => computeDerived(records)).toThrow(DataError);
    expect(() => computeDerived(records)).toThrow('src/data/derived.ts › claim-gap › from: unknown input "claims.abroad-10m"');
  });
});

describe('the former-Soviet total', () => {
  it('takes, in each republic, the ethnic count nearest 2010, as its label says', () => {
    const refs = new Set<string>(EX_USSR_COUNT_REFS);
    for (const ref of EX_USSR_COUNT_REFS) {
      const chosen = estimates.find((e) => `estimates.${e.id}` === ref)!;
      const rivals = estimates.filter((e) => e.area === chosen.area && e.definition === 'ethnic' && e.group === 'azerbaijanis' && e.kind !== 'survey' && e.year !== undefined && !refs.has(`estimates.${e.id}`));
      const distance = (y: number | undefined) => Math.abs((y ?? 0) - 2010);
      // A later count (Russia 2021) may exist; it must not be nearer 2010 than the one used.
      for (const r of rivals.filter((r) => r.kind === 'census')) expect(distance(r.year), `${r.id} vs ${ref}`).toBeGreaterThanOrEqual(distance(chosen.year));
    }
    expect(figures.get('derived.counted-total-ex-ussr')!.label).toMatch(/nearest 2010/);
  });
});

describe('words around derived figures', () => {
  it('type no figures: every number in a label or note is a year', () => {
    const typed = derived.flatMap((f) => [f.label, f.note ?? ''].flatMap((t) => typedNumbers(t).map((n) => `${f.ref}: ${n.context}`)));
    expect(typed).toEqual([]);
  });
});

describe('qualified arithmetic', () => {
  it('keeps "about" and lower bounds honest', () => {
    expect(sum([{ kind: 'exact', value: 1 }, { kind: 'about', value: 2 }])).toEqual({ kind: 'about', value: 3 });
    expect(difference({ kind: 'moreThan', value: 10 }, { kind: 'exact', value: 4 })).toEqual({ kind: 'moreThan', value: 6 });
    expect(ratio({ kind: 'moreThan', value: 10 }, { kind: 'exact', value: 3 })).toEqual({ kind: 'moreThan', value: 3.3 });
    expect(ratio({ kind: 'exact', value: 2 }, { kind: 'exact', value: 3 })).toEqual({ kind: 'about', value: 0.7 });
  });

  it('refuses combinations that would need a bound it does not have', () => {
    expect(() => difference({ kind: 'exact', value: 10 }, { kind: 'moreThan', value: 4 })).toThrow(/lower bound/);
    expect(() => sum([{ kind: 'range', low: 1, high: 2 }])).toThrow(/range/);
  });
});
