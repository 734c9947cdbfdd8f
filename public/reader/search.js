/**
 * The search page's client: loads Pagefind from this site on the first query (never on page
 * load), searches as the reader types, and lists results as links with their excerpts. The
 * query is kept in the address so the back button and shared links return to it.
 *
 * Plain JavaScript served as it is (public/), not bundled: Astro 7 inlines small page scripts
 * and leaves Vite's preload marker in an inlined dynamic import (withastro/astro#17265), which
 * breaks the import of Pagefind.
 */

const SHOWN = 12;

function startSearch() {
  const form = document.querySelector('.search__form');
  const input = form?.querySelector('input[type=search]');
  const status = document.querySelector('.search__status');
  const list = document.querySelector('.search__results');
  if (!form || !input || !status || !list) return;
  // The messages are the page's, in its language (data-* attributes written by SearchPage.astro).
  /** @param {string} key */
  const say = (key) => form.getAttribute(`data-${key}`) ?? '';
  const plural = new Intl.PluralRules(document.documentElement.lang || 'en');
  /** @type {Promise<any> | null} */
  let engine = null;
  const load = () =>
    (engine ??= import(`${form.dataset['bundle']}pagefind.js`).then(async (pf) => {
      await pf.options({ baseUrl: form.dataset['base'] ?? '/' });
      return pf;
    }));

  /** @param {string} query */
  async function run(query) {
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = say('searching');
    const found = await (await load()).debouncedSearch(q);
    if (!found || input.value.trim() !== q) return; // a newer query superseded this one
    const pages = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
    list.replaceChildren(...pages.map(resultItem));
    const n = found.results.length;
    const message = n === 0 ? say('nothing') : `${say(`found-${plural.select(n)}`) || say('found-other')}${n > SHOWN ? say('more') : ''}.`;
    status.textContent = message.replaceAll('{q}', q).replaceAll('{n}', String(n)).replaceAll('{shown}', String(SHOWN));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  // A query in the address wins; otherwise whatever the reader typed (or the browser restored)
  // before this script arrived on a slow connection is searched, not lost.
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) input.value = initial;
  if (input.value.trim()) void run(input.value);
}

/** @param {{ url: string, meta: { title?: string }, excerpt: string }} page */
function resultItem(page) {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = page.url;
  link.textContent = page.meta.title ?? page.url;
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is text from our own pages, escaped by Pagefind, with <mark> around the hits.
  excerpt.innerHTML = page.excerpt;
  li.append(link, excerpt);
  return li;
}

startSearch();
