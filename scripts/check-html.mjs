// HTML gate: the Nu Html Checker (npm `vnu-jar`, run on the machine's Java 17+) finds 0 errors
// in every HTML file of the built site.
//
//   node scripts/check-html.mjs <distDir>
//
// vnu-jar's own postinstall Java downloader is disabled (allowScripts) on purpose; we use the
// system Java, and as root on Debian install `default-jre-headless` if there is none.
import { spawnSync, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listHtmlFiles } from './lib/dist.mjs';

const VNU_JAR = createRequire(import.meta.url)('vnu-jar').toString();

function javaWorks() {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Makes sure `java` runs; installs Debian's headless JRE when we are root, else throws. */
export function ensureJava(log = console.log) {
  if (javaWorks()) return;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.getuid?.() === 0 && hasApt) {
    log('No Java found: installing Debian’s default-jre-headless for the HTML checker (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], { stdio: 'inherit', env });
    if (javaWorks()) return;
  }
  throw new Error('The HTML checker needs Java 17+: install one (Debian: `apt-get install default-jre-headless`).');
}

/**
 * Validates HTML files with vnu in one JVM. Returns the errors (warnings are not gated),
 * each with its file, line and message.
 * @param {string[]} files absolute or cwd-relative paths
 * @returns {{ file: string, line?: number, message: string, extract?: string }[]}
 */
export function validateHtml(files) {
  if (files.length === 0) return [];
  ensureJava();
  const r = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`vnu did not produce a report (exit ${r.status}): ${r.stderr || r.stdout}`);
  }
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => ({
      file: m.url ? fileURLToPath(m.url) : '(unknown)',
      line: m.lastLine,
      message: m.message,
      extract: m.extract,
    }));
}

/** Validates every HTML file in a dist folder. */
export function checkHtml(distDir) {
  const files = listHtmlFiles(distDir).map((f) => resolve(distDir, f));
  return { files, errors: validateHtml(files) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = process.argv[2] ?? 'dist';
  const { files, errors } = checkHtml(distDir);
  if (errors.length) {
    for (const e of errors) console.error(`✘ ${e.file}:${e.line ?? '?'} ${e.message}${e.extract ? `\n    ${e.extract.trim()}` : ''}`);
    console.error(`\n${errors.length} HTML error(s) in ${distDir}.`);
    process.exit(1);
  }
  console.log(`✔ html: vnu finds 0 errors in ${files.length} HTML files of ${join(distDir)}.`);
}
