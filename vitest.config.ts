/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests run through Astro's Vite config so `astro:content` and `import.meta.env` resolve. */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
  },
});
