/**
 * Embeddable charts: what /embed/<id>/ pages and the "Embed" disclosure under each chart share —
 * where a chart lives in the story, the iframe snippet, the host's optional resize script and the
 * message between them. Pure, except for hashing the inline theme script for the CSP.
 */
import { createHash } from 'node:crypto';
import { chapterRefs } from '../mdx-tree.ts';
import { escapeXml } from '../text.ts';

import { HEIGHT_MESSAGE } from './embed-message.ts';

export { HEIGHT_MESSAGE };

export interface ChartHome {
  /** Site path (no base) of the chart's figure: its first chapter, or the chart gallery. */
  path: string;
  /** What the credit link names: the chapter's title, or the gallery. */
  title: string;
}

/** Where each chart is argued: the first chapter in reading order whose MDX uses it. */
export function chartHomes(
  chapters: readonly { path: string; title: string; body: string }[],
  chartIds: readonly string[],
): Map<string, ChartHome> {
  const homes = new Map<string, ChartHome>();
  for (const ch of chapters) {
    for (const id of chapterRefs(ch.body).charts) if (!homes.has(id)) homes.set(id, { path: `${ch.path}#chart-${id}`, title: ch.title });
  }
  for (const id of chartIds) if (!homes.has(id)) homes.set(id, { path: `charts/#chart-${id}`, title: 'All charts' });
  return homes;
}

/**
 * A starting height for the iframe, before any resize: the wide drawing's height plus room for
 * title, takeaway, key and source line. From the SVG's viewBox, so it follows the chart.
 */
export function embedHeight(wideSvg: string): number {
  const box = wideSvg.match(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/);
  const [w, h] = box ? [Number(box[1]), Number(box[2])] : [640, 400];
  // Drawn at most 640 px wide in a typical article column.
  return Math.round((h * Math.min(1, 640 / w) + 280) / 10) * 10;
}

/** The iframe an editor pastes into their page. */
export function iframeSnippet(url: string, title: string, height: number): string {
  return `<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="100%" height="${height}" loading="lazy" style="border:0" data-diaspora-embed></iframe>`;
}

/**
 * The host's optional resize script: sets the height each embed reports. It trusts only messages
 * that come from one of its own embed iframes (event.source), whatever the origin.
 */
export const RESIZE_SNIPPET = `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${HEIGHT_MESSAGE}"||!(d.height>0))return;document.querySelectorAll("iframe[data-diaspora-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})})</script>`;

/**
 * Runs in the embed's <head> before first paint: `?theme=light|dark` overrides the colour scheme,
 * which otherwise follows the host (prefers-color-scheme inside an iframe). Inline, so the CSP
 * must allow it by hash.
 */
export const EMBED_THEME_SCRIPT =
  "(function(){var t=new URLSearchParams(location.search).get('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t})()";
export const EMBED_THEME_SCRIPT_HASH = `sha256-${createHash('sha256').update(EMBED_THEME_SCRIPT).digest('base64')}` as const;
