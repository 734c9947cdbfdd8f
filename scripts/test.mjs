// `npm test`: every check that matters, in order, stopping at the first failure.
// type check → unit tests → production build → e2e against the built site.
// Ends with a one-line summary of what passed.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const steps = [
  { name: 'types', what: 'astro check', cmd: 'astro check' },
  { name: 'unit', what: 'Vitest', cmd: 'vitest run' },
  { name: 'build', what: 'production build', cmd: 'npm run build' },
  {
    name: 'e2e',
    what: 'Playwright on the built site',
    before: () => {
      const chromium = ensureChromium();
      console.log(`Chromium for e2e: ${chromium}`);
      process.env.CHROMIUM_PATH = chromium;
    },
    cmd: 'playwright test',
  },
];

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const selected = only ? steps.filter((s) => s.name === only) : steps;
if (selected.length === 0) {
  console.error(`Unknown step "${only}". Steps: ${steps.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const started = Date.now();
const passed = [];
for (const step of selected) {
  console.log(`\n━━ ${step.name}: ${step.what} ━━`);
  const t0 = Date.now();
  try {
    step.before?.();
  } catch (err) {
    console.error(`\n✘ ${step.name} could not start: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
  const r = spawnSync(step.cmd, { shell: true, stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    const done = passed.length ? ` (passed: ${passed.join(', ')})` : '';
    console.error(`\n✘ npm test failed at "${step.name}" after ${secs} s${done}.`);
    process.exit(r.status ?? 1);
  }
  passed.push(`${step.name} ${secs} s`);
}
const total = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\n✔ npm test: all ${passed.length} steps passed in ${total} s — ${passed.join(' · ')}`);
