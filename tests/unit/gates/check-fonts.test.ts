import { describe, it, expect, beforeAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFonts, fontCodePoints, parseUnicodeRange } from '../../../scripts/check-fonts.mjs';
import { printedCharacters, subsetBuiltFonts, CYRILLIC_RANGE } from '../../../src/lib/font-subset.mjs';

const FIXTURE = join(import.meta.dirname, '../../fixtures/gates/fonts-site');
const WHOLE_FACE = createRequire(import.meta.url).resolve('@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf');

/** A copy of the fixture site as the build leaves it before subsetting: pages, stylesheet, whole face. */
function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fonts-site-'));
  cpSync(FIXTURE, dir, { recursive: true });
  cpSync(WHOLE_FACE, join(dir, '_astro', 'SourceSerif4_400Regular.fixture1.ttf'));
  return dir;
}
const assets = (dir: string) => readdirSync(join(dir, '_astro')).sort();

describe('printed characters', () => {
  it('reads text and chart labels, adds upper case and CSS-printed attributes, skips what is not drawn', () => {
    const html = readFileSync(join(FIXTURE, 'index.html'), 'utf8');
    const chars = printedCharacters(html, { generated: ' ()', attributes: ['href'] });
    for (const c of ['X', 'ə', 'ı', 'Ə', 'Ğ', 'İ', '½', '(', '/']) expect(chars, c).toContain(c);
    // the <title> of the page and of the SVG, and script source, are never drawn
    for (const c of ['Ω', 'Ж', '\n']) expect(chars, JSON.stringify(c)).not.toContain(c);
  });
});

