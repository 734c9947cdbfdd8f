import { readFileSync } from 'node:fs';
import { latinLeaks } from '/work/wt/ru4/tests/e2e/latin-leaks.ts';
for (const p of process.argv.slice(2)) {
  const leaks = latinLeaks(readFileSync(p, 'utf8'));
  console.log(`== ${p}: ${leaks.length}`);
  const counts = new Map<string, number>();
  for (const l of leaks) { const w = l.split('”')[0]; counts.set(w, (counts.get(w) ?? 0) + 1); }
  console.log([...counts].slice(0, 60).map(([w, n]) => `${w}”×${n}`).join('  '));
  console.log(leaks.slice(0, 8).join('\n'));
}
