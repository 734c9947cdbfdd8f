// The browser-side quality gates as plain functions, so the same code checks every page of the
// built site and the deliberately broken fixtures in tests/fixtures/gates/.
import type { Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from '../site';
import { SYSTEM_FALLBACK } from '../../../src/lib/font-subset.mjs';

/** Every page a reader can reach: the sitemap, plus the 404 page (never in a sitemap). */
export function allPages(): string[] {
  return [...sitemapPaths(), '/404.html'];
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG A/AA rules whose outcome depends on colours alone. The dark palette changes nothing but
 * the colour custom properties (src/styles/global.css), so these are the rules a second colour
 * scheme can fail.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations on the current page, as short readable lines (empty = pass); `rules` narrows the run. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Legacy mode runs axe once in the page itself; the default runs it per frame, then opens a blank
  // page to merge the results, which costs a page and a second axe injection on every call. The
  // site's pages have no frames (embed frames are tested on their own pages). Only violations are
  // collected: passes and incomplete results are never read.
  const builder = new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS);
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`),
  );
}

export interface PageWatch {
  /** Requests to any origin other than the page's own (data: URLs excepted). */
  foreign: string[];
  /** console.error messages, uncaught exceptions and CSP violation reports. */
  errors: string[];
}

/**
 * Starts recording, before navigation, everything the privacy and CSP gates forbid. CSP
 * violations are caught from the page's `securitypolicyviolation` events (an init script runs
 * outside the page's CSP) as well as from the console.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { foreign: [], errors: [] };
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) watch.foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`uncaught: ${e.message}`));
  await page.exposeBinding('__gateCspViolation', (_source, text: string) => watch.errors.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __gateCspViolation: (t: string) => void }).__gateCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return watch;
}

/** Elements a keyboard user must be able to reach on the current page, as short descriptions. */
export async function focusableElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
    const all = [...document.querySelectorAll<HTMLElement>(selector)];
    const reachable = all.filter(
      (el) =>
        el.tabIndex >= 0 &&
        !el.closest('[inert]') &&
        !(el as HTMLButtonElement).disabled &&
        el.checkVisibility({ visibilityProperty: true, opacityProperty: false }) &&
        !(el.localName === 'summary' && el.parentElement?.localName !== 'details'),
    );
    reachable.forEach((el, i) => el.setAttribute('data-gate-focus', String(i)));
    return reachable.map((el) => `${el.localName}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`);
  });
}

export interface FocusStep {
  index: number;
  visible: boolean;
  describe: string;
}

/**
 * Presses Tab through the page from the top, recording each element that gets focus and
 * whether it shows a focus indicator (an outline or a box-shadow). Run focusableElements first.
 */
export async function tabThrough(page: Page, expected: number): Promise<FocusStep[]> {
  const steps: FocusStep[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < expected + 2; i++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow !== 'none';
      return {
        index: Number(el.getAttribute('data-gate-focus') ?? -1),
        visible: outline || shadow,
        describe: `${el.localName}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`,
      };
    });
    if (!step) break;
    if (steps.some((s) => s.index === step.index && s.index >= 0)) break; // wrapped around
    steps.push(step);
  }
  return steps;
}

/**
 * Text a reader sees that uses the typewriter apostrophe (') where the typographic one (’) belongs:
 * one entry per text node, trimmed. Code, preformatted text and web addresses are left as written.
 */
export async function straightApostrophes(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const skip = 'code, pre, kbd, samp, script, style, noscript, template';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest(skip)) continue;
      const text = (n.textContent ?? '').replace(/\b(?:https?:\/\/|www\.)\S+/g, '');
      if (text.trim()) found.push(text);
    }
    return found;
  });
  // A straight quote touching a letter is an apostrophe or an opening quote set on a typewriter
  // ("homeland's", "'90s"); one standing alone, as in a note that names the character itself ("(')"), is not.
  return texts.filter((t) => /\p{L}'|'\p{L}/u.test(t)).map((t) => t.trim().slice(0, 120));
}

/** How wide the page scrolls in a window `width` px wide (more than `width`: the reader scrolls sideways). */
export async function scrollWidthAt(page: Page, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 740 });
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Our web fonts (as Chromium names their faces: "Source Serif 4 SemiBold"). */
const OUR_FAMILIES = ['Source Serif 4', 'Source Sans 3'];
/** Code is set in the system monospace stack on purpose (global.css). */
const MONOSPACE = new Set(['CODE', 'PRE', 'KBD', 'SAMP']);
const NOT_DRAWN = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'title', 'desc', ...MONOSPACE]);

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

/**
 * Elements whose text Chromium draws in a font other than our web fonts, as short readable lines
 * (empty = pass). Chromium says which fonts drew each node's glyphs; elements matching
 * `systemOnPurpose` are skipped, code may use the monospace stack, and a node that prints a
 * SYSTEM_FALLBACK character may use one system font for it. Wait for the fonts before calling.
 */
export async function foreignFonts(page: Page, systemOnPurpose?: string): Promise<string[]> {
  if (systemOnPurpose)
    await page.evaluate((sel) => document.querySelectorAll(sel).forEach((e) => e.setAttribute('data-system-font', '')), systemOnPurpose);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
  const problems: string[] = [];
  const check = async (node: DomNode, text: string, ours: string): Promise<void> => {
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId })) as { fonts: PlatformFont[] };
    // Chromium counts the glyphs of code inside the node too, which the monospace stack draws.
    const monospaceInside = hasMonospace(node);
    const foreign = fonts.filter(
      (f) =>
        !(f.isCustomFont && OUR_FAMILIES.some((family) => f.familyName.startsWith(family))) &&
        !(monospaceInside && /mono|courier|consolas|menlo/i.test(f.familyName)),
    );
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
  await cdp.detach();
  return problems;
}

/** A fixture from tests/fixtures/gates/, served at `<origin>/__gates__/<name>` via page.route. */
export async function serveFixture(page: Page, origin: string, name: string): Promise<string> {
  const url = `${origin}/__gates__/${name}`;
  const body = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'gates', name), 'utf8');
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  return url;
}
