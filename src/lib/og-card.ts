import { LIGHT } from '../styles/tokens.ts';
import { escapeXml, wrapText } from './text.ts';

/**
 * The social card (Open Graph / Twitter) as an SVG string, 1200 × 630, rendered to PNG at
 * build time by src/pages/og/[slug].png.ts. Pure: same input, same SVG. Text is wrapped
 * here because SVG has no line breaking; widths are estimated from average glyph widths of
 * the fonts the renderer is given (Source Serif 4 Bold, Source Sans 3).
 */
const CARD = { width: 1200, height: 630 } as const;

export interface CardText {
  /** Small capitals line above the title, e.g. "Chapter 2". */
  kicker: string;
  title: string;
  /** Standfirst under the title; cut with an ellipsis if it would run past three lines. */
  dek: string;
  /** Bottom line: site name and credit. */
  footer: string;
}

/** The card's SVG. Colours are the light palette (src/styles/tokens.ts: paper, ink, claim accent). */
export function cardSvg({ kicker, title, dek, footer }: CardText): string {
  const pad = 80;
  // Long titles get a smaller size so they fit in three lines.
  const titleSize = title.length > 60 ? 58 : 68;
  // Cyrillic letters run wider than Latin ones in both faces: a Russian card wraps sooner.
  const wide = (text: string) => (/[\u0400-\u04ff]/.test(text) ? 1.18 : 1);
  const titleLines = wrapText(title, Math.floor(1040 / (titleSize * 0.5 * wide(title))), 3);
  const dekSize = 32;
  const dekLead = dekSize * 1.3;
  // Baselines: the kicker, then the title's lines, then the dek, all above the rule at 540.
  const titleTop = 230;
  const titleLead = titleSize * 1.12;
  const dekTop = titleTop + (titleLines.length - 1) * titleLead + 72;
  const dekLines = wrapText(dek, Math.floor(1040 / (dekSize * 0.47 * wide(dek))), Math.max(1, Math.floor((505 - dekTop) / dekLead) + 1));
  const tspans = (lines: string[], x: number, top: number, lead: number) =>
    lines.map((l, i) => `<tspan x="${x}" y="${(top + i * lead).toFixed(0)}">${escapeXml(l)}</tspan>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<rect width="100%" height="100%" fill="${LIGHT.paper}"/>`,
    `<rect x="${pad}" y="110" width="64" height="6" fill="${LIGHT.claim}"/>`,
    `<text x="${pad}" y="${titleTop - 76}" font-family="Source Sans 3" font-size="26" font-weight="600" letter-spacing="3" fill="${LIGHT['ink-2']}">${escapeXml(kicker.toUpperCase())}</text>`,
    `<text font-family="Source Serif 4" font-size="${titleSize}" font-weight="700" fill="${LIGHT.ink}">${tspans(titleLines, pad, titleTop, titleLead)}</text>`,
    `<text font-family="Source Serif 4" font-size="${dekSize}" fill="${LIGHT['ink-2']}">${tspans(dekLines, pad, dekTop, dekLead)}</text>`,
    `<line x1="${pad}" y1="540" x2="${CARD.width - pad}" y2="540" stroke="${LIGHT.rule}" stroke-width="2"/>`,
    `<text x="${pad}" y="585" font-family="Source Sans 3" font-size="24" fill="${LIGHT['ink-2']}">${escapeXml(footer)}</text>`,
    `</svg>`,
  ].join('');
}
