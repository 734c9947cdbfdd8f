// Pins gate: the exact versions package.json pins because other packages dictate them still match.
//
//   node scripts/check-pins.mjs        (also run by tests/unit/deps/pins.test.ts)
//
// - `@astrojs/markdown-satteri` is imported by astro.config.mjs and `satteri` by src/lib/mdx-tree.ts.
//   Astro and @astrojs/mdx depend on exact versions of them; if our pins drift, npm installs a
//   second copy and our Markdown processor or MDX parser is no longer the one Astro builds with.
//   So: each is pinned exactly, to what Astro (and @astrojs/mdx) require, and installed once.
// - The `@emnapi/runtime` override keeps one copy in the tree (see CONTRIBUTING.md, "Dependencies").
// - Every other dependency is a caret range, unless NOT_CARET below says why it is not.
// Reads package.json and package-lock.json only, so it works before `npm ci`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const EXACT = /^\d+\.\d+\.\d+(-[\w.]+)?$/;

/** The packages whose pins follow Astro's, and the installed packages whose exact requirement they must equal. */
export const FOLLOWS = {
  '@astrojs/markdown-satteri': ['astro', '@astrojs/mdx'],
  satteri: [],
};
/** Packages the `overrides` field must hold to one copy. */
export const SINGLE_COPY_OVERRIDES = ['@emnapi/runtime'];

const GATE_TOOL = 'exact: a new release of a tool that runs a gate could change what the gate reports';
/**
 * The dependencies that are not a caret (`^`) range, each with the reason (CONTRIBUTING.md,
 * "Dependencies", says the same). A new pin or tilde needs a line here, so none is left unexplained.
 */
export const NOT_CARET = {
  node: 'exact: the project brings its own Node 24, the one its install script fetches',
  '@astrojs/markdown-satteri': 'exact: follows what Astro requires (FOLLOWS)',
  satteri: 'exact: follows what Astro requires (FOLLOWS)',
  '@astrojs/check': GATE_TOOL,
  '@axe-core/playwright': GATE_TOOL,
  '@eslint/js': GATE_TOOL,
  '@playwright/test': GATE_TOOL,
  eslint: GATE_TOOL,
  'eslint-plugin-astro': GATE_TOOL,
  globals: GATE_TOOL,
  prettier: GATE_TOOL,
  'prettier-plugin-astro': GATE_TOOL,
  typescript: `${GATE_TOOL}; TypeScript 7 is refused by astro check`,
  'typescript-eslint': GATE_TOOL,
  vitest: GATE_TOOL,
  'vnu-jar': GATE_TOOL,
  '@types/d3-dsv': `${GATE_TOOL} (type definitions decide what astro check reports)`,
  '@types/d3-format': `${GATE_TOOL} (type definitions decide what astro check reports)`,
  '@types/d3-hierarchy': `${GATE_TOOL} (type definitions decide what astro check reports)`,
  '@types/node': `${GATE_TOOL} (type definitions decide what astro check reports)`,
  pagefind:
    'tilde, patch releases only: public/reader/search.js calls the JS API of the pagefind.js each release writes; take a minor release after checking search',
};

const CARET = /^\^\d+\.\d+\.\d+(-[\w.]+)?$/;

/**
 * Problems with the pins, empty when they hold.
 * @param {{ dependencies?: Record<string,string>, devDependencies?: Record<string,string>, overrides?: Record<string,string> }} pkg
 * @param {{ packages: Record<string, { version?: string, dependencies?: Record<string,string>, optionalDependencies?: Record<string,string> }> }} lock
 * @returns {string[]}
 */
export function pinProblems(pkg, lock) {
  const problems = [];
  const declared = { ...pkg.devDependencies, ...pkg.dependencies };
  const copies = (name) => Object.keys(lock.packages).filter((k) => k === `node_modules/${name}` || k.endsWith(`/node_modules/${name}`));
  for (const [name, dictators] of Object.entries(FOLLOWS)) {
    const pin = declared[name];
    if (!pin) {
      problems.push(`${name}: not in package.json, but the project imports it`);
      continue;
    }
    if (!EXACT.test(pin)) problems.push(`${name}: pinned as "${pin}" — pin it exactly (no ^ or ~)`);
    for (const dictator of dictators) {
      const wants = lock.packages[`node_modules/${dictator}`]?.dependencies?.[name];
      if (wants && wants !== pin) problems.push(`${name}: package.json pins ${pin}, but ${dictator} depends on ${wants} — pin ${wants}`);
    }
    const found = copies(name);
    if (found.length !== 1)
      problems.push(
        `${name}: ${found.length} copies in package-lock.json (${found.join(', ')}) — the pin must satisfy every package that needs it`,
      );
    const installed = lock.packages[`node_modules/${name}`]?.version;
    if (installed && installed !== pin)
      problems.push(`${name}: package-lock.json installs ${installed}, package.json pins ${pin} — run npm install`);
  }
  for (const [name, spec] of Object.entries(declared)) {
    if (!CARET.test(spec) && !(name in NOT_CARET))
      problems.push(`${name}: "${spec}" is not a caret range — use ^, or add it to NOT_CARET in scripts/check-pins.mjs saying why`);
  }
  for (const name of Object.keys(NOT_CARET)) {
    if (!declared[name]) problems.push(`${name}: listed in NOT_CARET but no longer a dependency — remove the line`);
    else if (CARET.test(declared[name])) problems.push(`${name}: listed in NOT_CARET but now "${declared[name]}" — remove the line`);
  }
  for (const name of SINGLE_COPY_OVERRIDES) {
    const forced = pkg.overrides?.[name];
    if (!forced) {
      problems.push(`${name}: the override is gone (see CONTRIBUTING.md, "Dependencies")`);
      continue;
    }
    const found = copies(name);
    const versions = [...new Set(found.map((k) => lock.packages[k]?.version))];
    if (found.length !== 1 || versions[0] !== forced)
      problems.push(
        `${name}: overridden to ${forced}, but package-lock.json holds ${found.map((k) => `${k}@${lock.packages[k]?.version}`).join(', ') || 'none'}`,
      );
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const read = (f) => JSON.parse(readFileSync(join(process.cwd(), f), 'utf8'));
  const problems = pinProblems(read('package.json'), read('package-lock.json'));
  for (const p of problems) console.error(`✘ ${p}`);
  if (problems.length) process.exit(1);
  console.log('✔ pins: the Sätteri pins follow Astro, the overrides hold, and every pin that is not a caret range says why.');
}
