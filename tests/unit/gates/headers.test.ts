import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHeadersFile } from '../../../scripts/lib/static-server.mjs';

describe('public/_headers', () => {
  const headers = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

  it('sends the security headers a <meta> cannot', () => {
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });

  it('does not restrict scripts or styles, which the per-page hashed <meta> policy governs', () => {
    expect(headers['Content-Security-Policy']).not.toMatch(/(default|script|style)-src/);
  });
});
