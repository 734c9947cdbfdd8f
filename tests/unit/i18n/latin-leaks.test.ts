import { describe, expect, it } from 'vitest';
import { latinLeaks } from '../../e2e/latin-leaks.ts';

describe('the no-English scan of Russian pages', () => {
  it('finds an English word left in Russian text', () => {
    const leaks = latinLeaks('<html lang="ru"><head><title>Глава</title></head><body><p>Глава 2 · 5 min read</p></body></html>');
    expect(leaks.join(' ')).toContain('“min”');
    expect(leaks.join(' ')).toContain('“read”');
  });

  it('allows Latin that belongs: marked English, code, URLs and listed names', () => {
    const html = `<html lang="ru"><head><title>Глава</title></head><body>
      <p>По материалам «<span lang="en">Long live the Azerbaijani diaspora!</span>», openDemocracy (oDR).</p>
      <p>Файл <code>data/claims.json</code>, адрес https://example.org/x.</p>
      <p><a lang="en" href="/">Read in English</a></p></body></html>`;
    expect(latinLeaks(html)).toEqual([]);
  });
});
