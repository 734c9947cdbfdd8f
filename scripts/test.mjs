// `npm test`: every check that matters, stopping at the first stage that fails.
// type check + unit tests → production build (which must print no warning) → checks of the built
// files (links, valid HTML), the editor workflows (integration), a second build for determinism and a
// sub-path build → e2e against the built site (axe, keyboard, privacy, CSP and byte budgets on every
// page) → dependency audit.
//
// Steps in one stage run side by side (their output is printed whole as each ends): on two cores a
// type check beside Vitest, or a rebuild beside the HTML checker, costs little more than the longer one.
// Steps in one lane of a stage run in order (the determinism rebuild and the sub-path build share Astro's
// caches, so they never run at the same time). Ends with a one-line summary of what passed and how long
// each step took.
//
//   node scripts/test.mjs [--only <step>]
import { spawn } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';
import { buildWarnings } from './lib/build-output.mjs';

/** @typedef {{ name: string, what: string, cmd: string, env?: Record<string,string>, before?: () => void, unavailable?: number, noWarnings?: boolean }} Step */

/** @type {Step[][][]} stages → lanes → steps */
const stages = [
  [
    [{ name: 'types', what: 'astro check', cmd: 'astro check' }],
    [{ name: 'unit', what: 'Vitest unit tests', cmd: 'vitest run --project unit' }],
    [{ name: 'lint', what: 'ESLint and Prettier', cmd: 'eslint . && prettier --check .' }],
  ],
  [[{ name: 'build', what: 'production build, printing no warning', cmd: 'npm run build', noWarnings: true }]],
  [
    [
      { name: 'links', what: 'internal links, anchors and assets resolve', cmd: 'node scripts/check-links.mjs dist /' },
      {
        name: 'fonts',
        what: 'every printed character is in its subset font; each font file within budget',
        cmd: 'node scripts/check-fonts.mjs dist',
      },
      { name: 'html', what: 'Nu Html Checker (vnu) on every page', cmd: 'node scripts/check-html.mjs dist' },
      {
        name: 'integration',
        what: 'editor mistakes stop the build; a new chapter and a draft end to end',
        cmd: 'vitest run --project integration',
      },
    ],
    [
      { name: 'determinism', what: 'a second build is byte-identical', cmd: 'node scripts/check-determinism.mjs --rebuild dist' },
      {
        name: 'base-path',
        what: 'a build under /diaspora/ has no broken links',
        env: { BASE_PATH: '/diaspora/', OUT_DIR: 'dist-base' },
        cmd: 'npm run build --silent > /dev/null && node scripts/check-links.mjs dist-base /diaspora/',
      },
    ],
  ],
  [
    [
      {
        name: 'e2e',
        what: 'Playwright on the built site, byte budgets included',
        before: () => {
          const chromium = ensureChromium();
          console.log(`Chromium for e2e: ${chromium}`);
          process.env.CHROMIUM_PATH = chromium;
        },
        cmd: 'playwright test',
      },
    ],
  ],
  [
    [
      {
        name: 'audit',
        what: 'no high or critical vulnerability in production dependencies',
        cmd: 'node scripts/check-audit.mjs',
        // Exit 3: the registry refused npm's advisory endpoint, so nothing could be checked.
        unavailable: 3,
      },
    ],
  ],
];

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const allSteps = stages.flat(2);
if (only && !allSteps.some((s) => s.name === only)) {
  console.error(`Unknown step "${only}". Steps: ${allSteps.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const selected = stages
  .map((lanes) => lanes.map((lane) => lane.filter((s) => !only || s.name === only)).filter((lane) => lane.length))
  .filter((lanes) => lanes.length);

/**
 * Runs one step. Alone, its output streams to the terminal; beside others, it is collected and
 * printed whole when the step ends, so logs do not interleave.
 * @returns {Promise<{ step: Step, status: 'passed' | 'failed' | 'unavailable', secs: string, why?: string }>}
 */
function runStep(step, alone) {
  const t0 = Date.now();
  const header = `\n━━ ${step.name}: ${step.what} ━━`;
  if (alone) console.log(header);
  try {
    step.before?.();
  } catch (err) {
    return Promise.resolve({ step, status: 'failed', secs: '0.0', why: `could not start: ${err instanceof Error ? err.message : err}` });
  }
  const capture = !alone || step.noWarnings;
  const child = spawn(step.cmd, {
    shell: true,
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    // Piped output loses its colours unless asked to keep them (only when a person is watching).
    env: { ...process.env, ...(capture && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...step.env },
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
    if (alone) process.stdout.write(d);
  });
  child.stderr?.on('data', (d) => {
    output += d;
    if (alone) process.stderr.write(d);
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      if (!alone) console.log(`${header}\n${output.trimEnd()}`);
      if (step.unavailable !== undefined && code === step.unavailable) return resolve({ step, status: 'unavailable', secs });
      if (code !== 0) return resolve({ step, status: 'failed', secs });
      const warnings = step.noWarnings ? buildWarnings(output) : [];
      if (warnings.length) {
        console.error(`\n✘ ${step.name} printed ${warnings.length} warning(s):\n  ${warnings.join('\n  ')}`);
        return resolve({
          step,
          status: 'failed',
          secs,
          why: 'printed warnings (fix them, or filter exactly one upstream message with a link to its report)',
        });
      }
      resolve({ step, status: 'passed', secs });
    });
  });
}

/** Runs a lane's steps in order, stopping at the first that fails. */
async function runLane(lane, alone) {
  const results = [];
  for (const step of lane) {
    const r = await runStep(step, alone);
    results.push(r);
    if (r.status === 'failed') break;
  }
  return results;
}

const started = Date.now();
const passed = [];
for (const lanes of selected) {
  const t0 = Date.now();
  const alone = lanes.length === 1;
  if (!alone) console.log(`\n━━ side by side: ${lanes.map((lane) => lane.map((s) => s.name).join(' → ')).join('  ‖  ')} ━━`);
  const results = (await Promise.all(lanes.map((lane) => runLane(lane, alone)))).flat();
  const failed = results.filter((r) => r.status === 'failed');
  for (const r of results)
    if (r.status !== 'failed') passed.push(r.status === 'unavailable' ? `${r.step.name} UNAVAILABLE` : `${r.step.name} ${r.secs} s`);
  if (failed.length) {
    const done = passed.length ? ` (passed: ${passed.join(', ')})` : '';
    for (const r of failed) console.error(`\n✘ npm test failed at "${r.step.name}" after ${r.secs} s${r.why ? `: ${r.why}` : ''}${done}.`);
    process.exit(1);
  }
  if (!alone) passed.push(`(side by side ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
const total = ((Date.now() - started) / 1000).toFixed(0);
const unavailable = passed.filter((p) => p.endsWith('UNAVAILABLE')).length;
const steps = passed.filter((p) => !p.startsWith('(')).length;
const verdict = unavailable ? `${steps - unavailable} steps passed, ${unavailable} could not run` : `all ${steps} steps passed`;
console.log(`\n✔ npm test: ${verdict} in ${total} s — ${passed.join(' · ')}`);
