import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { badFixtures, withFixtures } from './fixtures.ts';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/check-data.ts', ...args], { encoding: 'utf8' });

describe('npm run check:data', () => {
  it('passes on the real data', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/data\/ is valid/);
  });

  it('prints every problem and exits non-zero on bad data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-data-'));
    const data = withFixtures(...badFixtures.filter((f) => f.replace === undefined));
    for (const [name, records] of Object.entries(data)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(records));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/claims.json › negative › value.value: a count must not be negative');
    expect(r.stderr).toContain('data/estimates.json › ru-2021-census › sources[0]: unknown source id "rosstat-2021"');
    expect(r.stderr.split('\n').filter((l) => l.includes(' › ')).length).toBeGreaterThanOrEqual(badFixtures.length - 1);
  });
});

describe('npm run check:data on a JSON syntax error', () => {
  it('names the file, line, column and what is wrong, and stops there (no knock-on errors)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'json-syntax-'));
    cpSync('data', dir, { recursive: true });
    // An editor's new record with a comma after its last field.
    const text = readFileSync('data/estimates.json', 'utf8').replace(/\n\]\n?$/, ',\n  {\n    "id": "tm-2012",\n    "year": 2012,\n  }\n]\n');
    writeFileSync(join(dir, 'estimates.json'), text);
    const line = text.split('\n').length - 2; // the line of the closing "}"
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`check:data found 1 problem:\n  data/estimates.json:${line}:3 › (file) › JSON: trailing comma after the last field — remove the comma before "}"`);
    expect(r.stderr).not.toMatch(/ledger|at .*\.ts:\d+/); // no knock-on errors, no stack trace
  });

  it('suggests close matches for a misspelt source id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'source-typo-'));
    cpSync('data', dir, { recursive: true });
    const estimates = JSON.parse(readFileSync('data/estimates.json', 'utf8')) as { id: string; sources: string[] }[];
    estimates.find((e) => e.id === 'tm-1989-census')!.sources = ['wikipedia-azerbaijanis-in-turkmenstan'];
    writeFileSync(join(dir, 'estimates.json'), JSON.stringify(estimates, null, 2));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/estimates.json › tm-1989-census › sources[0]: unknown source id "wikipedia-azerbaijanis-in-turkmenstan" — add it to data/sources.json or fix the spelling; close matches: wikipedia-azerbaijanis-in-turkmenistan');
  });
});
