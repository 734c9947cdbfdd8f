import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Astro writes the root "not found" page as `404.html`, but an edition's (src/pages/ru/404.astro) as
 * `ru/404/index.html`. Static hosts serve the nearest `404.html` above a missing address, so the
 * Russian one is moved to `ru/404.html` after the build (the sitemap leaves it out, as it does the
 * root one).
 * @param {readonly string[]} editions the prefixes of the editions with their own 404 page
 * @returns {import('astro').AstroIntegration}
 */
export function edition404(editions) {
  return {
    name: 'edition-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const edition of editions) {
          await rename(join(out, edition, '404', 'index.html'), join(out, edition, '404.html'));
          await rmdir(join(out, edition, '404'));
        }
      },
    },
  };
}
