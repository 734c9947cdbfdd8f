// Fonts gate: every character a built page prints is in the web font that will draw it, and no
// font file is over its size budget (scripts/budgets.json, `fontFile`). A new chapter with a
// letter our faces lack (say Armenian or Georgian script) would otherwise silently fall back to a
// system font; a subset that grew past its budget means the site started printing much more.
//
//   node scripts/check-fonts.mjs <distDir>
//
// "The font that will draw it": the @font-face rules of the stylesheets a page links (the Russian
// edition links its own, with one file per face), grouped by family, style and weight; a character
// is covered when a rule of the group whose unicode-range includes it points at a file that has it.
// Every group of a page's stylesheets is checked against everything the page prints. Characters
// left to a system font on purpose are listed, with the reason, in SYSTEM_FALLBACK
// (src/lib/font-subset.mjs).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cssGeneratedText, listFiles, printedCharacters, SYSTEM_FALLBACK } from '../src/lib/font-subset.mjs';

export const BUDGETS_FILE = join(fileURLToPath(new URL('.', import.meta.url)), 'budgets.json');

/** `U+0400-052F,U+20AC` → [[0x400, 0x52f], [0x20ac, 0x20ac]]; no range → everything. */
export function parseUnicodeRange(value) {
  if (!value) return [[0, 0x10ffff]];
  return value.split(',').map((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
    if (lo.includes('?')) return [parseInt(lo.replace(/\?/g, '0'), 16), parseInt(lo.replace(/\?/g, 'F'), 16)];
    return [parseInt(lo, 16), parseInt(hi.replace(/^U\+/i, ''), 16)];
  });
}

