// Fonts as a reader's browser draws them: after the subsetting, every piece of text on every page
// is still drawn with our web fonts (Chromium says which font drew each node's glyphs), only the
// subsets are downloaded, and a page without Cyrillic does not download the Cyrillic files.
import { test, expect } from '@playwright/test';
import { allPages } from './quality/gates';
import { SYSTEM_FALLBACK } from '../../src/lib/font-subset.mjs';

const OUR_FAMILIES = ['Source Serif 4', 'Source Sans 3'];
/** Code is set in the system monospace stack on purpose (global.css). */
const MONOSPACE = new Set(['CODE', 'PRE', 'KBD', 'SAMP']);
const NOT_DRAWN = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'title', 'desc', ...MONOSPACE]);

/**
 * Drawn in the system sans on purpose: on an English page the link to the Russian edition is in
 * Russian, and setting it in the web font would make every English page download the Cyrillic cut
 * (global.css, `.language-switcher a:lang(ru)`).
 */
const SYSTEM_FONT_ON_PURPOSE = '.language-switcher a:lang(ru)';

interface DomNode {
  attributes?: string[];
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
}
interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

const hasMonospace = (n: DomNode): boolean => (n.children ?? []).some((c) => MONOSPACE.has(c.nodeName) || hasMonospace(c));

for (const path of allPages()) {
  test(`fonts: ${path} is drawn in the web fonts, from subsets only`, async ({ page }) => {
    test.setTimeout(90_000); // one question to the browser per element with text: the chart gallery has thousands
    const fontUrls: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fontUrls.push(new URL(r.url()).pathname);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForLoadState('networkidle');
    for (const url of fontUrls) expect(url, 'a subset, never the whole face').toMatch(/\.woff2$/);

    await page.evaluate(
      (sel) => document.querySelectorAll(sel).forEach((e) => e.setAttribute('data-system-font', '')),
      SYSTEM_FONT_ON_PURPOSE,
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
    const problems: string[] = [];
    const check = async (node: DomNode, text: string, ours: string): Promise<void> => {
      const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId })) as { fonts: PlatformFont[] };
      // Chromium names the face as its file does ("Source Serif 4 SemiBold") and counts the glyphs
      // of code inside the node too, which the monospace stack draws.
      const monospaceInside = hasMonospace(node);
      const foreign = fonts.filter(
        (f) =>
          !(f.isCustomFont && OUR_FAMILIES.some((family) => f.familyName.startsWith(family))) &&
          !(monospaceInside && /mono|courier|consolas|menlo/i.test(f.familyName)),
      );
      // A node that also prints a SYSTEM_FALLBACK character may use one system font for it.
      const allowed = ours.length === text.length ? 0 : 1;
      if (foreign.length > allowed) {
        problems.push(
          `<${node.nodeName.toLowerCase()}> "${text.slice(0, 40)}": ${foreign.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`).join(', ')}`,
        );
      }
    };
    const checks: Promise<void>[] = [];
    const walk = (node: DomNode): void => {
      if (NOT_DRAWN.has(node.nodeName) || node.attributes?.includes('data-system-font')) return;
      const text = (node.children ?? [])
        .filter((c) => c.nodeType === 3)
        .map((c) => c.nodeValue)
        .join('')
        .replace(/\s+/g, '');
      const ours = [...text].filter((c) => !(c in SYSTEM_FALLBACK)).join('');
      if (node.nodeType === 1 && ours) checks.push(check(node, text, ours));
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    await Promise.all(checks);
    expect(problems, 'text drawn in a font other than our web fonts').toEqual([]);

    // What the page shows (innerText: rendered text only), without the link drawn in the system font.
    const printsCyrillic = await page.evaluate((sel) => {
      const hidden = [...document.querySelectorAll<HTMLElement>(sel)];
      hidden.forEach((e) => (e.style.display = 'none'));
      const shows = /\p{Script=Cyrillic}/u.test(document.body.innerText);
      hidden.forEach((e) => (e.style.display = ''));
      return shows;
    }, SYSTEM_FONT_ON_PURPOSE);
    // The Russian edition links its own stylesheet: one file per face, Latin and Cyrillic together.
    const russianFiles = fontUrls.filter((u) => u.includes('-ru.'));
    if (/\/ru\//.test(path)) {
      expect(fontUrls.length, 'a Russian page draws in the web fonts').toBeGreaterThan(0);
      expect(russianFiles, 'a Russian page downloads only its edition’s files, one per face').toEqual(fontUrls);
      return;
    }
    expect(russianFiles, 'an English page never downloads the Russian edition’s files').toEqual([]);
    const cyrillicFiles = fontUrls.filter((u) => u.includes('-cyrillic.'));
    if (printsCyrillic) expect(cyrillicFiles.length, 'Cyrillic subsets on a page that prints Cyrillic').toBeGreaterThan(0);
    else expect(cyrillicFiles, 'Cyrillic subsets on a page without Cyrillic').toEqual([]);
  });
}
