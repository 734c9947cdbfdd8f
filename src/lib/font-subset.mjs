// Build-time font subsetting: after Astro has written the site, every web font is cut down to the
// characters the built pages print, so a reader downloads a few hundred glyphs, not a whole face.
//
// src/styles/global.css points each @font-face at the whole face (a TTF from @expo-google-fonts,
// every script it covers; `astro dev` serves those). After the build this integration:
//   1. reads what every HTML page prints (text, chart SVG text, CSS-generated content), and the
//      upper case of it (headings and labels set in `text-transform: uppercase`);
//   2. subsets each face with HarfBuzz (subset-font), keeping the OpenType features browsers
//      apply by default and those our CSS asks for, into one woff2 with Latin and the few
//      Azerbaijani letters together; Cyrillic that English pages print (source titles), into a
//      second woff2 whose @font-face has a Cyrillic unicode-range, so only such pages download it;
//   3. for the Russian edition (pages under ru/), one more woff2 per face with everything those
//      pages print, Latin and Cyrillic together, in a copy of the stylesheet that only they link:
//      a Russian page downloads one file per face (two would cost a request and ~6 KB of repeated
//      tables each), and English pages never download a Cyrillic glyph the Russian edition needs;
//   4. rewrites the stylesheets' @font-face rules and the pages' stylesheet and preload links to
//      the subsets, names the stylesheets by their new content hash (hashed assets are cached as
//      immutable) and deletes the whole faces from the output.
// The output depends only on the pages and the fonts, so two builds are byte-identical.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { listFiles } from './list-files.mjs';

export { listFiles };

/**
 * Characters our fonts do not have and that are left, on purpose, to a system font — with why.
 * The glyph-coverage check (scripts/check-fonts.mjs) accepts these and nothing else.
 */
export const SYSTEM_FALLBACK = Object.freeze({
  '↩': 'footnote back-link arrow: in neither Source Serif 4 nor Source Sans 3; drawn by a system font as text (font-variant-emoji: text)',
});

/**
 * OpenType features kept in the subsets: what Chromium/HarfBuzz apply to Latin and Cyrillic text
 * by default (kerning, ligatures, marks, localised forms — Azerbaijani and Turkish i), and the
 * figure styles our CSS sets with font-variant-numeric (oldstyle and lining, proportional and
 * tabular). Small caps, fractions, stylistic sets and the like are dropped with their glyphs:
 * nothing on the site asks for them.
 */
const KEPT_FEATURES = Object.freeze([
  'ccmp',
  'locl',
  'mark',
  'mkmk',
  'rlig',
  'calt',
  'clig',
  'curs',
  'dist',
  'kern',
  'liga',
  'rclt',
  'rvrn',
  'ltra',
  'ltrm',
  'onum',
  'lnum',
  'pnum',
  'tnum',
]);

/** Cyrillic letters go into their own file, downloaded only by pages that print them. */
export const CYRILLIC = /\p{Script=Cyrillic}/u;
/** The unicode-range of the Cyrillic file: the Cyrillic blocks, whatever of them we print. */
export const CYRILLIC_RANGE = 'U+0400-052F,U+1C80-1C8F,U+2DE0-2DFF,U+A640-A69F';

/** Elements whose text is not drawn with our web fonts: not rendered, or set in the monospace stack. */
const NOT_OUR_TEXT = /<(script|style|template|title|desc|code|kbd|samp|pre)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Control and format characters (soft hyphen, joiners) draw no glyph of their own. */
const NO_GLYPH = /[\p{Cc}\p{Cf}]/u;

/** Named character references, decoded once each by a real HTML parser. */
const namedEntities = new Map();
function decodeEntities(text) {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z][a-z\d]*));/gi, (ref, dec, hex, name) => {
    if (dec || hex) return String.fromCodePoint(parseInt(dec ?? hex, dec ? 10 : 16));
    if (!namedEntities.has(name)) namedEntities.set(name, parseHTML(`<p>${ref}</p>`).document.querySelector('p')?.textContent ?? ref);
    return namedEntities.get(name);
  });
}

/**
 * The characters a page prints in our fonts: the text of its body (including inline SVG
 * charts), the values of attributes the stylesheets print with `content: attr(…)` (the print
 * stylesheet's URLs), and the upper case of all of it (labels in `text-transform: uppercase`).
 * Read with regular expressions, not a DOM: built pages are well-formed, and a DOM of every
 * page (the charts are thousands of nodes) costs seconds.
 * @param {string} html
 * @param {{ generated?: string, attributes?: string[] }} [css] literal CSS-generated text and the attributes printed by attr()
 * @returns {Set<string>}
 */
