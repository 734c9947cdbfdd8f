/**
 * The title above and the credit below a downloaded chart (SVG and PNG), so a picture that leaves the
 * site still says what it shows, where its figures come from, who made it, under what licence and from
 * which version of the data — as OWID's downloads do. Pure: the standalone SVG and the words come in.
 */
import { esc } from './svg';
import { wrapText } from '../../lib/text.ts';
import { STANDALONE_FONTS } from './standalone';

export interface ChartCredit {
  title: string;
  /** "Source: …" line: the publishers of the chart's rows. */
  sources: string;
  /** "Chart: A Diaspora on Paper, https://… · CC BY 4.0 · data version 1.0.1". */
  credit: string;
}

const PAD = 16;

/** Wraps a standalone chart SVG in a taller one with the title on top and sources and credit below. */
export function withCredit(svg: string, credit: ChartCredit, background: string): string {
  const width = Number(/\bwidth="([\d.]+)"/.exec(svg)?.[1] ?? 960);
  const height = Number(/\bheight="([\d.]+)"/.exec(svg)?.[1] ?? 600);
  // Lines of about as many characters as fit: the credit font averages ~0.5 em a character.
  const titleLines = wrapText(credit.title, Math.floor((width - 2 * PAD) / 11));
  const footLines = [
    ...wrapText(credit.sources, Math.floor((width - 2 * PAD) / 6.6)),
    ...wrapText(credit.credit, Math.floor((width - 2 * PAD) / 6.6)),
  ];
  const top = PAD + titleLines.length * 26 + 8;
  const bottom = 10 + footLines.length * 17 + PAD;
  const total = top + height + bottom;
  const text = (lines: string[], y0: number, step: number, size: number, weight: number, fill: string) =>
    lines
      .map(
        (l, i) =>
          `<text x="${PAD}" y="${y0 + i * step}" font-family="${esc(STANDALONE_FONTS)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(l)}</text>`,
      )
      .join('');
  const inner = svg.replace(/^<svg /, `<svg x="0" y="${top}" `);
  const titleBlock = /<title[^>]*>[\s\S]*?<\/desc>/.exec(svg)?.[0] ?? '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">` +
    `${titleBlock.replace(/ id="[^"]*"/g, '')}<rect width="100%" height="100%" fill="${esc(background)}"/>` +
    text(titleLines, PAD + 20, 26, 22, 600, '#1a1a1a') +
    inner +
    text(footLines, top + height + 10 + 13, 17, 13, 400, '#4a4a4a') +
    '</svg>'
  );
}
