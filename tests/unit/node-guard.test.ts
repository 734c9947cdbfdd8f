import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { nodeProblem } from '../../scripts/check-node.mjs';

const pinned = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.node as string;
const pinnedMajor = Number(pinned.split('.')[0]);

describe('Node guard', () => {
  it('refuses a Node older than the pinned major, saying what to do', () => {
    const message = nodeProblem(20, pinnedMajor) as string;
    expect(message).toContain(`needs Node ${pinnedMajor}`);
    expect(message).toContain('npm ci');
  });

  it('accepts the pinned major and newer', () => {
    expect(nodeProblem(pinnedMajor, pinnedMajor)).toBeNull();
    expect(nodeProblem(pinnedMajor + 2, pinnedMajor)).toBeNull();
  });

  it('the tests themselves run on the pinned Node', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(pinnedMajor);
  });

  it('exits non-zero under the system Node 20 when one is installed', () => {
    const old = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' });
    const major = Number(old.stdout?.replace('v', '').split('.')[0]);
    if (old.status !== 0 || major >= pinnedMajor) return; // no older Node on this machine to try
    const r = spawnSync('/usr/bin/node', ['scripts/check-node.mjs'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm ci');
  });
});