export function printedCharacters(html, { generated = '', attributes = [] } = {}) {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<head\b[\s\S]*?<\/head\s*>/i, '')
    .replace(NOT_OUR_TEXT, '');
  const printedAttributes = attributes.flatMap((name) =>
    [...body.matchAll(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'gi'))].map((m) => m[1] ?? m[2] ?? m[3] ?? ''),
  );
  const text = decodeEntities(`${body.replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' ')}${printedAttributes.join('')}`) + generated;
  const chars = new Set();
  for (const c of `${text}${text.toUpperCase()}${text.toLocaleUpperCase('az')}`) {
    if (c === '\u00ad')
      chars.add('-').add('\u2010'); // a soft hyphen shows a hyphen where the line breaks
    else if (!NO_GLYPH.test(c)) chars.add(c);
  }
  return chars.add(' ').add('\u00a0');
}

/**
 * What stylesheets print themselves: the literal strings of `content` and `quotes`, and the
 * attributes named in `content: attr(…)`.
 * @param {string} css
 */
export function cssGeneratedText(css) {
  let generated = '';
  const attributes = new Set();
  for (const [, value] of css.matchAll(/(?:content|quotes)\s*:\s*([^;}]*)/g)) {
    for (const [, dq, sq] of value.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) generated += dq ?? sq ?? '';
    for (const [, name] of value.matchAll(/attr\(\s*([\w-]+)/g)) attributes.add(name);
  }
  return { generated, attributes: [...attributes].sort() };
}

/** Pages of the Russian edition (dist/ru/…): what only they print goes into the Cyrillic file. */
const RUSSIAN_PAGE = /^ru\//;

/**
 * Every character printed on the pages of a built site, by edition: `latin` and `cyrillic`, what
 * English pages print, outside and inside the Cyrillic blocks (the main file and the Cyrillic file
 * of the English stylesheet); `russian`, everything Russian pages print (their one file per face).
 */
export function siteCharacters(distDir) {
  const files = listFiles(distDir);
  const css = cssGeneratedText(
    files
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(distDir, f), 'utf8'))
      .join('\n'),
  );
  const english = new Set();
  const russian = new Set();
  for (const f of files.filter((f) => f.endsWith('.html'))) {
    const into = RUSSIAN_PAGE.test(f) ? russian : english;
    for (const c of printedCharacters(readFileSync(join(distDir, f), 'utf8'), css)) into.add(c);
  }
  for (const c of Object.keys(SYSTEM_FALLBACK)) {
    english.delete(c);
    russian.delete(c);
  }
  const latin = [...english].filter((c) => !CYRILLIC.test(c)).sort();
  const cyrillic = [...english].filter((c) => CYRILLIC.test(c)).sort();
  return { latin: latin.join(''), cyrillic: cyrillic.join(''), russian: [...russian].sort().join('') };
}

/** A page of the Russian edition, by its path in the built site. */
export const isRussianPage = (file) => RUSSIAN_PAGE.test(file);

const contentHash = (buf) => createHash('sha256').update(buf).digest('base64url').slice(0, 8);

/**
 * Subsets are cached by everything they depend on (face, characters, features, subset-font's
 * version): compressing to woff2 is most of the cost, and most builds print the same characters.
 * Deleting node_modules/.cache/font-subset only makes the next build slower.
 */
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'font-subset');
const SUBSET_FONT_VERSION = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('subset-font/package.json'), 'utf8')).version;

async function cachedSubset(whole, text) {
  const key = createHash('sha256')
    .update(JSON.stringify([SUBSET_FONT_VERSION, KEPT_FEATURES, text]))
    .update(whole)
    .digest('hex');
  const path = join(CACHE_DIR, `${key}.woff2`);
  if (existsSync(path)) return { woff2: readFileSync(path), cached: true };
  const { default: subsetFont } = await import('subset-font');
  const woff2 = await subsetFont(whole, text, { targetFormat: 'woff2', keepFeatures: [...KEPT_FEATURES] });
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written aside and renamed: a build running at the same time never reads half a file.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, woff2);
  renameSync(partial, path);
  return { woff2, cached: false };
}

