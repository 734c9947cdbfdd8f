// `npm test`: every check that matters, in order, stopping at the first failure.
// type check → unit tests → production build → quality gates on the built files (links, valid
// HTML, budgets, a second build for determinism, a sub-path build) → e2e against the built site
// (including axe, privacy and CSP on every page) → dependency audit.
// Ends with a one-line summary of what passed.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const steps = [
  { name: 'types', what: 'astro check', cmd: 'astro check' },
  { name: 'unit', what: 'Vitest', cmd: 'vitest run' },
  { name: 'build', what: 'production build', cmd: 'npm run build' },
  { name: 'links', what: 'internal links, anchors and assets resolve', cmd: 'node scripts/check-links.mjs dist /' },
  { name: 'html', what: 'Nu Html Checker (vnu) on every page', cmd: 'node scripts/check-html.mjs dist' },
  {
    name: 'budgets',
    what: 'bytes per page within scripts/budgets.json',
    before: () => {
      process.env.CHROMIUM_PATH = ensureChromium();
    },
    cmd: 'node scripts/check-budgets.mjs dist /',
  },
  { name: 'determinism', what: 'a second build is byte-identical', cmd: 'node scripts/check-determinism.mjs --rebuild dist' },
  {
    name: 'base-path',
    what: 'a build under /diaspora/ has no broken links',
    env: { BASE_PATH: '/diaspora/', OUT_DIR: 'dist-base' },
    cmd: 'npm run build --silent > /dev/null && node scripts/check-links.mjs dist-base /diaspora/',
  },
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
  {
    name: 'audit',
    what: 'no high or critical vulnerability in production dependencies',
    cmd: 'node scripts/check-audit.mjs',
    // Exit 3: the registry refused npm's advisory endpoint, so nothing could be checked.
    unavailable: 3,
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
  const r = spawnSync(step.cmd, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (step.unavailable !== undefined && r.status === step.unavailable) {
    passed.push(`${step.name} UNAVAILABLE`);
    continue;
  }
  if (r.status !== 0) {
    const done = passed.length ? ` (passed: ${passed.join(', ')})` : '';
    console.error(`\n✘ npm test failed at "${step.name}" after ${secs} s${done}.`);
    process.exit(r.status ?? 1);
  }
  passed.push(`${step.name} ${secs} s`);
}
const total = ((Date.now() - started) / 1000).toFixed(0);
const unavailable = passed.filter((p) => p.endsWith('UNAVAILABLE')).length;
const verdict = unavailable
  ? `${passed.length - unavailable} steps passed, ${unavailable} could not run`
  : `all ${passed.length} steps passed`;
console.log(`\n✔ npm test: ${verdict} in ${total} s — ${passed.join(' · ')}`);
