import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT } from '../../../src/styles/tokens';

/**
 * global.css cannot import TypeScript, so it repeats the palette of src/styles/tokens.ts. A colour changed
 * in one place and not the other would paint the pages and the social cards / theme-color differently.
 */
const globalCss = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

/** The colour custom properties (hex values) declared directly in the block that opens with `selector {`. */
function coloursOf(selector: string): Record<string, string> {
  const start = globalCss.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`global.css has no block ${selector}`);
  const body = globalCss.slice(start, globalCss.indexOf('}', start));
  const colours: Record<string, string> = {};
  for (const m of body.matchAll(/--([\w-]+)\s*:\s*(#[0-9a-f]{3,8})\s*;/gi)) colours[m[1]!] = m[2]!.toLowerCase();
  return colours;
}

describe('global.css declares exactly the palette of tokens.ts', () => {
  it('light, in :root', () => {
    expect(coloursOf('\n:root')).toEqual(LIGHT);
  });

  it('dark, both when the system asks for it and when the reader picks it', () => {
    expect(coloursOf(":root:not([data-theme='light'])")).toEqual(DARK);
    expect(coloursOf(":root[data-theme='dark']")).toEqual(DARK);
  });
});

describe('the favicon is drawn in the light paper and ink', () => {
  const favicon = readFileSync(new URL('../../../public/favicon.svg', import.meta.url), 'utf8');
  it('uses no other colour', () => {
    const fills = [...favicon.matchAll(/fill='(#[0-9a-f]+)'/gi)].map((m) => m[1]!.toLowerCase());
    expect(fills).toEqual([LIGHT.paper, LIGHT.ink]);
  });
});
