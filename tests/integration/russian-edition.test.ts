import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tempProject, type TempProject } from './temp-project';
import { latinLeaks, publisherNamesIn } from '../e2e/latin-leaks.ts';
import { CANONICAL_ORIGIN } from '../../src/site-origin.mjs';

/** Where a default build says the site lives (astro.config.mjs `site`). */
const ORIGIN = CANONICAL_ORIGIN.replace(/\/$/, '');
import { NBSP } from '../../src/data/format.ts';

const fixture = (path: string) => readFileSync(`tests/fixtures/i18n/${path}`, 'utf8');
const NAME = '90-parity-fixture.mdx';

// The Russian edition end to end, on a throwaway copy with a fixture chapter in both languages:
// the translation builds under /ru/ in Russian conventions, and a translation that drops a
// number stops the build naming both files.
describe('the Russian edition', () => {
  let project: TempProject;
  let built: { code: number; output: string };
  let scaffold: { code: number; output: string };
  let scaffolded = '';

  beforeAll(() => {
    project = tempProject();
    project.write(`content/chapters/${NAME}`, fixture(`en/${NAME}`));
    scaffold = project.run(`node scripts/new-chapter.mjs --lang ru content/chapters/${NAME}`);
    scaffolded = scaffold.code === 0 ? project.read(`content/ru/chapters/${NAME}`) : '';
    project.write(`content/ru/chapters/${NAME}`, fixture(`ru/${NAME}`));
    built = project.build();
  }, 240_000);
  afterAll(() => project.remove());

  it('scaffolds the counterpart with `npm run new:chapter -- --lang ru`, listing the records to cite', () => {
    expect(scaffold.code, scaffold.output).toBe(0);
    expect(scaffold.output).toContain(`Created content/ru/chapters/${NAME} (a draft)`);
    expect(scaffolded).toContain('<Num id="organisations.2016-06" />');
    expect(scaffolded).toMatch(/^draft: true$/m);
  });

  it('builds the translated chapter under /ru/ in Russian, its numbers in Russian conventions', () => {
    expect(built.code, built.output).toBe(0);
    const page = project.read('dist/ru/chapters/parity-fixture/index.html');
    expect(page).toMatch(/<html lang="ru"/);
    expect(page).toContain('Проверка равенства</h1>');
    // The same records as the English page, in the Russian edition's words.
    expect(page).toContain(`>более 10${NBSP}млн человек</a>`);
    expect(page).toContain('>462 организации</a>');
    expect(project.read('dist/chapters/parity-fixture/index.html')).toContain('>462 organisations</a>');
    // The number's preview names the record in Russian.
    expect(page).toContain('class="preview__label">Официальный портал Azerbaijan.az');
  });

  it('lists it on the Russian cover and links the two editions both ways', () => {
    const cover = project.read('dist/ru/index.html');
    expect(cover).toContain('href="/ru/chapters/parity-fixture/"');
    const ruPage = project.read('dist/ru/chapters/parity-fixture/index.html');
    const enPage = project.read('dist/chapters/parity-fixture/index.html');
    for (const page of [ruPage, enPage]) {
      expect(page).toContain(`<link rel="alternate" hreflang="en-GB" href="${ORIGIN}/chapters/parity-fixture/">`);
      expect(page).toContain(`<link rel="alternate" hreflang="ru-RU" href="${ORIGIN}/ru/chapters/parity-fixture/">`);
    }
    expect(enPage).toMatch(/<a href="\/ru\/chapters\/parity-fixture\/" lang="ru"[^>]*>По-русски</);
    expect(ruPage).toMatch(/<a href="\/chapters\/parity-fixture\/" lang="en"[^>]*>English</);
    expect(project.read('dist/sitemap-0.xml')).toContain(`<loc>${ORIGIN}/ru/chapters/parity-fixture/</loc>`);
  });

  it('leaves no English in the Russian chapter outside marked passages', () => {
    expect(latinLeaks(project.read('dist/ru/chapters/parity-fixture/index.html'), publisherNamesIn(`${project.dir}/dist`))).toEqual([]);
  });

  it('refuses to build a translation that drops a <Num>, naming both files and the ref', () => {
    project.write(`content/ru/chapters/${NAME}`, fixture('ru/missing-num.mdx'));
    const broken = project.run('npx astro build', { OUT_DIR: 'dist-broken', BASE_PATH: '/', CI: '1' });
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain(`content/ru/chapters/${NAME} does not cite the same records as content/chapters/${NAME}`);
    expect(broken.output).toContain('<Num> only in English: organisations.2016-06');
    // The same check before a build, in the editor's tools.
    const check = project.run('npm run --silent check:data');
    expect(check.code).not.toBe(0);
    expect(check.output).toContain(`content/ru/chapters/${NAME} › parity with content/chapters/${NAME}`);
  }, 240_000);

  it('builds while the unfinished translation is a draft, leaving it out of the Russian edition', () => {
    project.write(`content/ru/chapters/${NAME}`, fixture('ru/draft-missing-num.mdx'));
    const draft = project.run('npx astro build', { OUT_DIR: 'dist-draft', BASE_PATH: '/', CI: '1' });
    expect(draft.code, draft.output).toBe(0);
    expect(project.read('dist-draft/ru/index.html')).not.toContain('parity-fixture');
    // The English page then offers the Russian cover, not a translation that is not there.
    const english = project.read('dist-draft/chapters/parity-fixture/index.html');
    expect(english).not.toContain('<link rel="alternate" hreflang="ru-RU"');
    expect(english).toMatch(/<a href="\/ru\/" lang="ru"[^>]*>По-русски/);
  }, 240_000);
});
