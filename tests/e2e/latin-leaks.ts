// The no-English scan of Russian pages (issue 17): Latin-script words in what a reader sees,
// outside the places Latin belongs — code, anything marked as another language (lang="en" on
// source titles, names as published, the "Read in English" link), URLs — and outside a short
// list of proper names that Russian text writes in Latin.
import { parseHTML } from 'linkedom';

/** Proper names a Russian sentence may keep in Latin script (outlets, sites as spelled). */
export const LATIN_ALLOWED: ReadonlySet<string> = new Set([
  'openDemocracy',
  'oDR',
  'Azerbaijan.az',
  'News.az',
  'President.az',
  'AzerNews',
  'Trend',
  'APA',
  'Report.az',
  'Pagefind',
  'CSV',
  'JSON',
  'SVG',
  'PNG',
  'CC',
  'BY',
  // Format and standard names a Russian sentence keeps as they are (the data hub).
  'ZIP',
  'SHA',
  'ISO',
  'BibTeX',
  // Outlets and centres named in Russian record labels (src/i18n/records.ru.ts).
  'Ekspress.az',
  'BESA',
]);

const SKIP = 'script, style, code, pre, kbd, samp, svg, [translate="no"]';

/** Latin words a reader would see on the page, each with a little context. */
export function latinLeaks(html: string): string[] {
  const { document } = parseHTML(html);
  const leaks: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.matches(SKIP)) return;
      const lang = el.getAttribute('lang');
      if (lang && !lang.toLowerCase().startsWith('ru')) return;
    }
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/(?:https?:\/\/\S+)|[A-Za-z][A-Za-z.'’-]*[A-Za-z]/g)) {
        const word = m[0];
        if (word.startsWith('http') || LATIN_ALLOWED.has(word)) continue;
        leaks.push(`“${word}” in “…${text.slice(Math.max(0, m.index - 30), m.index + word.length + 30).trim()}…”`);
      }
    }
    node.childNodes.forEach(visit);
  };
  // The title too: it is what a reader sees in the tab and in search results.
  visit(document.querySelector('title') ?? document.createElement('title'));
  visit(document.body);
  return leaks;
}
