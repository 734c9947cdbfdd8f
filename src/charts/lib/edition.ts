/**
 * The edition whose words a chart is being built in. The chart modules' word helpers (prose.ts,
 * the key cues in theme.ts) take no locale argument; buildChart sets it for the length of one
 * synchronous build, so a chart module need not thread a locale through every function.
 */
import type { Locale } from '../../data/format.ts';

let current: Locale = 'en';

/** The edition being built now ('en' outside a build). */
export const edition = (): Locale => current;

/** Runs `write` with `edition()` returning `locale`, then restores the previous edition. */
export function inLocale<T>(locale: Locale, write: () => T): T {
  const before = current;
  current = locale;
  try {
    return write();
  } finally {
    current = before;
  }
}
