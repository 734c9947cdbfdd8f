import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, tempProject, type TempProject } from './temp-project';

const PORT = 4391;
const SLUG = 'work-in-progress';

// Drafts: visible with a banner in `npm run dev`, absent from the published build.
describe('draft chapters', () => {
  let project: TempProject;
  let dev: ChildProcess;

  beforeAll(async () => {
    project = tempProject();
    expect(project.run('node scripts/new-chapter.mjs "Work in progress" --draft').code).toBe(0);
    dev = spawn('npx', ['astro', 'dev', '--port', String(PORT)], { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: cleanEnv() });
    let log = '';
    dev.stdout?.on('data', (d) => (log += d));
    dev.stderr?.on('data', (d) => (log += d));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`http://localhost:${PORT}/`)).ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(`astro dev did not start:\n${log}`);
  }, 90_000);

  afterAll(() => {
    if (dev.pid) process.kill(-dev.pid);
    project.remove();
  });

  it('shows in the dev server with a visible draft banner', async () => {
    const html = await (await fetch(`http://localhost:${PORT}/chapters/${SLUG}/`)).text();
    expect(html).toContain('Work in progress</h1>');
    expect(html).toMatch(/class="draft-banner"[^>]*>[^<]*Draft/);
  }, 60_000);

  // Built while the dev server runs, as an editor might; they share nothing but the files.
  it('is left out of the production build: no page, not on the cover', () => {
    const built = project.build();
    expect(built.code, built.output).toBe(0);
    expect(existsSync(join(project.dir, 'dist/chapters', SLUG))).toBe(false);
    expect(project.read('dist/index.html')).not.toContain('Work in progress');
  }, 240_000);

  // Astro copies every environment variable into import.meta.env, so `DEV=1` in a build's
  // environment (Vitest sets it; so might a CI host) once turned import.meta.env.DEV on and published drafts.
  it('stays out of the build when the environment happens to set DEV=1', () => {
    const built = project.run('npx astro build', { OUT_DIR: 'dist-dev-env', BASE_PATH: '/', CI: '1', DEV: '1' });
    expect(built.code, built.output).toBe(0);
    expect(existsSync(join(project.dir, 'dist-dev-env/chapters', SLUG))).toBe(false);
    expect(project.read('dist-dev-env/index.html')).not.toContain('Work in progress');
  }, 240_000);
});
