// The no-English scan of Russian pages (issue 17): Latin-script words in what a reader sees,
// outside the places Latin belongs — code, anything marked as another language (lang="en" on
// source titles, names as published, the "Read in English" link), URLs — and outside names:
// the publishers of the dataset's sources as the Russian edition prints them (derived from the
// published data, src/i18n/publishers.ru.ts), and a few format and licence abbreviations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { publisherNames } from '../../src/i18n/publishers.ru.ts';

/** Not names of anything in the data, but printed as such in Russian text too. */
export const LATIN_ALLOWED: ReadonlySet<string> = new Set([
  'Pagefind',
  'CSV',
  'JSON',
  'SVG',
  'PNG',
  'BibTeX',
  'CC',
  'BY',
  'ZIP',
  'SHA',
  'ISO',
]);

/**
 * The names a Russian page may print in Latin script: every publisher's names, read from a built
 * site's own download of the sources (`<dist>/data/sources.json`), so a new source brings its name.
 */
export function publisherNamesIn(distDir: string): string[] {
  const sources = JSON.parse(readFileSync(join(distDir, 'data', 'sources.json'), 'utf8')) as { publisher: string }[];
  return [...new Set(sources.flatMap((s) => publisherNames(s.publisher)))];
}

const SKIP = 'script, style, code, pre, kbd, samp, [translate="no"]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Latin words a reader would see on the page, each with a little context. `names` are whole
 * phrases allowed as they stand ("The Moscow Times"), not word by word: "The" alone is a leak.
 */
export function latinLeaks(html: string, names: Iterable<string> = [], { drawings = false } = {}): string[] {
  // The charts' drawings are scanned on their own (tests/unit/charts/russian-drawings.test.ts): the
  // words drawn, not the SVG's <title> and <desc> (the figure's caption and description, scanned on the pages).
  const skip = drawings ? `${SKIP}, svg title, svg desc` : `${SKIP}, svg`;
  const phrases = [...names].sort((a, b) => b.length - a.length);
  // A name counts only as a whole: not inside a longer Latin word.
  const named = phrases.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  const { document } = parseHTML(html);
  const leaks: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.matches(skip)) return;
      const lang = el.getAttribute('lang');
      if (lang && !lang.toLowerCase().startsWith('ru')) return;
    }
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      const scanned = named ? text.replace(named, (m) => ' '.repeat(m.length)) : text;
      for (const m of scanned.matchAll(/(?:https?:\/\/\S+)|[A-Za-z][A-Za-z.'’-]*[A-Za-z]/g)) {
        const word = m[0];
        if (word.startsWith('http') || LATIN_ALLOWED.has(word)) continue;
        leaks.push(`“${word}” in “…${text.slice(Math.max(0, m.index - 30), m.index + word.length + 30).trim()}…”`);
      }
    }
    node.childNodes.forEach(visit);
  };
  // The title too: it is what a reader sees in the tab and in search results.
  if (!drawings) visit(document.querySelector('title') ?? document.createElement('title'));
  visit(document.body);
  return leaks;
}
