// Determinism gate: two builds of the same commit produce byte-identical output.
//
//   node scripts/check-determinism.mjs <distA> <distB>      compare two existing builds
//   node scripts/check-determinism.mjs --rebuild <distA>    build again into <distA>-again, compare
//
// A difference usually means a timestamp, a random id or an unordered map leaked into output.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listFiles } from './lib/dist.mjs';

const sha = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Compares two folders byte for byte. Returns the differences (empty = identical).
 * @returns {{ file: string, problem: string }[]}
 */
export function compareDirs(a, b) {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const diffs = [];
  for (const f of filesA) {
    if (!filesB.has(f)) diffs.push({ file: f, problem: `only in ${a}` });
    else if (sha(join(a, f)) !== sha(join(b, f))) diffs.push({ file: f, problem: 'contents differ' });
    filesB.delete(f);
  }
  for (const f of filesB) diffs.push({ file: f, problem: `only in ${b}` });
  return diffs;
}

/** First differing line of two text files, for a useful message. */
function firstDifference(a, b) {
  const la = readFileSync(a, 'utf8').split('\n');
  const lb = readFileSync(b, 'utf8').split('\n');
  const i = la.findIndex((line, n) => line !== lb[n]);
  if (i < 0) return '';
  const col = [...la[i]].findIndex((ch, n) => ch !== lb[i]?.[n]);
  const at = Math.max(0, col - 40);
  return `line ${i + 1}: …${la[i].slice(at, at + 100)}… vs …${(lb[i] ?? '').slice(at, at + 100)}…`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  let [a, b] = args;
  if (args[0] === '--rebuild') {
    a = args[1] ?? 'dist';
    b = `${a.replace(/\/$/, '')}-again`;
    console.log(`Building again into ${b}…`);
    // Same recipe as the first build (`npm run build`, so any postbuild step runs too).
    const r = spawnSync('npm run build', { shell: true, encoding: 'utf8', env: { ...process.env, OUT_DIR: b } });
    if (r.status !== 0) {
      console.error(r.stdout, r.stderr);
      process.exit(r.status ?? 1);
    }
  }
  if (!a || !b) {
    console.error('usage: check-determinism.mjs <distA> <distB> | --rebuild <distA>');
    process.exit(2);
  }
  const diffs = compareDirs(a, b);
  if (diffs.length) {
    for (const d of diffs) {
      const text = /\.(html|css|js|json|csv|svg|xml|txt)$/.test(d.file) && d.problem === 'contents differ';
      console.error(`✘ ${d.file}: ${d.problem}${text ? `\n    ${firstDifference(join(a, d.file), join(b, d.file))}` : ''}`);
    }
    console.error(`\n${diffs.length} file(s) differ between ${a} and ${b}: the build is not deterministic.`);
    process.exit(1);
  }
  console.log(`✔ determinism: ${a} and ${b} are byte-identical (${listFiles(a).length} files).`);
}
