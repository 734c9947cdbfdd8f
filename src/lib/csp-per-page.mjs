// Per-page script hashes. Astro writes one CSP <meta> per page, but its script-src lists the hash of
// every inline script on the whole site (fourteen today), so a chapter allows scripts it never runs
// and carries ~600 bytes of incompressible base64 it does not need (issue 15's page-weight cap).
// After the build, each page's script-src keeps only the hashes of the inline scripts that page
// has. Non-script inline blocks (JSON-LD) are data, not run, and need no hash; everything else
// in the policy is left as Astro wrote it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './list-files.mjs';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;
/** Script types a browser runs; anything else (application/ld+json) is inert data. */
const RUN = /^(?:|text\/javascript|module|application\/javascript)$/i;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of the scripts a page runs inline, as CSP source expressions. */
export function pageScriptHashes(html) {
  const hashes = new Set();
  for (const [, attrs = '', body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (RUN.test(type)) hashes.add(sha256(body));
  }
  return hashes;
}

/** The page with its CSP's script-src cut to the hashes of its own inline scripts. */
export function trimPageCsp(html) {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const own = pageScriptHashes(html);
  const policy = meta[2]
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src') return directive;
      const missing = [...own].filter((h) => !sources.includes(h));
      // A script Astro did not hash would be blocked by the browser: that is Astro's policy, not ours to widen.
      if (missing.length) throw new Error(`csp-per-page: an inline script (${missing[0]}) is not in Astro's script-src`);
      return ` ${[name, ...sources.filter((s) => !s.startsWith("'sha256-") || own.has(s))].join(' ')}`;
    })
    .join(';');
  return html.replace(CSP_META, (_, open, _old, close) => `${open}${policy}${close}`);
}

/** @returns {import('astro').AstroIntegration} */
export function cspPerPage() {
  return {
    name: 'csp-per-page',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        for (const f of listFiles(distDir).filter((f) => f.endsWith('.html'))) {
          const path = join(distDir, f);
          const html = readFileSync(path, 'utf8');
          const out = trimPageCsp(html);
          if (out !== html) writeFileSync(path, out);
        }
      },
    },
  };
}