/** The web-font @font-face rules of a stylesheet (local() fallbacks are not ours to check). */
export function fontFaceRules(css, cssFile) {
  const rules = [];
  for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const prop = (name) => rule.match(new RegExp(`${name}\\s*:\\s*([^;}]*)`))?.[1]?.trim();
    const url = prop('src')?.match(/url\(\s*["']?([^)"']+)["']?\s*\)/)?.[1];
    if (!url) continue;
    const family = (prop('font-family') ?? '').replace(/^["']|["']$/g, '');
    const face = `${family} ${prop('font-weight') ?? '400'} ${prop('font-style') ?? 'normal'}`;
    // Built URLs are absolute (base path included) or relative to the stylesheet.
    const file = url.startsWith('/') ? url : posix.join(posix.dirname(cssFile), url);
    rules.push({ face, url, file, ranges: parseUnicodeRange(prop('unicode-range')) });
  }
  return rules;
}

/**
 * The stylesheets a page links, as paths in the built site: absolute hrefs carry the base path,
 * relative ones are resolved from the page's folder.
 * @param {string} html
 * @param {string} page the page's path in the site, e.g. `ru/chapters/x/index.html`
 * @param {string[]} files every file of the site
 */
export function linkedStylesheets(html, page, files) {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel\s*=\s*["']?stylesheet\b/i.test(tag))
    .map((tag) => tag.match(/\bhref\s*=\s*["']?([^"'\s>]+)/i)?.[1])
    .filter((href) => href !== undefined)
    .map((href) => {
      const clean = href.replace(/[?#].*$/, '');
      const wanted = clean.startsWith('/') ? clean : `/${posix.join(posix.dirname(page), clean)}`;
      return files.find((f) => wanted === `/${f}` || wanted.endsWith(`/${f}`));
    })
    .filter((f) => f !== undefined);
}

/**
 * The code points a woff2/ttf file maps to glyphs.
 * @param {Uint8Array} buf
 * @returns {Promise<Set<number>>}
 */
export async function fontCodePoints(buf) {
  const hb = await import('harfbuzzjs');
  const { default: fontverter } = await import('fontverter');
  const face = new hb.Face(new hb.Blob(await fontverter.convert(buf, 'truetype')));
  return new Set(face.collectUnicodes());
}

/** A font file of the Russian edition's stylesheet (Latin and Cyrillic in one file per face). */
const EDITION_FONT = /-ru\.[\w-]+\.woff2$/;

/**
 * Checks a built site's fonts. Returns the problems (empty = every printed character is covered
 * and every font file within budget) and what was checked. `maxEditionFileBytes` caps the Russian
 * edition's files (`ru-fontFile`), which hold Latin and Cyrillic; `maxFileBytes` every other file.
 * @param {string} distDir
 * @param {{ maxFileBytes?: number, maxEditionFileBytes?: number }} [budget]
 */
export async function checkFonts(distDir, { maxFileBytes = Infinity, maxEditionFileBytes = maxFileBytes } = {}) {
  const files = listFiles(distDir);
  // Pagefind's own UI stylesheet (dist/pagefind/) is written after the build and linked by no page: not ours to check.
  const cssFiles = files.filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'));
  const cssText = cssFiles.map((f) => readFileSync(join(distDir, f), 'utf8'));
  const rulesOf = new Map(cssFiles.map((f, i) => [f, fontFaceRules(cssText[i], f)]));
  const rules = [...rulesOf.values()].flat();
  const problems = [];
  const fonts = new Map();
  for (const rule of rules) {
    // An absolute URL carries the base path: find the file by its path inside dist.
    const rel = files.find((f) => rule.file === f || rule.file.endsWith(`/${f}`));
    if (!rel) {
      problems.push(`${rule.face}: ${rule.url} is not in ${distDir}`);
      continue;
    }
    if (fonts.has(rel)) continue;
    const buf = readFileSync(join(distDir, rel));
    const [max, scope] = EDITION_FONT.test(rel) ? [maxEditionFileBytes, 'ru-fontFile'] : [maxFileBytes, 'fontFile'];
    if (buf.length > max) problems.push(`${rel}: ${buf.length} bytes > ${max} (budget "${scope}" in scripts/budgets.json)`);
    fonts.set(rel, { bytes: buf.length, codePoints: await fontCodePoints(buf) });
    rule.rel = rel;
  }
  for (const rule of rules) rule.rel ??= files.find((f) => rule.file === f || rule.file.endsWith(`/${f}`));
  const css = cssGeneratedText(cssText.join('\n'));
  const pages = files.filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(join(distDir, page), 'utf8');
    const printed = printedCharacters(html, css);
    const groups = Map.groupBy(
      linkedStylesheets(html, page, cssFiles).flatMap((f) => (rulesOf.get(f) ?? []).filter((r) => r.rel)),
      (r) => r.face,
    );
    for (const [face, group] of groups) {
      const missing = [...printed].filter((c) => {
        if (c in SYSTEM_FALLBACK) return false;
        const cp = c.codePointAt(0) ?? 0;
        return !group.some((r) => r.ranges.some(([lo, hi]) => cp >= lo && cp <= hi) && fonts.get(r.rel)?.codePoints.has(cp));
      });
      if (missing.length) {
        const list = missing.map((c) => `"${c}" U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
        problems.push(`${page}: ${list} not in ${face} (${group.map((r) => r.rel).join(', ')}): it would fall back to a system font`);
      }
    }
  }
  return {
    problems,
    pages: pages.length,
    faces: [...new Set(rules.map((r) => r.face))],
    files: [...fonts].map(([file, f]) => ({ file, bytes: f.bytes })),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [distDir = 'dist'] = process.argv.slice(2);
  const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
  const r = await checkFonts(distDir, { maxFileBytes: budgets.fontFile?.bytes, maxEditionFileBytes: budgets['ru-fontFile']?.bytes });
  for (const f of r.files) console.log(`${f.file.padEnd(60)} ${(f.bytes / 1024).toFixed(1).padStart(6)} KB`);
  if (r.problems.length) {
    for (const p of r.problems) console.error(`✘ ${p}`);
    console.error(`\n${r.problems.length} font problem(s).`);
    process.exit(1);
  }
  console.log(`✔ fonts: every character on ${r.pages} pages is in each of ${r.faces.length} faces; ${r.files.length} files within budget.`);
}
