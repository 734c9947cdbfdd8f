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
  /** The edition: `en` (default) or `ru` ("около 416 организаций", "12–23 млн человек"). */
  locale?: Locale | undefined;
}

/** The editions, keyed by language; their Intl locales are in INTL_LOCALE. */
export type Locale = 'en' | 'ru';
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-GB', ru: 'ru-RU' };
export const LOCALE = INTL_LOCALE.en;
/** Between a number and its scale word, so "10 million" never breaks across lines. */
export const NBSP = '\u00a0';
/** Russian typography groups thousands with a narrow no-break space: "603 070". */
export const NNBSP = '\u202f';

/** Bounds are rounded away from what they would overstate: a lower bound down, an upper bound up. */
type Rounding = 'halfExpand' | 'floor' | 'ceil';
const formatters = new Map<string, { format(n: number): string }>();
function formatter(kind: 'full' | 'significant', roundingMode: Rounding, locale: Locale = 'en'): { format(n: number): string } {
  const key = `${kind}:${roundingMode}:${locale}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = kind === 'full' ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 };
    const intl = new Intl.NumberFormat(INTL_LOCALE[locale], { ...digits, roundingMode });
    // ICU's ru-RU groups with a plain no-break space (and not at all below 10 000); Russian
    // typesetting wants the narrow one, so the group separator is swapped whatever ICU ships.
    f = locale === 'ru'
      ? { format: (n) => intl.formatToParts(n).map((p) => (p.type === 'group' ? NNBSP : p.value)).join('') }
      : intl;
    formatters.set(key, f);
  }
  return f;
}
const ROUNDING: Readonly<Record<Quantity['kind'], Rounding>> = {
  exact: 'halfExpand', implied: 'halfExpand', range: 'halfExpand', about: 'halfExpand', moreThan: 'floor', upTo: 'ceil',
};

const QUALIFIER: Readonly<Record<Locale, Readonly<Record<Quantity['kind'], string>>>> = {
  en: { exact: '', implied: '', range: '', about: 'about ', moreThan: 'more than ', upTo: 'up to ' },
  // "Более" rather than "свыше" throughout, so one kind of figure always reads the same.
  ru: { exact: '', implied: '', range: '', about: 'около ', moreThan: 'более ', upTo: 'до ' },
};

/** Scale words: English spells them out, Russian uses the standard abbreviations. */
const SCALE: Readonly<Record<Locale, { billion: string; million: string; thousand?: string }>> = {
  en: { billion: 'billion', million: 'million' },
  ru: { billion: 'млрд', million: 'млн', thousand: 'тыс.' },
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

/**
 * Russian nouns after a number: [one, few, many] — "1 организация", "2 организации",
 * "5 организаций". After a qualifier ("около", "более", "до") or a scale word ("млн") the noun
 * is in the genitive, which the `genitive` pair gives: [singular, plural].
 */
const RU_UNIT_WORDS: Readonly<Record<Unit, { one: string; few: string; many: string; genitive: readonly [string, string] }>> = {
  people: { one: 'человек', few: 'человека', many: 'человек', genitive: ['человека', 'человек'] },
  organisations: { one: 'организация', few: 'организации', many: 'организаций', genitive: ['организации', 'организаций'] },
  countries: { one: 'страна', few: 'страны', many: 'стран', genitive: ['страны', 'стран'] },
  delegates: { one: 'делегат', few: 'делегата', many: 'делегатов', genitive: ['делегата', 'делегатов'] },
  guests: { one: 'гость', few: 'гостя', many: 'гостей', genitive: ['гостя', 'гостей'] },
  percent: { one: '%', few: '%', many: '%', genitive: ['%', '%'] },
  times: { one: 'раз', few: 'раза', many: 'раз', genitive: ['раза', 'раз'] },
};
const ruPlural = new Intl.PluralRules('ru-RU');
/** How a Russian noun agrees: with the number itself, after a qualifier, or after a scale word. */
export type Agreement = 'count' | 'genitive' | 'scaled';

/** Writes one or two numbers (a range) in one style, sharing the scale word: "12–23 million", "12–23 млн". */
export function formatNumbers(values: readonly number[], style: NumberStyle = 'auto', rounding: Rounding = 'halfExpand', locale: Locale = 'en'): string {
  return scaled(values, style, rounding, locale).text;
}

/** The numbers as text, and whether a scale word ("million", "млн", "тыс.") ends it. */
function scaled(values: readonly number[], style: NumberStyle, rounding: Rounding, locale: Locale): { text: string; scaled: boolean } {
  const largest = Math.max(...values.map(Math.abs));
  const short = style === 'short' || (style === 'auto' && largest >= 1e6);
  if (!short) return { text: values.map((v) => formatter('full', rounding, locale).format(v)).join('–'), scaled: false };
  const significant = formatter('significant', rounding, locale);
  const words = SCALE[locale];
  const [divisor, word] = largest >= 1e9 ? [1e9, words.billion] : largest >= 1e6 ? [1e6, words.million] : largest >= 1e3 && words.thousand ? [1e3, words.thousand] : [1, undefined];
  if (!word) return { text: values.map((v) => significant.format(v)).join('–'), scaled: false };
  // A range that starts below a million keeps its low end in full: "530,000–2 million", not "0.53–2 million".
  if (values.length === 2 && divisor >= 1e6 && Math.min(...values) < divisor) {
    const [low = 0, high = 0] = values;
    return { text: `${significant.format(low)}–${significant.format(high / divisor)}${NBSP}${word}`, scaled: true };
  }
  return { text: `${values.map((v) => significant.format(v / divisor)).join('–')}${NBSP}${word}`, scaled: true };
}

/** The unit after a number: "%" is attached, words follow a space; singular for exactly one. */
export function unitSuffix(unit: Unit, values: readonly number[], locale: Locale = 'en', agreement: Agreement = 'count'): string {
  if (locale === 'ru') {
    // A narrow no-break space before "%" (Russian typesetting), a plain space before a word.
    if (unit === 'percent') return `${NNBSP}%`;
    const words = RU_UNIT_WORDS[unit];
    // A range agrees with its upper end: "2–5 организаций".
    const last = values[values.length - 1] ?? 0;
    const category = ruPlural.select(last);
    // "млн человек" whatever the number; "около 1,5 раза" but "около 416 организаций".
    if (agreement === 'scaled') return ` ${words.genitive[1]}`;
    if (agreement === 'genitive') return ` ${category === 'one' || category === 'other' ? words.genitive[0] : words.genitive[1]}`;
    const word = category === 'one' ? words.one : category === 'few' ? words.few : category === 'many' ? words.many : words.genitive[0];
    return ` ${word}`;
  }
  const [singular, plural] = UNIT_WORDS[unit];
  if (unit === 'percent') return plural;
  return ` ${values.length === 1 && values[0] === 1 ? singular : plural}`;
}

/**
 * A quantity as prose: "462 organisations", "about 416 organisations", "more than 450",
 * "12–23 million people", "24%". Pure; used by `<Num>`, charts, tables and alt text alike.
 */
export function formatQuantity(q: Quantity, unit: Unit, options: FormatOptions = {}): string {
  const locale = options.locale ?? 'en';
  const values = q.kind === 'range' ? [q.low, q.high] : [q.value];
  const qualifier = options.bare ? '' : QUALIFIER[locale][q.kind];
  const numbers = scaled(values, options.style ?? 'auto', ROUNDING[q.kind], locale);
  // Russian puts the noun in the genitive after "около/более/до" and after "млн/тыс.".
  const agreement: Agreement = numbers.scaled ? 'scaled' : qualifier ? 'genitive' : 'count';
  const suffix = options.unit === false ? '' : unitSuffix(unit, values, locale, agreement);
  return `${qualifier}${numbers.text}${suffix}`;
}

/** An ISO date (YYYY-MM-DD) in words: "18 May 2017", "18 мая 2017 г.". */
export function formatDate(iso: string, locale: Locale = 'en'): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/**
 * A date of any precision in words: "2018", "April 2018" / "апрель 2018 г.", "24 April 2018" /
 * "24 апреля 2018 г." — for dates an editor types (YYYY, YYYY-MM, YYYY-MM-DD).
 */
export function formatPartialDate(iso: string, locale: Locale = 'en'): string {
  const [y, m, d] = iso.split('-');
  if (!m) return String(Number(y));
  if (d) return formatDate(iso, locale);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${y}-${m}-01T00:00:00Z`));
}
