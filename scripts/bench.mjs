// `npm run bench`: how heavy and how fast the site is, measured, not guessed.
//
//   npm run bench [-- --no-lighthouse] [--no-scaling] [--scaling 10,50,200] [--runs 2]
//
// 1. Build time: `npm run build` (a first run after a config change, then --runs repeats),
//    in phases read from Astro's log as it streams (setup, bundle, route generation by kind of
//    route, finish, postbuild).
//    The font subsetting (src/lib/font-subset.mjs) logs its own time: the first build starts
//    with an empty subset cache (the cost when the printed characters change), the repeats
//    show the usual cost (cached subsets; the pages are still read and rewired).
// 2. Page weight per page type (cover, chapter, data hub, other): requests and bytes of HTML,
//    CSS, JS, fonts (and how many font files), images — raw and gzip — loaded in Chromium from a
//    gzip-serving static host.
// 3. Lighthouse 13 mobile scores with LCP, TBT, CLS for the cover, a chapter and the data hub.
//    Lighthouse (~176 MB) is not a dependency: it is installed on first use into .cache/lighthouse.
// 4. Scaling: build time with 10, 50 and 200 generated chapters (3 charts each when the <Chart>
//    component is in the MDX whitelist), in a temporary copy of the project.
//
// Writes .cache/bench/latest.json and rewrites the README's figures between
// <!-- bench:start --> and <!-- bench:end -->.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { measureSite } from './check-budgets.mjs';
import { serveDist } from './lib/static-server.mjs';
import { ensureChromium } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const OUT = 'dist-bench';
const LIGHTHOUSE_DIR = join(ROOT, '.cache', 'lighthouse');
const LIGHTHOUSE_VERSION = '13';
// Builds are timed RUNS times and the fastest run is reported: on a shared 2-core machine the
// slower runs measure the neighbours, not the build. Every run is kept in the JSON.
const RUNS = Number(option('--runs', '2'));
const fastest = (runs) => runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));

const kb = (n) => (n / 1024).toFixed(1);
const sec = (ms) => (ms / 1000).toFixed(2);

// ─── 1. build time ───────────────────────────────────────────────────────────────────────────

