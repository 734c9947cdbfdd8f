import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareDirs } from '../../../scripts/check-determinism.mjs';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gates-det-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('determinism gate', () => {
  it('passes two identical builds', () => {
    const a = tree({ 'index.html': '<p>1</p>', '_astro/a.css': 'p{}' });
    const b = tree({ 'index.html': '<p>1</p>', '_astro/a.css': 'p{}' });
    expect(compareDirs(a, b)).toEqual([]);
    rmSync(a, { recursive: true });
    rmSync(b, { recursive: true });
  });

  it('fails on a changed byte, a missing file and an extra file', () => {
    const a = tree({ 'index.html': '<p>built 10:01</p>', 'only-a.txt': 'x' });
    const b = tree({ 'index.html': '<p>built 10:02</p>', 'only-b.txt': 'y' });
    expect(compareDirs(a, b)).toEqual([
      { file: 'index.html', problem: 'contents differ' },
      { file: 'only-a.txt', problem: `only in ${a}` },
      { file: 'only-b.txt', problem: `only in ${b}` },
    ]);
    rmSync(a, { recursive: true });
    rmSync(b, { recursive: true });
  });
});