describe('font subsetting and the glyph-coverage gate', () => {
  let site: string;
  let subset: Awaited<ReturnType<typeof subsetBuiltFonts>>;
  beforeAll(async () => {
    site = builtSite();
    subset = await subsetBuiltFonts(site);
  }, 60_000);

  it('replaces the whole face with a much smaller woff2 and rewires stylesheet and preload', () => {
    const files = assets(site);
    expect(files.some((f) => f.endsWith('.ttf'))).toBe(false);
    const woff2 = files.filter((f) => f.endsWith('.woff2'));
    expect(woff2).toHaveLength(1);
    expect(subset.faces[0].bytes).toBeLessThan(20_000); // the whole face is 330 KB
    const css = files.find((f) => f.endsWith('.css'))!;
    expect(css).not.toBe('site.fixture1.css'); // renamed by its new content
    expect(readFileSync(join(site, '_astro', css), 'utf8')).toContain(`url(/_astro/${woff2[0]})format("woff2")`);
    const page = readFileSync(join(site, 'index.html'), 'utf8');
    expect(page).toContain(`href="/_astro/${css}"`);
    expect(page).toContain(`href="/_astro/${woff2[0]}"`);
    // no Cyrillic on the pages, so no Cyrillic file
    expect(readFileSync(join(site, '_astro', css), 'utf8')).not.toContain('unicode-range');
  });

  it('fails on the page that prints letters no web font has, naming page, letters and face', async () => {
    const { problems } = await checkFonts(site);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^uncovered\/index\.html: "Հ" U\+0540, .*not in Source Serif 4 400 normal/);
  });

  it('passes once that page is gone, and fails again when a page prints a letter the subset lacks', async () => {
    const dir = builtSite();
    rmSync(join(dir, 'uncovered'), { recursive: true });
    await subsetBuiltFonts(dir);
    expect((await checkFonts(dir)).problems).toEqual([]);
    // A page added after subsetting (a stale subset): "ß" is in the whole face but not in this subset.
    mkdirSync(join(dir, 'late'));
    const css = assets(dir).find((f) => f.endsWith('.css'))!;
    writeFileSync(
      join(dir, 'late', 'index.html'),
      `<!doctype html><html lang="de"><head><link rel="stylesheet" href="/_astro/${css}"></head><body><p>Straße</p></body></html>`,
    );
    const { problems } = await checkFonts(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^late\/index\.html: "ß" U\+00DF/);
  }, 60_000);

  it('fails a font file over its size budget', async () => {
    const { problems } = await checkFonts(site, { maxFileBytes: 1000 });
    expect(problems.some((p) => /^_astro\/SourceSerif4_400Regular\.[\w-]+\.woff2: \d+ bytes > 1000/.test(p))).toBe(true);
  });

  it('holds the Russian edition’s files to their own cap, and fails a Russian page its file cannot draw', async () => {
    const dir = builtSite();
    rmSync(join(dir, 'uncovered'), { recursive: true });
    mkdirSync(join(dir, 'ru'));
    const ruPage = (text: string) =>
      `<!doctype html><html lang="ru"><head><link rel="stylesheet" href="/_astro/site.fixture1.css"></head><body><p>${text}</p></body></html>`;
    writeFileSync(join(dir, 'ru', 'index.html'), ruPage('Диаспора'));
    await subsetBuiltFonts(dir);
    const ruFile = assets(dir).find((f) => f.includes('-ru.') && f.endsWith('.woff2'))!;
    const { problems } = await checkFonts(dir, { maxFileBytes: 100_000, maxEditionFileBytes: 1000 });
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^_astro/${ruFile.replace('.', '\\.')}: \\d+ bytes > 1000 \\(budget "ru-fontFile"`)),
    ]);
    // A Russian page added after subsetting, linking the Russian stylesheet, with a letter its file lacks.
    mkdirSync(join(dir, 'ru', 'late'));
    const ruCss = assets(dir).find((f) => f.includes('-ru.') && f.endsWith('.css'))!;
    writeFileSync(join(dir, 'ru', 'late', 'index.html'), ruPage('Щука').replace('site.fixture1.css', ruCss));
    const late = (await checkFonts(dir)).problems;
    expect(late).toHaveLength(1);
    expect(late[0]).toMatch(
      /^ru\/late\/index\.html: "Щ" U\+0429, .*not in Source Serif 4 400 normal \(_astro\/SourceSerif4_400Regular-ru\./,
    );
  }, 60_000);

  it('gives the Russian edition its own stylesheet, one file per face with Latin and Cyrillic, and English pages none of it', async () => {
    const dir = builtSite();
    rmSync(join(dir, 'uncovered'), { recursive: true });
    mkdirSync(join(dir, 'ru'));
    writeFileSync(
      join(dir, 'ru', 'index.html'),
      '<!doctype html><html lang="ru"><head><link rel="stylesheet" href="/_astro/site.fixture1.css">' +
        '<link rel="preload" href="/_astro/SourceSerif4_400Regular.fixture1.ttf" as="font" crossorigin></head>' +
        '<body><p>Да здравствует диаспора! Xəbər Saatı</p></body></html>',
    );
    const r = await subsetBuiltFonts(dir);
    expect(r.russian).toBeGreaterThan(5);
    const files = assets(dir);
    const ru = files.find((f) => f.endsWith('.woff2') && f.includes('-ru.'))!;
    const main = files.find((f) => f.endsWith('.woff2') && f !== ru)!;
    expect(files.filter((f) => f.endsWith('.woff2'))).toHaveLength(2); // no English page prints Cyrillic: no Cyrillic file
    const ruCss = files.find((f) => f.endsWith('.css') && f.includes('-ru.'))!;
    const enCss = files.find((f) => f.endsWith('.css') && f !== ruCss)!;
    const read = (...p: string[]) => readFileSync(join(dir, ...p), 'utf8');
    // Each edition links its stylesheet and preloads its own file; the Russian one names no second file.
    expect(read('ru', 'index.html')).toContain(`href="/_astro/${ruCss}"`);
    expect(read('ru', 'index.html')).toContain(`href="/_astro/${ru}"`);
    expect(read('index.html')).toContain(`href="/_astro/${enCss}"`);
    expect(read('index.html')).toContain(`href="/_astro/${main}"`);
    expect(read('_astro', ruCss)).toContain(`url(/_astro/${ru})format("woff2")}`);
    expect(read('_astro', ruCss)).not.toContain(main);
    expect(read('_astro', ruCss)).not.toContain('unicode-range');
    expect(read('_astro', enCss)).not.toContain(ru);
    expect((await checkFonts(dir)).problems).toEqual([]);
    const codePoints = async (file: string) =>
      [...(await fontCodePoints(readFileSync(join(dir, '_astro', file))))].map((cp) => String.fromCodePoint(cp)).join('');
    // English pages do not pay for the Russian edition; the Russian file has what Russian pages print, Latin included.
    expect(await codePoints(main)).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(await codePoints(main)).not.toContain('!');
    expect(await codePoints(ru)).toMatch(/Д/);
    expect(await codePoints(ru)).toMatch(/ə/);
    expect(await codePoints(ru)).not.toMatch(/½/); // printed on the English page only
  }, 60_000);

  it('puts the Cyrillic an English page prints in a second file with a Cyrillic unicode-range', async () => {
    const dir = builtSite();
    rmSync(join(dir, 'uncovered'), { recursive: true });
    mkdirSync(join(dir, 'sources'));
    writeFileSync(
      join(dir, 'sources', 'index.html'),
      '<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/site.fixture1.css"></head>' +
        '<body><p>A title in Russian: <span lang="ru">Азербайджанцы</span></p></body></html>',
    );
    const r = await subsetBuiltFonts(dir);
    expect(r.cyrillic).toBeGreaterThan(5);
    const files = assets(dir);
    const cyr = files.find((f) => f.includes('-cyrillic.'))!;
    const main = files.find((f) => f.endsWith('.woff2') && f !== cyr)!;
    const css = readFileSync(
      join(
        dir,
        '_astro',
        files.find((f) => f.endsWith('.css'))!,
      ),
      'utf8',
    );
    // The Cyrillic rule comes after the main one (tried first for Cyrillic) and is limited to Cyrillic.
    expect(css.indexOf(main)).toBeLessThan(css.indexOf(cyr));
    expect(css).toContain(`url(/_astro/${cyr})format("woff2");unicode-range:${CYRILLIC_RANGE}}`);
    expect((await checkFonts(dir)).problems).toEqual([]);
  }, 60_000);

  it('reads unicode-range lists and wildcards', () => {
    expect(parseUnicodeRange('U+0400-052F, U+20AC, U+1C8?')).toEqual([
      [0x400, 0x52f],
      [0x20ac, 0x20ac],
      [0x1c80, 0x1c8f],
    ]);
    expect(parseUnicodeRange(undefined)).toEqual([[0, 0x10ffff]]);
  });
});
