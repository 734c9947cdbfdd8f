/**
 * Number formats shared by every chart, table and download, so a figure reads the same everywhere.
 * Deterministic: no locale lookup at run time (d3-format's default locale is en-US style, which is
 * what we print: 603,070 and 1.16 M).
 */
import { format, formatLocale } from 'd3-format';
import type { QuantityKind } from '../../data/schemas/index.ts';
import { NNBSP, type Locale } from '../../data/format.ts';
import { edition } from './edition';

const grouped = format(',');
// Russian charts: decimal comma, narrow no-break space between thousands (as src/data/format.ts).
const ruFormat = formatLocale({ decimal: ',', thousands: NNBSP, grouping: [3], currency: ['', '\u00a0₽'] });
const ruGrouped = ruFormat.format(',');

/** A count with thousands separators: 603070 → "603,070". */
export function formatCount(n: number): string {
  // Inside a Russian chart build, Russian conventions (see chartFormats).
  if (edition() === 'ru') return ruCount(n);
  return grouped(n);
}

/**
 * A short form for axes and labels: 10 000 000 → "10 M", 1 160 000 → "1.16 M", 767 159 → "767k",
 * 462 → "462". Trailing zeros are dropped; at most three significant digits.
 */
export function formatShort(n: number): string {
  return edition() === 'ru' ? ruShort(n) : englishShort(n);
}
function englishShort(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${trim(format('.3~r')(n / 1e6))} M`;
  if (abs >= 1e4) return `${trim(format('.3~r')(n / 1e3))}k`;
  return grouped(n);
}

/** 603070 → "603 070"; 1 160 000 → "1,16 млн"; 767 159 → "767 тыс." (narrow and plain no-break spaces). */
function ruCount(n: number): string {
  return ruGrouped(n);
}
function ruShort(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${trim(ruFormat.format('.3~r')(n / 1e6))}\u00a0млн`;
  if (abs >= 1e4) return `${trim(ruFormat.format('.3~r')(n / 1e3))}\u00a0тыс.`;
  return ruGrouped(n);
}

/**
 * The count and short formats of an edition, as one-argument functions a chart can hand to
 * Plot's `tickFormat` (which passes the index as a second argument).
 */
export function chartFormats(locale: Locale): { count: (n: number) => string; short: (n: number) => string } {
  return locale === 'ru' ? { count: ruCount, short: ruShort } : { count: (n) => grouped(n), short: englishShort };
}

function trim(s: string): string {
  return s.replace(/[.,]0+$/, '');
}

/** How exact a figure is: the dataset's quantity kinds; charts draw each differently. */
export type Qualifier = QuantityKind;

/** A label with its qualifier: "about 416" → "~416", "more than 450" → ">450", "up to" → "≤", a range "12–23 M". */
export function formatQualified(q: Qualifier, value: number, high?: number, short = true, locale: Locale = edition()): string {
  const { count, short: shortForm } = chartFormats(locale);
  const f = short ? shortForm : count;
  switch (q) {
    case 'about':
      return `~${f(value)}`;
    case 'moreThan':
      return `>${f(value)}`;
    case 'upTo':
      return `≤${f(value)}`;
    case 'range': {
      if (high === undefined) return f(value);
      const [a, b] = [f(value), f(high)];
      // "12 M–23 M" reads worse than "12–23 M": drop the shared unit from the low end.
      const unit = / (M)$|(k)$|\u00a0(млн|тыс\.)$/.exec(b)?.[0];
      return unit && a.endsWith(unit) ? `${a.slice(0, -unit.length)}–${b}` : `${a}–${b}`;
    }
    case 'implied':
      return `${f(value)} (${locale === 'ru' ? 'расчётное' : 'implied'})`;
    default:
      return f(value);
  }
}

/**
 * One format for every tick of an axis, chosen from the ticks themselves: in millions ("0, 10 M,
 * 20 M") or thousands ("0, 50k, 100k") when every tick is a whole number of that unit, otherwise
 * grouped digits ("1,000 / 10,000 / 1,000,000"), so an axis never mixes "1,000", "10k" and "1 M".
 */
export function axisFormat(ticks: readonly number[], locale: Locale = edition()): (n: number) => string {
  const { count, short } = chartFormats(locale);
  const whole = (unit: number) => ticks.every((t) => t === 0 || (Math.abs(t) >= unit && Number.isInteger(t / unit)));
  const max = Math.max(0, ...ticks.map(Math.abs));
  // formatShort writes millions from 1 M and thousands from 10k: every tick must fall in one band.
  if (whole(1e6) || (max < 1e6 && whole(1e4))) return (n: number) => short(n);
  return (n: number) => count(n);
}
