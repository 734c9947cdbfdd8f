import { describe, expect, it } from 'vitest';
import { claims, ledger, figure, dataset, changelog, speakers } from '../../../src/data/load.ts';
import { validateDataset } from '../../../src/data/validate.ts';
import { validateChangelog } from '../../../src/data/changelog.ts';
import { problemLine } from '../../../src/data/problems.ts';
import { claimSpeakerTypes, gapText, ledgerRows } from '../../../src/data/publish/ledger.ts';
import { CONTRADICTION_FACTOR } from '../../../src/data/verdicts.ts';
import { minimalDataset } from '../data/fixtures.ts';

describe('the ledger in data/ledger.json', () => {
  it('judges every official claim', () => {
    const judged = new Set(ledger.map((e) => e.claim));
    expect(claims.map((c) => `claims.${c.id}`).filter((ref) => !judged.has(ref))).toEqual([]);
  });

  it('resolves every claim and piece of evidence to a figure, with sources', () => {
    for (const row of ledgerRows(ledger, figure)) {
      expect(row.sources.length, row.id).toBeGreaterThan(0);
      expect(row.claim.text, row.id).toMatch(/\d/);
    }
  });

  it('names the evidence that decided every verdict but “unverifiable”, and a contradiction is far by the stated factor', () => {
    for (const row of ledgerRows(ledger, figure)) {
      if (row.status === 'unverifiable') continue;
      expect(row.decidedBy, row.id).not.toBeNull();
      if (row.status === 'contradicted') {
        expect(row.decidedBy!.factor, row.id).toBeGreaterThanOrEqual(CONTRADICTION_FACTOR);
        expect(row.decidedBy!.figure.official, row.id).toBe(false);
      }
    }
  });

  it('flags official figures used as evidence, so the page does not show them as counts', () => {
    const rows = new Map(ledgerRows(ledger, figure).map((r) => [r.id, r]));
    const countries = rows.get('countries-70')!.evidence;
    expect(countries.filter((e) => e.official).map((e) => e.ref)).toEqual(countries.map((e) => e.ref));
    expect(rows.get('russia-2m-2017')!.evidence.find((e) => e.ref === 'estimates.ru-2010-census')!.official).toBe(false);
  });

  it('tags a figure "official" only when a state body said it or it is an official tally, never our arithmetic', () => {
    const speakerType = claimSpeakerTypes(claims, speakers);
    const evidence = ledgerRows(ledger, figure, speakerType).flatMap((r) => [r.claim, ...r.evidence]);
    for (const f of evidence) {
      if (f.ref.startsWith('derived.')) expect(f.tag, f.ref).not.toBe('official');
      if (f.ref.startsWith('claims.') && f.tag === 'official') expect(speakerType(f.ref.split('.')[1]!), f.ref).toBe('stateBody');
      if (f.quantity.kind === 'implied') expect(f.tag, f.ref).toMatch(/^implied/);
    }
    const media = claims.find((c) => c.speakerId !== undefined && speakerType(c.id) !== 'stateBody');
    expect(media, 'a claim by a speaker who is not a state body').toBeDefined();
    const row = ledgerRows(
      [
        {
          id: 'x',
          claim: 'claims.abroad-10m',
          evidence: [`claims.${media!.id}`],
          status: 'unverifiable',
          reasoning: 'A verdict written for this test only.',
        },
      ],
      figure,
      speakerType,
    )[0]!;
    expect(row.evidence[0]!.tag).not.toBe('official');
  });

  it('scores the conflicts the fact-check named by the rules', () => {
    const status = new Map(ledger.map((e) => [e.id, e.status]));
    for (const id of ['organisations-2006', 'world-40m-2001', 'world-50m', 'us-400k', 'canada-ontario-80k']) {
      expect(status.get(id), id).not.toBe('contradicted');
    }
    expect(ledger.find((e) => e.id === 'russia-2m-orbeli')?.secondHand).toBe(true);
  });

  it('writes the gap rounded down, and says when the figures overlap', () => {
    expect(gapText(3.39)).toBe('3.3 times apart at their nearest ends');
    expect(gapText(0.8)).toBe('the two overlap');
  });
});

describe('ledger validation', () => {
  const withEntry = (entry: object) => ({ ...minimalDataset(), ledger: [entry] });
  const base = {
    id: 'x',
    claim: 'claims.abroad-10m',
    evidence: ['estimates.ru-2010-census'],
    status: 'contradicted',
    reasoning: 'The count is a small fraction of the claim.',
  };

  it.each([
    [
      'an unknown evidence record',
      { evidence: ['estimates.nowhere'] },
      'data/ledger.json › x › evidence[0]: unknown record in "estimates.nowhere"',
    ],
    ['an unknown derived figure', { evidence: ['derived.nothing'] }, 'unknown derived figure "derived.nothing"'],
    ['a claim that is a count', { claim: 'estimates.ru-2010-census' }, 'must be a claims.<id> or organisations.<id> ref'],
    ['digits in the reasoning', { reasoning: 'The census counted 603,070 people only.' }, 'write the reasoning without digits'],
    ['a verdict without evidence', { evidence: [] }, 'needs at least one figure as evidence'],
  ])('rejects %s', (_, change, message) => {
    const result = validateDataset(withEntry({ ...base, ...change }));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.map(problemLine).join('\n')).toContain(message);
  });

  it('accepts an unverifiable verdict with no evidence', () => {
    expect(validateDataset(withEntry({ ...base, evidence: [], status: 'unverifiable' })).ok).toBe(true);
  });
});

describe('the changelog', () => {
  it('has a current release, newest first', () => {
    expect(changelog[0]!.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rejects unknown files and records, and releases out of order', () => {
    const change = (file: string, records?: string[]) => ({
      type: 'corrected',
      file,
      ...(records ? { records } : {}),
      description: 'Fixed a figure.',
    });
    const { problems } = validateChangelog(
      [
        { version: '1.0.0', date: '2026-11-26', summary: 'Older listed first.', changes: [change('estimates', ['no-such-id'])] },
        { version: '1.1.0', date: '2026-12-01', summary: 'Newer listed second.', changes: [change('nonsense')] },
      ],
      dataset,
    );
    expect(problems.map(problemLine)).toEqual([
      'data/changelog.json › 1.0.0 › version: releases must be newest first: 1.0.0 (2026-11-26) is listed before 1.1.0 (2026-12-01)',
      'data/changelog.json › 1.0.0 › changes[0].records[0]: no record "no-such-id" in data/estimates.json',
      'data/changelog.json › 1.1.0 › changes[0].file: unknown data file "nonsense" — expected one of sources, speakers, claims, estimates, organisations, congresses, timeline, hierarchy, ledger',
    ]);
  });
});
