// What counts as a warning in the output of `astro build` (Astro's logger, Vite, Rolldown), so
// `npm test` can insist on a build that prints none: a warning nobody reads hides the one that matters.

/** Astro colours its log; strip ANSI codes before reading it. */
export const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex

/**
 * The lines of a build's output that are warnings (empty = a clean build): Astro's `[WARN]`
 * lines, and Vite's or Rolldown's `warning:` / `(!)` lines.
 * @param {string} output
 * @returns {string[]}
 */
export function buildWarnings(output) {
  return plain(output)
    .split('\n')
    .filter((line) => /\[WARN\]|^\s*\(!\)|\bwarning:/i.test(line))
    .map((line) => line.trim());
}
