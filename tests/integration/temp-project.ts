// A throwaway copy of the project for tests that add or break files and then build:
// everything except build output and node_modules (symlinked, so no reinstall).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = process.cwd();
const SKIP = /^(node_modules|dist.*|\.astro|\.cache|shots|test-results|playwright-report|bench|\.git)$/;

/**
 * Variables Vitest puts on process.env so that `import.meta.env` works in tests. Astro reads every
 * environment variable into `import.meta.env` of server code, so a child `astro build` that
 * inherits them would run with `import.meta.env.DEV` = "1" and publish drafts.
 */
const VITEST_IMPORT_META_ENV = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX']);

/** The environment a person would have in a terminal: without Vitest's own variables, which
 *  change how Astro and Vite behave (NODE_ENV=test, VITEST=…, DEV=1…). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST' && !VITEST_IMPORT_META_ENV.has(k),
    ),
  );
  return { ...env, ...extra };
}

export interface TempProject {
  dir: string;
  write(path: string, text: string): void;
  read(path: string): string;
  run(command: string, env?: Record<string, string>): { code: number; output: string };
  build(): { code: number; output: string };
  remove(): void;
}

export function tempProject(): TempProject {
  const dir = mkdtempSync(join(tmpdir(), 'diaspora-'));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => src === ROOT || !SKIP.test(relative(ROOT, src).split('/')[0]!),
  });
  // Link each package, not node_modules itself: Astro and Vite keep caches (the content
  // store, pre-bundled deps) in node_modules/.astro and .vite, which must not be shared.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const run = (command: string, env: Record<string, string> = {}) => {
    const r = spawnSync(command, { cwd: dir, shell: true, encoding: 'utf8', env: cleanEnv(env) });
    // Astro colours its log; strip ANSI codes so assertions read plain text.
    // eslint-disable-next-line no-control-regex -- the escape character is what an ANSI code starts with
    const output = `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    return { code: r.status ?? 1, output };
  };
  return {
    dir,
    write: (path, text) => writeFileSync(join(dir, path), text),
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    run,
    build: () => run('npx astro build', { OUT_DIR: 'dist', BASE_PATH: '/', CI: '1' }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
