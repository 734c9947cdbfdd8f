/**
 * Turns a raw chart SVG (from Plot or hand-built) into one that is accessible, CSP-safe and
 * deterministic, and — for downloads — standalone.
 *
 * Plot output needs this (../shared/TOOLCHAIN.md): it has no role="img", <title> or <desc>; it labels
 * every mark group with aria-label (axe: aria-prohibited-attr); it injects a <style> element and style
 * attributes, which the page's CSP blocks.
 */
import { parseSvg } from './dom';
import { escapeXml } from '../../lib/text.ts';

export interface SvgLabels {
  /** Unique per page: the figure id plus the variant, e.g. `chart-russia-wide`. */
  idBase: string;
  /** The accessible name (the chart title). */
  title: string;
  /** The accessible description, generated from the data. */
  desc: string;
  /** Extra classes for the root, e.g. `chart--russia chart--narrow`. */
  className: string;
}

/** Escapes text for SVG/HTML content and attribute values (the one helper, shared with the social cards). */
export const esc = escapeXml;

/** Removes what the CSP blocks and axe flags, then adds role, <title>, <desc> and our classes. */
export function cleanSvg(svg: string, labels: SvgLabels): string {
  const root = parseSvg(svg);
  for (const el of [...root.querySelectorAll('style')]) el.remove();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    el.removeAttribute('style');
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    // `font-variant` is not a valid SVG presentation value for "tabular-nums" (vnu rejects it);
    // charts.css sets font-variant-numeric on the chart instead.
    el.removeAttribute('font-variant');
  }
  // Fonts come from charts.css (page) or the standalone <style>; Plot's inline defaults would win over neither.
  root.removeAttribute('font-family');
  root.removeAttribute('font-size');
  root.setAttribute('class', `chart ${labels.className}`.trim());
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', `${labels.idBase}-title`);
  root.setAttribute('aria-describedby', `${labels.idBase}-desc`);
  // Plot numbers its <marker> ids with a global counter: renumber them per chart, so output is
  // deterministic and ids stay unique when several charts share a page.
  const ids = new Map<string, string>();
  for (const el of root.querySelectorAll('[id]')) {
    const fresh = `${labels.idBase}-${ids.size + 1}`;
    ids.set(el.getAttribute('id') ?? '', fresh);
    el.setAttribute('id', fresh);
  }
  // Two decimals are sub-pixel: rounding keeps files small and snapshot diffs readable.
  const body = root.innerHTML
    .replace(/url\(#([^)]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : m))
    .replace(/(\d+\.\d\d)\d+/g, '$1');
  const attrs = [...root.attributes]
    .map((a) => `${a.name}="${esc(a.value)}"`)
    .sort()
    .join(' ');
  return (
    `<svg ${attrs}><title id="${labels.idBase}-title">${esc(labels.title)}</title>` +
    `<desc id="${labels.idBase}-desc">${esc(labels.desc)}</desc>${body}</svg>`
  );
}

/**
 * A standalone file (download, PNG source): adds xmlns, a paper background and a <style> with
 * literal colours, since custom properties and page CSS do not travel with a file.
 */
export function standaloneSvg(svg: string, css: string, background: string): string {
  const withNs = svg.replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ');
  return withNs.replace(
    /(<\/desc>)/,
    `$1<style>${css}</style><rect class="chart-bg" width="100%" height="100%" fill="${esc(background)}"/>`,
  );
}
