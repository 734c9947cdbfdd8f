import { describe, expect, it } from 'vitest';
import { latinLeaks } from '../../e2e/latin-leaks.ts';
import { publisherLabel, publisherNames } from '../../../src/i18n/publishers.ru.ts';
import { sources } from '../../../src/data/load';

/** The names the scan accepts, derived from the dataset's publishers as the e2e tests derive them. */
const names = sources.flatMap((s) => publisherNames(s.publisher));
const page = (body: string) => `<html lang="ru"><head><title>Глава</title></head><body>${body}</body></html>`;

describe('the no-English scan of Russian pages', () => {
  it('finds an English word left in Russian text', () => {
    const leaks = latinLeaks(page('<p>Глава 2 · 5 min read</p>'), names);
    expect(leaks.join(' ')).toContain('“min”');
    expect(leaks.join(' ')).toContain('“read”');
  });

  it('allows Latin that belongs: marked English, code, URLs and the publishers’ names', () => {
    const html = page(`
      <p>По материалам «<span lang="en">Long live the Azerbaijani diaspora!</span>», openDemocracy (oDR).</p>
      <p>Об этом писали The Moscow Times, Hürriyet Daily News, OC Media и Chatham House; Sputnik Азербайджан.</p>
      <p>Файл <code>data/claims.json</code>, адрес https://example.org/x.</p>
      <p><a lang="en" href="/">Read in English</a></p>`);
    expect(latinLeaks(html, names)).toEqual([]);
  });

  it('takes a name only whole: a word of a name is still a leak on its own, and so is an English gloss', () => {
    const leaks = latinLeaks(page('<p>The доклад, 24 April 2018. Xəbər Saatı (carrying Trend).</p>'), names).join(' ');
    expect(leaks).toContain('“The”');
    expect(leaks).toContain('“April”');
    expect(leaks).toContain('“carrying”');
    expect(leaks).not.toContain('“Trend”');
  });

  it('accepts each publisher as the Russian edition prints it, and its English glosses not at all', () => {
    for (const s of sources) expect(latinLeaks(page(`<p>${publisherLabel(s.publisher, 'ru')}</p>`), names), s.publisher).toEqual([]);
    expect(latinLeaks(page('<p>Wikipedia (English)</p>'), names).join(' ')).toContain('“English”');
  });
});
