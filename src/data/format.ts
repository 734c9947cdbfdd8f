import type { Quantity, Unit } from './schemas/index.ts';

/**
 * How a number is written: `full` gives every digit ("10,000,000"), `short` rounds to three
 * significant figures and uses "million" ("10 million", "1.16 million", "603,000"), `auto`
 * (the default) is short from a million up and full below.
 */
export type NumberStyle = 'auto' | 'short' | 'full';
export const NUMBER_STYLES: readonly NumberStyle[] = ['auto', 'short', 'full'];

export interface FormatOptions {
  /** Digits or words; default `auto`. */
  style?: NumberStyle | undefined;
  /** Drop the qualifier ("about", "more than", "up to"): for tables whose column says it. */
  bare?: boolean | undefined;
  /** Append the unit ("462 organisations", "24%"); default true. */
  unit?: boolean | undefined;
}

export const LOCALE = 'en-GB';
/** Between a number and its scale word, so "10 million" never breaks across lines. */
export const NBSP = '\u00a0';

/** Bounds are rounded away from what they would overstate: a lower bound down, an upper bound up. */
type Rounding = 'halfExpand' | 'floor' | 'ceil';
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(kind: 'full' | 'significant', roundingMode: Rounding): Intl.NumberFormat {
  const key = `${kind}:${roundingMode}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = kind === 'full' ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 };
    f = new Intl.NumberFormat(LOCALE, { ...digits, roundingMode });
    formatters.set(key, f);
  }
  return f;
}
const ROUNDING: Readonly<Record<Quantity['kind'], Rounding>> = {
  exact: 'halfExpand', implied: 'halfExpand', range: 'halfExpand', about: 'halfExpand', moreThan: 'floor', upTo: 'ceil',
};

const QUALIFIER: Readonly<Record<Quantity['kind'], string>> = {
  exact: '', implied: '', range: '', about: 'about ', moreThan: 'more than ', upTo: 'up to ',
};

const UNIT_WORDS: Readonly<Record<Unit, readonly [singular: string, plural: string]>> = {
  people: ['person', 'people'],
  organisations: ['organisation', 'organisations'],
  countries: ['country', 'countries'],
  delegates: ['delegate', 'delegates'],
  guests: ['guest', 'guests'],
  percent: ['%', '%'],
  times: ['time', 'times'],
};

/** Writes one or two numbers (a range) in one style, sharing the scale word: "12–23 million". */
export function formatNumbers(values: readonly number[], style: NumberStyle = 'auto', rounding: Rounding = 'halfExpand'): string {
  const largest = Math.max(...values.map(Math.abs));
  const short = style === 'short' || (style === 'auto' && largest >= 1e6);
  if (!short) return values.map((v) => formatter('full', rounding).format(v)).join('–');
  const significant = formatter('significant', rounding);
  if (largest < 1e6) return values.map((v) => significant.format(v)).join('–');
  const [divisor, word] = largest >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
  // A range that starts below a million keeps its low end in full: "530,000–2 million", not "0.53–2 million".
  if (values.length === 2 && Math.min(...values) < divisor) {
    const [low = 0, high = 0] = values;
    return `${significant.format(low)}–${significant.format(high / divisor)}${NBSP}${word}`;
  }
  return `${values.map((v) => significant.format(v / divisor)).join('–')}${NBSP}${word}`;
}

/** The unit after a number: "%" is attached, words follow a space; singular for exactly one. */
export function unitSuffix(unit: Unit, values: readonly number[]): string {
  const [singular, plural] = UNIT_WORDS[unit];
  if (unit === 'percent') return plural;
  return ` ${values.length === 1 && values[0] === 1 ? singular : plural}`;
}

/**
 * A quantity as prose: "462 organisations", "about 416 organisations", "more than 450",
 * "12–23 million people", "24%". Pure; used by `<Num>`, charts, tables and alt text alike.
 */
export function formatQuantity(q: Quantity, unit: Unit, options: FormatOptions = {}): string {
  const values = q.kind === 'range' ? [q.low, q.high] : [q.value];
  const qualifier = options.bare ? '' : QUALIFIER[q.kind];
  const suffix = options.unit === false ? '' : unitSuffix(unit, values);
  return `${qualifier}${formatNumbers(values, options.style, ROUNDING[q.kind])}${suffix}`;
}
