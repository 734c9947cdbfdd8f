import { describe, expect, test } from 'vitest';
import { buildWarnings } from '../../../scripts/lib/build-output.mjs';

// The warning Astro 7.3 printed once per chapter (withastro/astro#18087), as the build printed it.
const DIRECTIVE_WARNING = [
  '04:03:29 [build] Building static entrypoints...',
  '04:03:30 \u001b[33m[WARN]\u001b[39m [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive "use astro:head-inject" in "content/chapters/05-congress-cant-count.mdx?astroPropagatedAssets" may not be preserved when bundling.',
  '   ╭─[ content/chapters/05-congress-cant-count.mdx?astroPropagatedAssets:2:6 ]',
  '04:03:31 [build] Complete!',
].join('\n');
const CLEAN = ['04:10:01 [build] 16 page(s) built in 14.57s', '04:10:01 [build] Complete!'].join('\n');

describe('the no-warnings gate on `npm run build`', () => {
  test('finds a warning in a build log, colours and all', () => {
    expect(buildWarnings(DIRECTIVE_WARNING)).toEqual([expect.stringContaining('[WARN] [vite] [MODULE_LEVEL_DIRECTIVE]')]);
  });
  test('finds Rollup-style "(!)" and "warning:" lines', () => {
    expect(buildWarnings('(!) Circular dependency\nsomething\nwarning: chunk too large')).toHaveLength(2);
  });
  test('passes a clean build log', () => {
    expect(buildWarnings(CLEAN)).toEqual([]);
  });
});
