import { describe, expect, it } from 'vitest';
import { chartCitation, citedSources, localChartCitation, type ChartCitationInput } from '../../../src/data/publish/citation';
import { charts, chartsRu } from '../../../src/charts/registry';
import { chartCitationRu } from '../../../src/i18n/ru';

// A Russian researcher copies the citation under a chart on /ru/charts/: it must read as a Russian
// bibliographic reference (ГОСТ Р 7.0.100-2018 pattern), and its BibTeX must still be one valid entry.
const SITE = 'https://example.org/';
const english = charts[0]!;
const russian = chartsRu.find((c) => c.id === english.id)!;
const publishers = ['Росстат', 'Белстат', 'ООН', 'Википедия (англ.)', 'Госкомстат'];

const input = (locale: 'en' | 'ru'): ChartCitationInput => {
  const chartsUrl = `${SITE}${locale === 'ru' ? 'ru/' : ''}charts/#chart-${english.id}`;
  return {
    project: locale === 'ru' ? 'Диаспора на бумаге' : 'A Diaspora on Paper',
    version: '1.2.0',
    date: '2026-11-20',
    chartId: english.id,
    title: locale === 'ru' ? russian.title : english.title,
    permalink: chartsUrl,
    sourceNames: citedSources(publishers, chartsUrl, undefined, locale === 'ru' ? chartCitationRu.more : undefined),
  };
};

/** The fields of one BibTeX entry, or an error if the text is not exactly one entry with balanced braces. */
function parseBibtex(bib: string): { type: string; key: string; fields: Record<string, string> } {
  let depth = 0;
  for (const ch of bib) {
    depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    if (depth < 0) throw new Error('unbalanced braces');
  }
  if (depth !== 0) throw new Error('unbalanced braces');
  const head = /^@(\w+)\{([A-Za-z0-9_:.-]+),\n/.exec(bib);
  if (!head || !bib.endsWith('\n}')) throw new Error('not one entry');
  if ((bib.match(/^@/gm) ?? []).length !== 1) throw new Error('more than one entry');
  const fields: Record<string, string> = {};
  for (const line of bib.slice(head[0].length, -2).split('\n')) {
    const m = /^\s+(\w+)\s*=\s*\{(.*)\},?$/.exec(line);
    if (!m) throw new Error(`not a field: ${line}`);
    fields[m[1]!] = m[2]!;
  }
  return { type: head[1]!, key: head[2]!, fields };
}

describe('a chart citation on a Russian page', () => {
  const { text, bibtex } = localChartCitation(input('ru'), chartCitationRu);

  it('reads as a Russian reference: title, site, version, Russian permalink, access date in Russian order', () => {
    expect(russian.title).not.toBe(english.title);
    expect(text.startsWith(`${russian.title} : диаграмма // Диаспора на бумаге : сайт. — 2026.`)).toBe(true);
    expect(text).toContain('Версия данных 1.2.0');
    expect(text).toContain(`URL: ${SITE}ru/charts/#chart-${english.id} (дата обращения: ДД.ММ.ГГГГ)`);
    expect(text).toContain('Лицензия CC BY 4.0.');
    // The first three publishers, then how many more and where the list is, in Russian.
    expect(text).toContain(`Данные: Росстат; Белстат; ООН и ещё 2 (полный список: ${SITE}ru/charts/#chart-${english.id})`);
    // No English words left outside the URL and the licence name.
    const words = text.replace(/https?:\/\/\S+/g, '').match(/[A-Za-z]{2,}/g) ?? [];
    expect(words.filter((w) => !['URL', 'CC', 'BY'].includes(w))).toEqual([]);
  });

  it('gives BibTeX that parses as one @misc entry, in Russian, with the English fields kept', () => {
    const entry = parseBibtex(bibtex);
    expect(entry.type).toBe('misc');
    expect(entry.fields.language).toBe('russian');
    expect(entry.fields.title).toBe(russian.title);
    expect(entry.fields.author).toBe('{Диаспора на бумаге}');
    expect(entry.fields.url).toBe(`${SITE}ru/charts/#chart-${english.id}`);
    expect(entry.fields.version).toBe('1.2.0');
    expect(entry.fields.note).toMatch(/^Диаграмма и данные, лицензия CC BY 4\.0; источники: Росстат; Белстат; ООН и ещё 2/);
    // The same fields as the English entry, plus the language.
    const en = parseBibtex(chartCitation(input('en')).bibtex);
    expect(Object.keys(entry.fields).sort()).toEqual([...Object.keys(en.fields), 'language'].sort());
    expect(entry.key).toBe(en.key);
  });
});

describe('the English chart citation is unchanged', () => {
  it('keeps its own pattern, English words and ISO access date, without a language field', () => {
    const c = input('en');
    const { text, bibtex } = chartCitation(c);
    expect(c.sourceNames).toBe(`Росстат; Белстат; ООН and 2 more (listed at ${c.permalink})`);
    expect(text).toBe(
      `A Diaspora on Paper (2026). “${english.title}” [Chart; data version 1.2.0]. ${c.permalink}. Data: ${c.sourceNames}. Licensed CC BY 4.0. Accessed YYYY-MM-DD.`,
    );
    const entry = parseBibtex(bibtex);
    expect(entry.fields.language).toBeUndefined();
    expect(entry.fields.note).toBe(`Chart and data, CC BY 4.0; sources: ${c.sourceNames}`);
    expect(entry.fields.urldate).toBe('YYYY-MM-DD');
  });
});
