/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Tests run through Astro's Vite config so `astro:content` and `import.meta.env` resolve.
 * Two projects: `unit` (fast, no build; `npm run test:unit`) and `integration` (builds throwaway
 * copies of the project; `npm run test:integration`). `npm test` runs both.
 */
export default getViteConfig({
  test: {
    projects: [
      // A few unit tests run `check:data` as a process (1–2 s on an idle machine, several times that on a
      // busy two-core one): a generous timeout keeps them from failing on load rather than on behaviour.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        extends: true,
        // Each file builds its own copies of the project, mostly waiting on one core each: two files at
        // once use both cores of a two-core machine (Vitest's default is one worker fewer than cores).
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
