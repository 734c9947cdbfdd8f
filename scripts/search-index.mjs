// Builds the Pagefind search index into <dist>/pagefind/ after `npm run build` (the postbuild
// step): chapters, About, Sources, the ledger and the data hub of both editions, their <main> only,
// without the hidden previews of numbers or the chart drawings. Pagefind splits the index by each
// page's <html lang>, and its script loads the index of the searching page's language: /search/
// finds English pages, /ru/search/ Russian ones. /search/ loads it on the reader's first query.
//   node scripts/search-index.mjs [distDir]      (default: $OUT_DIR or dist)
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';

/** The pages a reader searches, relative to dist/. */
export const SEARCHED =
  '{chapters/*/index.html,about/index.html,sources/index.html,ledger/index.html,data/index.html,ru/chapters/*/index.html,ru/about/index.html,ru/sources/index.html,ru/ledger/index.html,ru/data/index.html}';

const fail = (what, errors) => {
  console.error(`search index: ${what} failed:\n${errors.join('\n')}`);
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({
  rootSelector: 'main',
  excludeSelectors: ['.preview', 'svg', '.toc', '.pager', '.chart-figure__cite', '.chart-figure__links', '.data-hub__hash'],
});
if (!index) fail('createIndex', errors);
const added = await index.addDirectory({ path: dist, glob: SEARCHED });
if (added.errors.length) fail('indexing', added.errors);
if (added.page_count === 0) fail('indexing', [`no pages matched ${SEARCHED} in ${dist}`]);
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) fail('writing', written.errors);
await pagefind.close();
console.log(`search index: ${added.page_count} pages → ${join(dist, 'pagefind')}`);