/** Route kinds, by the path Astro logs while generating it. */
function routeKind(route) {
  if (/^\/og\//.test(route)) return 'social cards';
  // The chart gallery draws every chart (both variants) and the chart files rasterise them: together
  // they are the cost of the charts that the 2 s target is about.
  if (/^\/charts\/(index\.html)?$/.test(route)) return 'chart gallery';
  if (/^\/charts\/.+\.(csv|json|svg|png)$/.test(route)) return 'chart downloads';
  if (/\.(csv|json|svg|png|zip|cff|txt|xml)$/.test(route)) return 'downloads';
  if (/^\/chapters\//.test(route)) return 'chapter pages';
  return 'other pages';
}

/**
 * Runs `npm run build` in `cwd`, timing phases by when Astro's log lines arrive.
 * @returns {Promise<{ totalMs: number, phases: Record<string, number>, routes: Record<string, { count: number, ms: number }>, pages: number }>}
 */
export function timedBuild(cwd, outDir = OUT, extraEnv = {}) {
  return new Promise((resolveBuild, reject) => {
    const t0 = performance.now();
    const marks = {};
    const routes = {};
    let fontSubset = null;
    let log = '';
    const child = spawn('npm', ['run', 'build'], {
      cwd,
      env: { ...process.env, OUT_DIR: outDir, NO_COLOR: '1', FORCE_COLOR: '0', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    const onData = (chunk) => {
      const now = performance.now() - t0;
      buffer += chunk.toString();
      log += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (/Building static entrypoints/.test(line)) marks.bundleStart ??= now;
        if (/generating static routes/.test(line)) marks.routesStart ??= now;
        const route = line.match(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)ms\)/);
        if (route) {
          const kind = routeKind(route[1].replace(/\/index\.html$/, '/'));
          routes[kind] ??= { count: 0, ms: 0 };
          routes[kind].count += 1;
          routes[kind].ms += Number(route[2]);
        }
        if (
          marks.routesStart !== undefined &&
          marks.routesEnd === undefined &&
          /^\S*\s*✓ Completed in/.test(line.replace(/^\d\d:\d\d:\d\d\s*/, ''))
        )
          marks.routesEnd = now;
        if (/\[build\] Complete!/.test(line)) marks.complete ??= now;
        const subset = line.match(/\[font-subset\] subset (\d+) faces(?: \((\d+) from cache\))? .* in (\d+) ms/);
        if (subset) fontSubset = { faces: Number(subset[1]), cached: Number(subset[2] ?? 0), ms: Number(subset[3]) };
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      const end = performance.now() - t0;
      if (code !== 0) return reject(new Error(`build failed in ${cwd} (exit ${code}):\n${log.slice(-3000)}`));
      const m = { bundleStart: 0, routesStart: 0, routesEnd: 0, complete: end, ...marks };
      const pages = Number(log.match(/(\d+) page\(s\) built/)?.[1] ?? 0);
      resolveBuild({
        totalMs: Math.round(end),
        phases: {
          'setup (node, config, content sync, types)': Math.round(m.bundleStart),
          'bundle (vite)': Math.round(m.routesStart - m.bundleStart),
          'generate routes (pages, charts, downloads)': Math.round(m.routesEnd - m.routesStart),
          'finish (sitemap, integrations)': Math.round(m.complete - m.routesEnd),
          postbuild: Math.round(end - m.complete),
        },
        routes: Object.fromEntries(Object.entries(routes).map(([k, v]) => [k, { count: v.count, ms: Math.round(v.ms) }])),
        fontSubset,
        pages,
      });
    });
  });
}

// ─── 2. page weight ──────────────────────────────────────────────────────────────────────────

async function pageWeights(distDir) {
  const measured = await measureSite(distDir, '/');
  const byType = {};
  // Russian pages are their own types (`ru-chapter`…), as in scripts/budgets.json: they carry
  // Cyrillic faces too, and would otherwise hide the English figures.
  for (const { path, type, edition, m } of measured) (byType[edition === 'en' ? type : `${edition}-${type}`] ??= []).push({ path, m });
  // One row per type: the heaviest page of that type on first load (the budget's worst case).
  return Object.fromEntries(
    Object.entries(byType).map(([type, list]) => {
      const worst = list.reduce((a, b) => (b.m.firstLoad.gzip > a.m.firstLoad.gzip ? b : a));
      return [
        type,
        {
          pages: list.length,
          path: worst.path,
          requests: worst.m.requests,
          bytes: worst.m.bytes,
          firstLoad: worst.m.firstLoad,
          total: worst.m.total,
        },
      ];
    }),
  );
}

/** spawn as a promise: resolves to { status, stdout, stderr }. */
function run(cmd, argv, env) {
  return new Promise((done) => {
    const child = spawn(cmd, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGTERM'), 180_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}

// ─── 3. Lighthouse ───────────────────────────────────────────────────────────────────────────

function lighthouseCli() {
  const cli = join(LIGHTHOUSE_DIR, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (!existsSync(cli)) {
    console.log(`Installing lighthouse@${LIGHTHOUSE_VERSION} into .cache/lighthouse (once; ~176 MB)…`);
    mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
    const r = spawnSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', LIGHTHOUSE_DIR, `lighthouse@${LIGHTHOUSE_VERSION}`],
      {
        stdio: 'inherit',
      },
    );
    if (r.status !== 0 || !existsSync(cli)) throw new Error('Could not install Lighthouse into .cache/lighthouse.');
  }
  return cli;
}

async function lighthouse(distDir, paths) {
  const cli = lighthouseCli();
  const chrome = ensureChromium();
  const server = await serveDist(distDir, { basePath: '/' });
  const results = {};
  try {
    for (const [type, path] of Object.entries(paths)) {
      const url = new URL(path, server.origin).href;
      const outFile = join(ROOT, '.cache', 'bench', `lighthouse-${type}.json`);
      // Asynchronous on purpose: our static server runs in this process and must keep answering.
      // Lighthouse sometimes fails to record a trace (NO_NAVSTART) on a busy machine: one more try.
      const once = () =>
        run(
          process.execPath,
          [
            cli,
            url,
            '--quiet',
            '--output=json',
            `--output-path=${outFile}`,
            '--only-categories=performance,accessibility,best-practices,seo',
            '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync',
          ],
          { ...process.env, CHROME_PATH: chrome },
        );
      let r = await once();
      if (r.status !== 0) r = await once();
      if (r.status !== 0 || !existsSync(outFile)) {
        results[type] = { path, error: (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ') };
        continue;
      }
      const lhr = JSON.parse(readFileSync(outFile, 'utf8'));
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue ?? null;
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id);
      results[type] = {
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Number((audit('cumulative-layout-shift') ?? 0).toFixed(3)),
        failingAudits: failing,
      };
    }
  } finally {
    await server.close();
  }
  return results;
}

// ─── 4. scaling ──────────────────────────────────────────────────────────────────────────────

/**
 * The chart ids chapters may use, when <Chart> is in the whitelist; else []. Imported from the
 * whitelist and the list of chart specs (no dataset needed), never read from their source text.
 */
async function chartIds() {
  await import('./lib/ts-hooks.mjs'); // the chart modules import one another without `.ts`, as Vite allows
  const { MDX_COMPONENT_NAMES } = await import('../src/components/mdx/names.ts');
  if (!MDX_COMPONENT_NAMES.includes('Chart')) return [];
  const { chartSpecs } = await import('../src/charts/specs.ts');
  return chartSpecs.map((spec) => spec.id);
}

/** Generated chapters are numbered (and ordered) from here, after every real chapter. */
const GENERATED_FROM = 1000;

function chapterText(n, ids) {
  const charts = ids.length ? [0, 1, 2].map((k) => `\n<Chart id="${ids[(n * 3 + k) % ids.length]}" />\n`) : ['', '', ''];
  const para =
    'Generated text for the scaling benchmark. It stands in for a section of a chapter, long enough to look like prose, with a sentence or two more to fill the measure.';
  return `---\ntitle: Generated chapter ${n}\ndek: A generated chapter for the build-time benchmark.\norder: ${GENERATED_FROM + n}\n---\n\n${para}\n${charts[0]}\n## Section one\n\n${para} ${para}\n${charts[1]}\n## Section two\n\n${para}\n${charts[2]}\n## Section three\n\n${para} ${para}\n`;
}

/**
 * Gives a copy of the project the installed packages without reinstalling: a real
 * node_modules/ whose entries are symlinks to ours. Not one symlink to the whole folder:
 * Astro keeps its content store in node_modules/.astro (and Vite its cache in .vite), and a
 * shared store mixes the copy's generated chapters with the real ones.
 */
function linkNodeModules(copy) {
  const from = join(ROOT, 'node_modules');
  const to = join(copy, 'node_modules');
  mkdirSync(to);
  for (const entry of readdirSync(from)) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(from, entry), join(to, entry));
  }
}

async function scaling(counts) {
  const ids = await chartIds();
  const copy = mkdtempSync(join(tmpdir(), 'diaspora-bench-'));
  const skip = new Set(['node_modules', '.git', '.cache', '.astro', 'test-results', 'playwright-report', 'shots']);
  for (const entry of readdirSync(ROOT)) {
    if (skip.has(entry) || entry.startsWith('dist')) continue;
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  linkNodeModules(copy);
  const results = [];
  try {
    for (const count of counts) {
      // Added after the real chapters, which stay: the dataset's records name them (a record's
      // chapter must exist), and the Russian edition translates them.
      const dir = join(copy, 'content', 'chapters');
      for (const f of readdirSync(dir)) if (f.includes('-generated-')) rmSync(join(dir, f));
      for (let n = 0; n < count; n++) writeFileSync(join(dir, `${GENERATED_FROM + n}-generated-${n}.mdx`), chapterText(n, ids));
      await timedBuild(copy, 'dist-scale'); // first build after the content changed: warms caches
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await timedBuild(copy, 'dist-scale'));
      const b = fastest(runs);
      results.push({
        chapters: count,
        chartsPerChapter: ids.length ? 3 : 0,
        pages: b.pages,
        totalMs: b.totalMs,
        runsMs: runs.map((r) => r.totalMs),
        routes: b.routes,
      });
      console.log(`  ${count} chapters: ${runs.map((r) => sec(r.totalMs)).join(' / ')} s (${b.pages} pages)`);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  return { chartIds: ids, results };
}

// ─── report ──────────────────────────────────────────────────────────────────────────────────

function markdown(r) {
  const lines = [];
  lines.push(`Measured ${r.date.slice(0, 10)} on ${r.machine} by \`npm run bench\` (figures from .cache/bench/latest.json).`, '');
  lines.push(
    `**Build** (\`npm run build\`, fastest of ${r.buildRunsMs.length} repeat runs: ${r.buildRunsMs.map(sec).join(' / ')} s)`,
    '',
    '| phase | time |',
    '|---|---:|',
  );
  for (const [k, v] of Object.entries(r.build.phases)) lines.push(`| ${k} | ${sec(v)} s |`);
  lines.push(
    `| **total** (${r.build.pages} pages; first run after a config change: ${sec(r.buildFirst.totalMs)} s) | **${sec(r.build.totalMs)} s** |`,
    '',
  );
  if (Object.keys(r.build.routes).length) {
    lines.push('| routes generated | count | time (sum) |', '|---|---:|---:|');
    for (const [k, v] of Object.entries(r.build.routes)) lines.push(`| ${k} | ${v.count} | ${v.ms} ms |`);
    lines.push('');
    const chartMs = (r.build.routes['chart gallery']?.ms ?? 0) + (r.build.routes['chart downloads']?.ms ?? 0);
    if (chartMs)
      lines.push(
        `Charts (the gallery, which draws every chart in both sizes, and every chart's CSV, JSON, SVG and PNG): **${chartMs} ms** of the build (target: under 2 s).`,
        '',
      );
  }
  const cold = r.buildFirst.fontSubset;
  const warm = r.build.fontSubset;
  if (cold && warm) {
    const share = (f, b) => `${((f.ms / b.totalMs) * 100).toFixed(0)} %`;
    lines.push(
      `Font subsetting (part of "finish"): **${warm.ms} ms** (${share(warm, r.build)} of the build) with the ${warm.faces} subsets cached; ` +
        `${cold.ms} ms (${share(cold, r.buildFirst)} of the first build) when every subset is made anew, as after the printed characters change.`,
      '',
    );
  }
  lines.push('**Page weight on first load** (heaviest page of each type; KB raw / gzip)', '');
  lines.push(
    '| page type | page | requests | HTML | CSS | JS | fonts (files) | images | first load (gzip) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const [type, w] of Object.entries(r.weights)) {
    const c = (k) => `${kb(w.bytes[k].raw)} / ${kb(w.bytes[k].gzip)}`;
    lines.push(
      `| ${type} (${w.pages}) | \`${w.path}\` | ${w.requests} | ${c('html')} | ${c('css')} | ${c('js')} | ${c('font')} (${w.bytes.font.count}) | ${c('image')} | **${kb(w.firstLoad.gzip)}** |`,
    );
  }
  lines.push('');
  if (r.lighthouse) {
    lines.push(
      '**Lighthouse 13, mobile**',
      '',
      '| page | perf | a11y | best practices | SEO | LCP | TBT | CLS |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const [type, l] of Object.entries(r.lighthouse)) {
      if (l.error) lines.push(`| ${type} \`${l.path}\` | failed: ${l.error} | | | | | | |`);
      else
        lines.push(
          `| ${type} \`${l.path}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} |`,
        );
    }
    lines.push('');
  }
  if (!r.scaling && r.previousScaling) lines.push(r.previousScaling, '');
  if (r.scaling) {
    const note = r.scaling.chartIds.length ? '3 charts each' : 'no charts: <Chart> was not in the MDX whitelist yet';
    lines.push(
      `**Scaling** (generated chapters added to the site's own, ${note}; fastest of ${RUNS} builds after a warm-up build; the site alone builds in ${sec(r.build.totalMs)} s)`,
      '',
      '| chapters added | pages | build | per added chapter |',
      '|---:|---:|---:|---:|',
    );
    for (const s of r.scaling.results)
      lines.push(`| ${s.chapters} | ${s.pages} | ${sec(s.totalMs)} s | ${((s.totalMs - r.build.totalMs) / s.chapters).toFixed(0)} ms |`);
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  mkdirSync(join(ROOT, '.cache', 'bench'), { recursive: true });
  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, Node ${process.versions.node}, load ${loadavg()[0].toFixed(1)} at start`,
  };

  console.log('━━ build ━━');
  // An empty subset cache for the first build, so it shows what subsetting costs from scratch.
  rmSync(join(ROOT, 'node_modules', '.cache', 'font-subset'), { recursive: true, force: true });
  result.buildFirst = await timedBuild(ROOT);
  const repeats = [];
  for (let i = 0; i < RUNS; i++) repeats.push(await timedBuild(ROOT));
  result.build = fastest(repeats);
  result.buildRunsMs = repeats.map((b) => b.totalMs);
  console.log(
    `  first ${sec(result.buildFirst.totalMs)} s, repeats ${result.buildRunsMs.map(sec).join(' / ')} s, ${result.build.pages} pages`,
  );

  console.log('━━ page weight ━━');
  result.weights = await pageWeights(join(ROOT, OUT));

  if (!flag('--no-lighthouse')) {
    console.log('━━ Lighthouse (mobile) ━━');
    const targets = Object.fromEntries(
      ['cover', 'chapter', 'data-hub', 'ru-chapter'].filter((t) => result.weights[t]).map((t) => [t, result.weights[t].path]),
    );
    result.lighthouse = await lighthouse(join(ROOT, OUT), targets);
  }

  if (!flag('--no-scaling')) {
    console.log('━━ scaling ━━');
    const counts = option('--scaling', '10,50,200').split(',').map(Number);
    result.scaling = await scaling(counts);
  }

  const readmeBefore = readFileSync(join(ROOT, 'README.md'), 'utf8');
  if (!result.scaling) {
    // --no-scaling: keep the last full run's scaling table, saying so, rather than drop it.
    const old = readmeBefore.match(/\*\*Scaling\*\*[^\n]*\n\n(?:\|[^\n]*\n)+/)?.[0];
    const when = readmeBefore.match(/<!-- bench:start -->\nMeasured (\d{4}-\d\d-\d\d)/)?.[1];
    const carried = old?.includes('(not re-run')
      ? old
      : old?.replace(/^\*\*Scaling\*\*/, `**Scaling** (not re-run this time: figures of ${when ?? 'the previous run'})`);
    if (carried) result.previousScaling = carried.trimEnd();
  }
  writeFileSync(join(ROOT, '.cache', 'bench', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = markdown(result);
  console.log(`\n${md}`);
  const readmePath = join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const re = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (re.test(readme) && !flag('--no-readme')) {
    writeFileSync(readmePath, readme.replace(re, `$1${md}\n$2`));
    console.log('README.md: Performance figures updated.');
  }
  console.log('Wrote .cache/bench/latest.json.');
}

await main();
