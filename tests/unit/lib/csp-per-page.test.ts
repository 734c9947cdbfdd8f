import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageScriptHashes, trimPageCsp } from '../../../src/lib/csp-per-page.mjs';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const A = 'console.log(1)';
const B = 'console.log(2)';
const C = 'console.log(3)';
const page = (policyHashes: string[], body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${policyHashes.join(' ')}; style-src 'self' 'sha256-xyz='"></head><body>${body}</body></html>`;

describe('per-page CSP: a page allows only the inline scripts it has', () => {
  it('hashes scripts that run and skips JSON-LD and external scripts', () => {
    const html = `<script>${A}</script><script type="module">${B}</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script>`;
    expect([...pageScriptHashes(html)].sort()).toEqual([hash(A), hash(B)].sort());
  });

  it("drops the site's other script hashes and keeps every other directive as written", () => {
    const out = trimPageCsp(page([hash(A), hash(B), hash(C)], `<script>${A}</script>`));
    expect(out).toContain(`script-src 'self' ${hash(A)};`);
    expect(out).not.toContain(hash(B));
    expect(out).not.toContain(hash(C));
    expect(out).toContain("default-src 'self';");
    expect(out).toContain("style-src 'self' 'sha256-xyz='");
  });

  it("fails the build if a page runs an inline script Astro's policy does not allow", () => {
    expect(() => trimPageCsp(page([hash(A)], `<script>${B}</script>`))).toThrow(/not in Astro's script-src/);
  });
});
