// public/_headers: embeds may be framed by any site, every other page refuses frames. Read the
// way Cloudflare Pages reads it (every matching rule applies, `! Name` drops an inherited header)
// and the way Netlify does (a later matching rule's value wins).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

type Rule = { pattern: RegExp; set: [string, string][]; drop: string[] };

function parse(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      rules.push({ pattern, set: [], drop: [] });
    } else if (line.trim().startsWith('!')) rules.at(-1)!.drop.push(line.trim().slice(1).trim().toLowerCase());
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.set.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const rules = parse(readFileSync('public/_headers', 'utf8'));

function cloudflare(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rules.filter((r) => r.pattern.test(path))) for (const [k, v] of r.set) out.set(k, [...(out.get(k) ?? []), v]);
  for (const r of rules.filter((r) => r.pattern.test(path)))
    for (const k of r.drop) {
      // A detach removes what broader rules attached; the rule's own value stays.
      const own = r.set.filter(([n]) => n === k).map(([, v]) => v);
      if (own.length) out.set(k, own);
      else out.delete(k);
    }
  return out;
}

function netlify(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rules.filter((r) => r.pattern.test(path))) for (const [k, v] of r.set) out.set(k, [v]);
  return out;
}

/** Whether a browser would let another site frame the page, given its response headers. */
function frameable(h: Map<string, string[]>): boolean {
  const policies = h.get('content-security-policy') ?? [];
  const ancestors = policies.map((p) => p.match(/frame-ancestors ([^;]+)/)?.[1]?.trim()).filter(Boolean);
  // Every policy is enforced; once any has frame-ancestors, X-Frame-Options is ignored.
  if (ancestors.length) return ancestors.every((a) => a === '*');
  return !h.has('x-frame-options');
}

describe.each([
  ['Cloudflare Pages', cloudflare],
  ['Netlify', netlify],
])('_headers as %s reads it', (_host, headersFor) => {
  it.each(['/embed/claimed-vs-counted/', '/embed/russia/'])('%s may be framed by any site', (path) => {
    expect(frameable(headersFor(path))).toBe(true);
  });
  it.each(['/', '/chapters/introduction/', '/search/', '/embedded/', '/data/'])('%s refuses frames', (path) => {
    expect(frameable(headersFor(path))).toBe(false);
  });
  it('embeds keep the other protections', () => {
    const h = headersFor('/embed/russia/');
    expect(h.get('x-content-type-options')).toEqual(['nosniff']);
    expect(h.get('content-security-policy')!.join()).toContain("object-src 'none'");
  });
});
