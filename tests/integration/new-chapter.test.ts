import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './temp-project';

// An editor's whole path: scaffold a chapter, build, find it where a reader would.
describe('npm run new:chapter', () => {
  let project: TempProject;
  let created: { code: number; output: string };
  let built: { code: number; output: string };

  beforeAll(() => {
    project = tempProject();
    created = project.run('node scripts/new-chapter.mjs "Şəki and the sums that do not add up"');
    built = project.build();
  }, 240_000);
  afterAll(() => project.remove());

  it('creates the next-numbered file with a slug an editor can read', () => {
    expect(created.code).toBe(0);
    expect(created.output).toMatch(/Created content\/chapters\/\d{2}-seki-and-the-sums-that-do-not-add-up\.mdx/);
  });

  it('builds, and the chapter is last on the cover, in the pager and on its own page', () => {
    expect(built.code, built.output).toBe(0);
    const cover = project.read('dist/index.html');
    const titles = [...cover.matchAll(/class="chapter-list__title"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(titles.at(-1)).toBe('Şəki and the sums that do not add up');

    const page = project.read('dist/chapters/seki-and-the-sums-that-do-not-add-up/index.html');
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(page).toContain('Şəki and the sums that do not add up</h1>');
    expect(page).toMatch(/rel="prev"/);

    // The chapter before it now points forward to it.
    const before = project.read(`dist/chapters/${titles.length > 1 ? previousSlug(cover) : ''}/index.html`);
    expect(before).toMatch(/rel="next"[^>]*href="\/chapters\/seki-and-the-sums-that-do-not-add-up\/"|href="\/chapters\/seki-and-the-sums-that-do-not-add-up\/"[^>]*rel="next"/);
  });
});

/** The slug of the second-to-last chapter on the cover. */
function previousSlug(cover: string): string {
  const links = [...cover.matchAll(/href="\/chapters\/([^/"]+)\/"/g)].map((m) => m[1]!);
  const unique = [...new Set(links)];
  return unique.at(-2)!;
}
