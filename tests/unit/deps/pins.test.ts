import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { pinProblems } from '../../../scripts/check-pins.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
/** A deep copy to break on purpose. */
const copy = <T>(x: T): T => structuredClone(x);

describe('exact pins follow the packages that dictate them', () => {
  test('the project as it stands passes', () => {
    expect(pinProblems(pkg, lock)).toEqual([]);
  });

  test('fails when Astro moves to another @astrojs/markdown-satteri and our pin stays behind', () => {
    const drifted = copy(lock);
    drifted.packages['node_modules/astro'].dependencies['@astrojs/markdown-satteri'] = '0.9.9';
    expect(pinProblems(pkg, drifted).join('\n')).toMatch(/@astrojs\/markdown-satteri: package.json pins .*, but astro depends on 0\.9\.9/);
  });

  test('fails when a second copy of satteri is installed, or the pin is a range', () => {
    const nested = copy(lock);
    nested.packages['node_modules/@astrojs/mdx/node_modules/satteri'] = { version: '0.11.0' };
    expect(pinProblems(pkg, nested).join('\n')).toMatch(/satteri: 2 copies/);
    const ranged = copy(pkg);
    ranged.dependencies.satteri = `^${pkg.dependencies.satteri}`;
    expect(pinProblems(ranged, lock).join('\n')).toMatch(/satteri: pinned as "\^.*" — pin it exactly/);
  });

  test('fails when the @emnapi/runtime override is dropped or a nested copy appears', () => {
    const noOverride = copy(pkg);
    delete noOverride.overrides['@emnapi/runtime'];
    expect(pinProblems(noOverride, lock).join('\n')).toMatch(/@emnapi\/runtime: the override is gone/);
    const nested = copy(lock);
    nested.packages['node_modules/@rolldown/binding-wasm32-wasi/node_modules/@emnapi/runtime'] = { version: '2.0.0-beta.2' };
    expect(pinProblems(pkg, nested).join('\n')).toMatch(/@emnapi\/runtime: overridden to .*, but package-lock.json holds/);
  });

  test('fails when a dependency is pinned without a reason, or a listed reason outlives its pin', () => {
    const unexplained = copy(pkg);
    unexplained.dependencies.zod = unexplained.dependencies.zod.replace(/^\^/, '');
    expect(pinProblems(unexplained, lock).join('\n')).toMatch(/zod: ".*" is not a caret range — use \^, or add it to NOT_CARET/);
    const loosened = copy(pkg);
    loosened.devDependencies.vitest = `^${pkg.devDependencies.vitest}`;
    expect(pinProblems(loosened, lock).join('\n')).toMatch(/vitest: listed in NOT_CARET but now "\^/);
  });
});
