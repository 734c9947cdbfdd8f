// Finds a Chromium that Playwright can drive. This machine cannot download Playwright's own
// browser, so we look, in order: an explicit environment variable, the system's chromium,
// Playwright's cache; and as a last resort, as root on Debian, install Debian's package.
// We never let e2e be skipped for want of a browser: no browser is an error.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

const ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', 'CHROME_PATH'];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function which(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function fromPlaywrightCache() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return null;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const rel of ['chrome-linux64/chrome', 'chrome-linux/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell']) {
      const p = join(cache, dir, rel);
      if (existsSync(p)) return p;
    }
  }
  return null;
}

/** The path of a usable Chromium, or null. */
export function findChromium() {
  for (const v of ENV_VARS) {
    if (process.env[v] && existsSync(process.env[v])) return process.env[v];
  }
  for (const name of SYSTEM_NAMES) {
    const p = which(name);
    if (p) return p;
  }
  return fromPlaywrightCache();
}

/** Finds Chromium, installing Debian's package when we are root on Debian; throws otherwise. */
export function ensureChromium(log = console.log) {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && which('apt-get')) {
    log('No Chromium found: installing Debian’s chromium package (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium for the end-to-end tests. Set CHROMIUM_PATH to a Chromium/Chrome binary, ' +
      'or install one (Debian: `apt-get install chromium`). The e2e suite is never skipped.',
  );
}

/** Flags that keep Chromium from phoning home on a closed network and let it run as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
