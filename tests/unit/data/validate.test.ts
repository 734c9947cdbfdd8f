import { describe, expect, it } from 'vitest';
import { validateDataset, parseDataset } from '../../../src/data/validate.ts';
import { DataError, problemLine } from '../../../src/data/problems.ts';
import { badFixtures, minimalDataset, withFixtures } from './fixtures.ts';

describe('validateDataset', () => {
  it('accepts the minimal fixture dataset', () => {
    const result = validateDataset(minimalDataset());
    expect(result.ok ? [] : result.problems.map(problemLine)).toEqual([]);
  });

  it('has at least 15 bad-input fixtures', () => {
    expect(badFixtures.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(badFixtures)('rejects $name ($description)', (fixture) => {
    const result = validateDataset(withFixtures(fixture));
    const problems = result.ok ? [] : result.problems;
    const { record, field, reason } = fixture.expect;

    it(`names data/${fixture.file}.json › ${record} › ${field}`, () => {
      const lines = problems.map(problemLine);
      const match = problems.find((p) => p.file === `data/${fixture.file}.json` && p.record === record && p.field === field);
      expect(match, `no problem for ${record} › ${field}; got:\n${lines.join('\n')}`).toBeDefined();
      expect(match?.reason.toLowerCase()).toContain(reason.toLowerCase());
      expect(lines).toContain(`data/${fixture.file}.json › ${record} › ${field}: ${match?.reason}`);
    });
  });

  it('reports every problem at once, not only the first', () => {
    const appended = badFixtures.filter((f) => f.replace === undefined);
    const result = validateDataset(withFixtures(...appended));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    for (const f of appended) {
      expect(problems.some((p) => p.record === f.expect.record && p.field === f.expect.field), f.name).toBe(true);
    }
  });

  it('reports a missing file', () => {
    const data: Record<string, unknown> = minimalDataset();
    delete data['congresses'];
    const result = validateDataset(data);
    expect(result.ok ? [] : result.problems.map(problemLine)).toContain('data/congresses.json › (file) › (root): file is missing');
  });

  it('parseDataset throws one DataError whose message lists every problem line', () => {
    const fixtures = badFixtures.slice(0, 3);
    const error = (() => {
      try {
        parseDataset(withFixtures(...fixtures));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DataError);
    const { message, problems } = error as DataError;
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const p of problems) expect(message).toContain(problemLine(p));
  });
});
