/**
 * Proportional symbols: a figure's mark with an area proportional to it, its shape from the kind's
 * symbol (circle, equal-area square, diamond), and a label beside it.
 */
import { KIND, type Kind } from './grammar';
import { round } from './text';
import { esc } from './svg';

/** Which side of its symbol a label sits. */
export type Side = 'left' | 'right' | 'above' | 'below';

/** The mark for a kind at (x, y), with the area of a circle of radius r. */
/** Side of a square (or diamond) with the area of a circle of radius r. */
const squareSide = (r: number) => r * Math.sqrt(Math.PI);

export function symbol(kind: Kind, x: number, y: number, r: number): string {
  const shape = KIND[kind].symbol;
  if (shape === 'square') {
    const s = squareSide(r);
    return `<rect x="${round(x - s / 2)}" y="${round(y - s / 2)}" width="${round(s)}" height="${round(s)}"/>`;
  }
  if (shape === 'diamond' || shape === 'triangle') {
    const h = squareSide(r) / Math.SQRT2; // half-diagonal of the equal-area square
    return `<path d="M${round(x)},${round(y - h)}L${round(x + h)},${round(y)}L${round(x)},${round(y + h)}L${round(x - h)},${round(y)}Z"/>`;
  }
  return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(r)}"/>`;
}

/** A label beside a symbol of radius r, on the given side, with a halo. */
export function label(text: string, side: Side, x: number, y: number, r: number, size: number, className: string): string {
  const gap = r + 4;
  const [tx, ty, anchor] =
    side === 'left'
      ? [x - gap, y + size * 0.35, 'end']
      : side === 'above'
        ? [x, y - gap - 2, 'middle']
        : side === 'below'
          ? [x, y + gap + size * 0.8, 'middle']
          : [x + gap, y + size * 0.35, 'start'];
  return `<g class="${className} halo"><text x="${round(tx)}" y="${round(ty)}" text-anchor="${anchor}" font-size="${size}">${esc(text)}</text></g>`;
}
