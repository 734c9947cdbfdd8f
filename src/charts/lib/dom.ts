/**
 * Observable Plot on the server: Plot needs a `document`, and linkedom gives it one without a browser
 * (see ../shared/TOOLCHAIN.md — fastest of the options, output identical to jsdom's). One document is
 * shared; Plot only creates detached elements in it, so renders do not interfere.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const { document, DOMParser } = parseHTML('<!doctype html><html><head></head><body></body></html>');

/** The server-side document charts build into. */
export const serverDocument = document as unknown as Document;

/** Renders a Plot specification to an SVG string (not yet cleaned: see `cleanSvg`). */
export function plotToSvg(options: Plot.PlotOptions): string {
  const node = Plot.plot({ ...options, document: serverDocument });
  if (node.tagName.toLowerCase() !== 'svg') {
    // Plot wraps the SVG in a <figure> (with an <h2> and inline style) when given a title,
    // caption or legend. Our own <figure> carries those, so a chart must never ask Plot for them.
    throw new Error('plotToSvg: Plot returned a <figure>; do not pass title, subtitle, caption or legend.');
  }
  return node.outerHTML;
}

/** Parses an SVG string into an element we can edit (used by the clean-up). */
export function parseSvg(svg: string): Element {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
  const root = doc.documentElement;
  if (!root || root.tagName.toLowerCase() !== 'svg') throw new Error('parseSvg: not an <svg> document');
  return root;
}

export { Plot };
