import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgDataUri } from '../../../src/lib/text';

describe('svgDataUri: an SVG inlined as a data: URL', () => {
  const favicon = readFileSync('public/favicon.svg', 'utf8');

  it('decodes back to the same drawing, so the browser reads the favicon the file holds', () => {
    expect(decodeURIComponent(svgDataUri(favicon))).toBe(favicon.trim());
  });

  it('escapes what would end or corrupt the URL (#, %, <, >, double quotes) and nothing a URL can carry', () => {
    const uri = svgDataUri('<svg fill="#fff" d="a b">50%</svg>\n');
    expect(uri).toBe('%3Csvg fill=%22%23fff%22 d=%22a b%22%3E50%25%3C/svg%3E');
    expect(uri).not.toMatch(/[#<>"\n]/);
  });

  it('stays shorter than percent-encoding everything', () => {
    expect(svgDataUri(favicon).length).toBeLessThan(encodeURIComponent(favicon).length * 0.9);
  });
});
