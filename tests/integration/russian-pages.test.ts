import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './temp-project';

const EN = 'content/pages/about.mdx';
const RU = 'content/ru/pages/about.mdx';

// The About page's Russian translation is held to numeric parity like a chapter: on a throwaway
// copy, a translation that drops one <Num> stops the build and check:data, naming both files and
// the record, before any reader sees a page that lost a figure.
describe('the Russian About page', () => {
  let project: TempProject;
  let broken: { code: number; output: string };
  let check: { code: number; output: string };

  beforeAll(() => {
    project = tempProject();
    const translation = project.read(RU);
    const dropped = translation.replace('<Num id="derived.ru-census-drop-2010-2021" />', 'заметное');
    expect(dropped).not.toBe(translation);
    project.write(RU, dropped);
    broken = project.build();
    check = project.run('npm run --silent check:data');
  }, 240_000);
  afterAll(() => project.remove());

  it('stops the build, naming both files and the record the translation dropped', () => {
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain(`${RU} does not cite the same records as ${EN}`);
    expect(broken.output).toContain('<Num> only in English: derived.ru-census-drop-2010-2021');
  });

  it('fails check:data the same way, before a build', () => {
    expect(check.code).not.toBe(0);
    expect(check.output).toContain(`${RU} › parity with ${EN}`);
  });
});
