import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
