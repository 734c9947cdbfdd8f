/**
 * Panels stacked in one drawing: each panel is a chart SVG of its own (a Plot or hand-built one),
 * set below the previous one under a short heading, so one figure can show two scales (a linear
 * panel for totals, a log panel for countries) and still be one image with one title.
 */
import { esc } from './svg';

export interface Panel {
  /** The heading above the panel ("Totals, linear scale"). */
  heading: string;
  /** The panel's SVG; its root's width and height set its place. */
  svg: string;
}

/** A panel root's attributes its contents inherit (Plot's default fill and text anchor); the rest are dropped. */
const INHERITED = /\s(fill|text-anchor)="[^"]*"/g;

/**
 * One SVG of `width`, the panels one under another, each under its heading (font size in px). A panel
 * becomes a translated group, not a nested <svg>: a nested <svg> is an image of its own to assistive
 * technology, and the figure must stay one image.
 */
export function stackPanels(width: number, panels: readonly Panel[], fontSize: number): string {
  const headingHeight = fontSize + 10;
  let y = 0;
  const body = panels.map((p) => {
    const open = /^<svg\b[^>]*>/.exec(p.svg)?.[0];
    if (!open || !p.svg.endsWith('</svg>')) throw new Error('stackPanels: a panel is not an <svg>');
    const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1] ?? NaN);
    if (!Number.isFinite(height)) throw new Error('stackPanels: a panel has no height');
    const heading = `<text class="panel-heading" x="0" y="${y + fontSize}" font-size="${fontSize}" text-anchor="start">${esc(p.heading)}</text>`;
    const inherited = (open.match(INHERITED) ?? []).join('');
    const panel = `<g transform="translate(0,${y + headingHeight})"${inherited}>${p.svg.slice(open.length, -'</svg>'.length)}</g>`;
    y += headingHeight + height + 12;
    return heading + panel;
  });
  const height = y - 12;
  return `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" fill="currentColor">${body.join('')}</svg>`;
}
