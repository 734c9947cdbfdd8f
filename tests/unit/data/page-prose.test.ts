/**
 * Editorial rule: numbers a reader sees come from records. Chapters are checked by check:data;
 * this holds the About page and the words around charts to the same rule — a figure typed as
 * digits (other than a year or a day of the month) fails, whatever it says.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { proseDigits, typedNumbers } from '../../../src/lib/prose-digits.ts';
import { parseMdx } from '../../../src/lib/mdx-tree.ts';
import { charts } from '../../../src/charts/registry';
import { words as claimedVsCounted } from '../../../src/charts/claimed-vs-counted';
import { words as countryCount } from '../../../src/charts/country-count';
import { words as fiftyMillion } from '../../../src/charts/fifty-million';
import { words as pyramid } from '../../../src/charts/pyramid';
import { words as russia } from '../../../src/charts/russia';
import { words as timeline } from '../../../src/charts/timeline';

describe('prose outside the chapters types no figures', () => {
  it('the About page', () => {
    const prose = parseMdx(readFileSync(new URL('../../../content/pages/about.mdx', import.meta.url), 'utf8'));
    expect(proseDigits(prose).map((n) => n.context)).toEqual([]);
  });

  it('catches a typed figure in the About page\'s terms and markup (the check can fail)', () => {
    const page = '<dl>\n  <Term name="About" count={tallies.byQualifier(\'about\')}>About 336 organisations.</Term>\n</dl>\n\n<h2 id="x">The 12 tiers</h2>\n';
    expect(proseDigits(parseMdx(page)).map((n) => n.text)).toEqual(['336', '12']);
  });

  it('chart notes written in the charts’ words tables, and chart keys', () => {
    // Notes quoting a record's own note (organisation-count) carry that record's figures and are data, not typed prose.
    const written = [
      ...claimedVsCounted.notes, ...countryCount.notes, ...fiftyMillion.notes, ...russia.notes, ...pyramid.notes, ...timeline.notes,
      ...charts.flatMap((c) => c.key.map((k) => k.label)),
    ];
    expect(written.flatMap((t) => typedNumbers(t).map((n) => n.context))).toEqual([]);
  });
});