/** A whole face in the built CSS: `src:url(<prefix>/<Name>.<hash>.ttf)format("truetype")`. */
const WHOLE_FACE_SRC = /src:\s*url\(\s*["']?([^)"']*\/)([\w-]+)\.[\w-]+\.ttf["']?\s*\)\s*format\(\s*["']truetype["']\s*\)/g;

/**
 * Subsets every whole face a built site's stylesheets point at and rewires stylesheets and
 * pages to the subsets. Returns what it did, for the build log and the benchmark.
 * @param {string} distDir
 */
export async function subsetBuiltFonts(distDir) {
  const started = performance.now();
  const { latin, cyrillic, russian } = siteCharacters(distDir);
  const files = listFiles(distDir);
  /** @type {Map<string, string>} old file name → new, for every renamed or replaced file: English pages, Russian pages */
  const renamed = new Map();
  const renamedRu = new Map();
  const faces = [];
  const wholeFaces = new Set();
  for (const cssFile of files.filter((f) => f.endsWith('.css'))) {
    const cssPath = join(distDir, cssFile);
    const css = readFileSync(cssPath, 'utf8');
    if (!WHOLE_FACE_SRC.test(css)) continue;
    WHOLE_FACE_SRC.lastIndex = 0;
    const cssDir = cssFile.slice(0, cssFile.lastIndexOf('/') + 1);
    /** @type {Map<string, string>} rule → its Russian edition (one file per face) */
    const russianRules = new Map();
    const rewritten = await replaceAsync(css, /@font-face\s*\{[^}]*\}/g, async (rule) => {
      const m = [...rule.matchAll(WHOLE_FACE_SRC)][0];
      if (!m) return rule;
      const [src, urlPrefix, name] = m;
      const ttfFile = files.find((f) => f.startsWith(cssDir) && new RegExp(`(^|/)${name}\\.[\\w-]+\\.ttf$`).test(f));
      if (!ttfFile) throw new Error(`font-subset: ${cssFile} points at ${name}.*.ttf, which is not in ${distDir}`);
      const whole = readFileSync(join(distDir, ttfFile));
      const write = async (text, suffix) => {
        const { woff2, cached } = await cachedSubset(whole, text);
        const file = `${name}${suffix}.${contentHash(woff2)}.woff2`;
        writeFileSync(join(distDir, cssDir, file), woff2);
        faces.push({ file, bytes: woff2.length, characters: [...text].length, cached });
        return file;
      };
      const main = await write(latin, '');
      renamed.set(basename(ttfFile), main);
      wholeFaces.add(ttfFile);
      if (russian) {
        const ru = await write(russian, '-ru');
        renamedRu.set(basename(ttfFile), ru);
        russianRules.set(rule, rule.replace(src, `src:url(${urlPrefix}${ru})format("woff2")`));
      }
      const mainRule = rule.replace(src, `src:url(${urlPrefix}${main})format("woff2")`);
      if (!cyrillic) return mainRule;
      // Declared after the main rule, so for a Cyrillic letter the browser tries this file first;
      // pages without Cyrillic never download it.
      const cyr = await write(cyrillic, '-cyrillic');
      const cyrRule = rule.replace(src, `src:url(${urlPrefix}${cyr})format("woff2");unicode-range:${CYRILLIC_RANGE}`);
      return `${mainRule}${cyrRule}`;
    });
    rmSync(cssPath);
    const named = (text, suffix) => basename(cssFile).replace(/\.[\w-]+\.css$/, `${suffix}.${contentHash(text)}.css`);
    const newName = named(rewritten, '');
    writeFileSync(join(distDir, cssDir, newName), rewritten);
    renamed.set(basename(cssFile), newName);
    if (russianRules.size) {
      const russianCss = css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => russianRules.get(rule) ?? rule);
      const ruName = named(russianCss, '-ru');
      writeFileSync(join(distDir, cssDir, ruName), russianCss);
      renamedRu.set(basename(cssFile), ruName);
    }
  }
  for (const f of wholeFaces) rmSync(join(distDir, f));
  // Pages link the stylesheet and preload the faces by file name; Russian pages, their edition's.
  for (const f of files.filter((f) => f.endsWith('.html'))) {
    const path = join(distDir, f);
    const html = readFileSync(path, 'utf8');
    let out = html;
    for (const [from, to] of isRussianPage(f) ? [...renamedRu, ...renamed] : renamed) out = out.split(`/${from}"`).join(`/${to}"`);
    if (out !== html) writeFileSync(path, out);
  }
  return {
    faces,
    characters: [...latin].length,
    cyrillic: [...cyrillic].length,
    russian: [...russian].length,
    cached: faces.filter((f) => f.cached).length,
    ms: Math.round(performance.now() - started),
  };
}

async function replaceAsync(text, re, fn) {
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    parts.push(text.slice(last, m.index), await fn(m[0]));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * The Astro integration: subsets the fonts once the pages are written (production builds only).
 * Logs `subset N faces … in X ms`, which `npm run bench` reads as the subsetting's share of the build.
 * @returns {import('astro').AstroIntegration}
 */
export function fontSubset() {
  return {
    name: 'font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const r = await subsetBuiltFonts(fileURLToPath(dir));
        const sizes = r.faces.map((f) => `${f.file} ${(f.bytes / 1024).toFixed(1)} KB`).join(', ');
        const fromCache = r.cached ? ` (${r.cached} from cache)` : '';
        logger.info(
          `subset ${r.faces.length} faces${fromCache} to ${r.characters} characters${r.cyrillic ? ` + ${r.cyrillic} Cyrillic` : ''}${r.russian ? `, the Russian edition's to ${r.russian}` : ''} in ${r.ms} ms: ${sizes}`,
        );
      },
    },
  };
}
