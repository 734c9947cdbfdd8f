/**
 * The edition whose words a chart is being built in. The chart modules' word helpers (prose.ts,
 * the key cues in theme.ts) take no locale argument; buildChart sets it for the length of one
 * synchronous build (and of each drawing), so a chart module need not thread a locale through every function.
 */
import type { Locale } from '../../data/format.ts';

let current: Locale = 'en';
const same = (label: string): string => label;
let translate: (label: string) => string = same;

/** The edition being built now ('en' outside a build). */
export const edition = (): Locale => current;

/**
 * A label the rows carry in English (a place, a kind of figure, a lane), as the edition being built
 * shows it inside a drawing; a label the edition has no name for passes unchanged.
 */
export const shown = (label: string): string => translate(label);

/**
 * Runs `write` with `edition()` returning `locale` (and `shown` using `label`), then restores the
 * previous edition.
 */
export function inLocale<T>(locale: Locale, write: () => T, label: (english: string) => string = same): T {
  const before = [current, translate] as const;
  current = locale;
  translate = label;
  try {
    return write();
  } finally {
    [current, translate] = before;
  }
}
