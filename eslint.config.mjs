// ESLint (flat config): the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro.
// Formatting is Prettier's job (.prettierrc.json); nothing here is about layout.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    ignores: ['dist*/', '.astro/', '.cache/', 'node_modules/', 'test-results/', 'playwright-report/', 'shots/', 'bench/', 'public/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a value left unused on purpose (a destructured field dropped, a callback's first argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-unused-vars': 'off',
      // One import style: ES modules with `import type` for types only.
      // (`typeof import('…')` stays allowed: it types a module that is loaded with a dynamic import.)
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-require-imports': 'error',
    },
  },
  {
    // The browser runs these: the theme script and the code e2e tests and the budget gate evaluate in the page.
    files: ['src/**/*.astro', 'src/lib/theme-script.ts', 'tests/e2e/**/*.ts', 'scripts/check-budgets.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
