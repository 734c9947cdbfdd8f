import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, tempProject, type TempProject } from './temp-project';

const PORT = 4391;
const NEW = { title: 'Şəki and the sums that do not add up', slug: 'seki-and-the-sums-that-do-not-add-up' };
const DRAFT = { title: 'Work in progress', slug: 'work-in-progress' };

// An editor's whole path in one copy of the project: scaffold a chapter and a draft, see the draft
// in the dev server, build, and find the chapter where a reader would — and the draft nowhere.
// (The ordering and draft rules themselves are unit-tested in tests/unit/lib/chapters.test.ts.)
describe('a new chapter and a draft, from scaffold to built site', () => {
  let project: TempProject;
  let created: { code: number; output: string };
  let dev: ChildProcess;

  beforeAll(async () => {
    project = tempProject();
    created = project.run(`node scripts/new-chapter.mjs "${NEW.title}"`);
    expect(project.run(`node scripts/new-chapter.mjs "${DRAFT.title}" --draft`).code).toBe(0);
    dev = spawn('npx', ['astro', 'dev', '--port', String(PORT)], {
      cwd: project.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: cleanEnv(),
    });
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
    if (dev?.pid) process.kill(-dev.pid);
    project.remove();
  });

  it('creates the next-numbered file with a slug an editor can read', () => {
    expect(created.code).toBe(0);
    expect(created.output).toMatch(new RegExp(`Created content/chapters/\\d{2}-${NEW.slug}\\.mdx`));
  });

  it('shows the draft in the dev server with a visible draft banner', async () => {
    const html = await (await fetch(`http://localhost:${PORT}/chapters/${DRAFT.slug}/`)).text();
    expect(html).toContain(`${DRAFT.title}</h1>`);
    expect(html).toMatch(/class="draft-banner"[^>]*>[^<]*Draft/);
  }, 60_000);

  // Built while the dev server runs, as an editor might, and with `DEV=1` in the environment (Vitest
  // sets it; so might a CI host): Astro copies it into import.meta.env, which once published drafts.
  it('builds: the chapter is last on the cover and in the pager; the draft is nowhere', () => {
    const built = project.run('npx astro build', { OUT_DIR: 'dist', BASE_PATH: '/', CI: '1', DEV: '1' });
    expect(built.code, built.output).toBe(0);

    const cover = project.read('dist/index.html');
    const titles = [...cover.matchAll(/class="chapter-list__title"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(titles.at(-1)).toBe(NEW.title);
    expect(cover).not.toContain(DRAFT.title);
    expect(existsSync(join(project.dir, 'dist/chapters', DRAFT.slug))).toBe(false);

    const page = project.read(`dist/chapters/${NEW.slug}/index.html`);
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(page).toContain(`${NEW.title}</h1>`);
    expect(page).toMatch(/rel="prev"/);

    // The chapter before it now points forward to it.
    const before = project.read(`dist/chapters/${previousSlug(cover)}/index.html`);
    const next = `href="/chapters/${NEW.slug}/"`;
    expect(before).toMatch(new RegExp(`rel="next"[^>]*${next}|${next}[^>]*rel="next"`));
  }, 240_000);
});

/** The slug of the second-to-last chapter on the cover. */
function previousSlug(cover: string): string {
  const links = [...cover.matchAll(/href="\/chapters\/([^/"]+)\/"/g)].map((m) => m[1]!);
  return [...new Set(links)].at(-2)!;
}
