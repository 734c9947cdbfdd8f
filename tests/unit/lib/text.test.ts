import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgDataUri } from '../../../src/lib/text';

describe('svgDataUri: an SVG inlined as a data: URL', () => {
  const favicon = readFileSync('public/favicon.svg', 'utf8');

  it('decodes back to the same drawing, so the browser reads the favicon the file holds', () => {
    expect(decodeURIComponent(svgDataUri(favicon))).toBe(favicon.trim());
  });

  it('escapes what a URL may not carry (spaces, #, %, <, >, double quotes) and nothing else', () => {
    const uri = svgDataUri('<svg fill="#fff" d="a b">50%</svg>\n');
    expect(uri).toBe('%3Csvg%20fill=%22%23fff%22%20d=%22a%20b%22%3E50%25%3C/svg%3E');
    expect(uri).not.toMatch(/[\s#<>"]/);
  });

  it('stays shorter than percent-encoding everything', () => {
    expect(svgDataUri(favicon).length).toBeLessThan(encodeURIComponent(favicon).length);
  });
});
