// The computed tables a researcher recomputes: derived figures say which arithmetic made them, the
// ledger's comparisons carry the numbers that decide a verdict, and releases stay at their address.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changelog, derived, figure, release } from '../../../src/data/load.ts';
import type { LedgerEntry, Quantity } from '../../../src/data/schemas/index.ts';
import { decidingRefs, derivedRows, ledgerComparisons, operationOf } from '../../../src/data/publish/tables.ts';
import { keptVersions, versionedZipPath } from '../../../src/data/publish/release.ts';

const q = (value: number, kind: 'exact' | 'about' | 'moreThan' = 'exact'): Quantity => ({ kind, value });

describe('operationOf', () => {
  it.each([
    ['sum', [q(3), q(4), q(5)], q(12)],
    ['difference', [q(10), q(3), q(2)], q(5)],
    ['ratio', [q(10_000_000, 'moreThan'), q(1_155_852)], q(8.6, 'moreThan')],
    ['ratio', [q(2_000_000), q(603_070)], q(3.3)],
  ] as const)('recognises a %s', (op, inputs, result) => {
    expect(operationOf(inputs, result)).toBe(op);
  });

  it('refuses a result none of the three gives, so no figure ships without a formula', () => {
    expect(operationOf([q(10), q(3)], q(42))).toBeNull();
    expect(() => derivedRows([{ ...derived[0]!, quantity: q(1.234) }], figure, () => 'claim')).toThrow(/not a sum, difference or ratio/);
  });
});

describe('derived figures as published', () => {
  const rows = derivedRows(derived, figure, (f) => f.origin);
  it('cover every derived figure, each with inputs that resolve and a formula naming them', () => {
    expect(rows.map((r) => `derived.${r.id}`)).toEqual(derived.map((d) => d.ref));
    for (const r of rows) {
      expect(r.inputs.length, r.id).toBeGreaterThan(0);
      for (const ref of r.inputs) {
        expect(() => figure(ref), `${r.id}: ${ref}`).not.toThrow();
        expect(r.formula, r.id).toContain(ref);
      }
    }
  });

  it('say when a sum adds counts of different years or of different kinds', () => {
    const sum = rows.find((r) => r.operation === 'sum' && r.inputs.length > 2);
    expect(sum?.inputYears).toMatch(/^\d{4}–\d{4}$/);
  });
});

describe('ledger comparisons', () => {
  const entry = (extra: Record<string, unknown>): LedgerEntry =>
    ({
      id: 'russia-2m-2017',
      claim: 'claims.russia-2m-2017',
      evidence: ['estimates.ru-2010-census', 'derived.ru-claim-ratio'],
      status: 'contradicted',
      reasoning: 'The census counts come nowhere near the claim.',
      ...extra,
    }) as LedgerEntry;

  it('give the claim’s low reading against the evidence’s high one, with ratio and gap when the units match', () => {
    const [census, ratio] = ledgerComparisons([entry({})], figure);
    expect(census).toMatchObject({ claimLow: 2_000_000, evidenceHigh: 603_070, ratio: 3.32, gap: 1_396_930 });
    expect(ratio?.ratio).toBeUndefined();
    expect(census?.decisive).toBeUndefined();
  });

  it('mark the deciding evidence under whatever name the ledger gives that field', () => {
    expect(decidingRefs(entry({ decidedBy: 'estimates.ru-2010-census' }))).toEqual(['estimates.ru-2010-census']);
    const rows = ledgerComparisons([entry({ decidingEvidence: ['derived.ru-claim-ratio'] })], figure);
    expect(rows.map((r) => r.decisive)).toEqual([false, true]);
  });
});

describe('permanent release paths', () => {
  it('serve the current version, and every earlier version from 1.0.1 on is kept in public/data/', () => {
    const kept = keptVersions((path) => existsSync(path));
    expect(kept).toContain(release.version);
    const older = changelog.map((r) => r.version).filter((v) => v !== release.version && v !== '1.0.0');
    for (const v of older) {
      expect(
        kept,
        `version ${v} is cited at /${versionedZipPath(v)}: before releasing the next version, copy dist/${versionedZipPath(v)} (built from the release commit) to public/${versionedZipPath(v)}`,
      ).toContain(v);
    }
  });
});
