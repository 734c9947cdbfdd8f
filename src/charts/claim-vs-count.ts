/**
 * The claim and the count: the top panel of "Claimed vs counted" as a chart of its own, for the
 * Introduction. The official "more than 10 million abroad" beside the UN count of emigrants born in
 * Azerbaijan and the post-Soviet censuses, on a linear scale so the gap is seen at its true size,
 * measured by a bracket; Iran's range for scale (at home in the official arithmetic). Same rows,
 * same records and same drawing as that panel.
 */
import { formatQuantity } from '../data/format.ts';
import { quantityOf } from './lib/marks';
import { AREA_NAMES } from '../data/areas.ts';
import type { ChartSpec } from './lib/definition';
import { edition } from './lib/edition';
import { keyEntry } from './lib/grammar';
import { first, number, people } from './lib/prose';
import {
  claimedVsCounted,
  columns,
  gapOf,
  renderTotals,
  totalsOf,
  words as totalsWords,
  type ClaimedVsCountedRow,
} from './claimed-vs-counted';

export const words = {
  title: 'The claim and the count: Azerbaijanis abroad',
  /** The words inside the drawing: it is the totals panel of claimed-vs-counted. */
  drawing: totalsWords,
  /** "10 million claimed abroad: more than 8.6 times the UN’s emigrants" (the UN estimates people born in Azerbaijan). */
  headline: (v: { claim: string; times: string }) => `Claimed abroad: ${v.claim}, ${v.times} times the UN’s emigrants`,
  times: (n: string, lowerBound: boolean) => `${lowerBound ? 'over ' : 'about '}${n}`,
  takeaway: (v: { born: string; exUssr: string }) => `UN: ${v.born} born in Azerbaijan. Ex-Soviet counts: ${v.exUssr}.`,
  description: (v: { claim: string; born: string; exUssr: string; iran: string | null; times: string }) =>
    [
      `Dot chart on a linear scale. The official claim, ${v.claim} abroad, is drawn as a ring with an arrow for “more than”.`,
      `Below it, the UN count of people born in Azerbaijan living abroad, ${v.born}, and the counts of the other former Soviet republics (censuses, an estimate where a country has none), ${v.exUssr}.`,
      `A bracket between the claim and the UN count reads ${v.times}.`,
      v.iran
        ? `Iran’s Azerbaijanis, ${v.iran}, are drawn for scale; as we read the official arithmetic, they count as at home, not abroad.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  notes: [
    'The UN figure counts people born in Azerbaijan, whatever their nationality; the other republics’ figures (censuses, an estimate where a country has none) count those who gave their nationality as Azerbaijani, in years from 1989 to 2014. “Claimed vs counted” shows the figures country by country.',
    'Iran is drawn for scale but is not set against the claim: as we read the official arithmetic (About explains why), Iran’s Azerbaijanis live in the historical homeland, not abroad.',
  ],
  key: {
    claim: 'official claim',
    estimate: 'estimate',
    migrant: 'born in Azerbaijan, migrant stock',
    range: 'estimated range',
    rangeCue: 'thick bar',
  },
};

export const claimVsCount: ChartSpec<ClaimedVsCountedRow, typeof words> = {
  id: 'claim-vs-count',
  words,
  rows: (input) => totalsOf(claimedVsCounted.rows(input)),
  columns,
  key: (w) => [
    keyEntry('claim', w.key.claim),
    keyEntry('migrantStock', w.key.migrant),
    keyEntry('estimate', w.key.estimate),
    keyEntry('estimate', w.key.range, w.key.rangeCue, 'range'),
  ],
  headline: (rows, w) => {
    const { claim, times } = gapOf(rows);
    // The claim as claimed: a lower bound stays one ("more than 10 million").
    const value = formatQuantity(quantityOf(claim), 'people', { unit: false, locale: edition() });
    const n = times.replace(/^[>~]/, '');
    return w.headline({ claim: value, times: w.times(n, times.startsWith('>')) });
  },
  takeaway: (rows, w) =>
    w.takeaway({
      born: number(gapOf(rows).born),
      exUssr: number(
        first(
          rows.filter((r) => r.kind === 'estimate' && r.qualifier !== 'range'),
          'post-Soviet total',
        ),
      ),
    }),
  description: (rows, w) => {
    const { claim, born, times } = gapOf(rows);
    const exUssr = first(
      rows.filter((r) => r.kind === 'estimate' && r.qualifier !== 'range'),
      'post-Soviet total',
    );
    const iran = rows.find((r) => r.place === AREA_NAMES.IR);
    return w.description({
      claim: people(claim),
      born: people(born),
      exUssr: people(exUssr),
      iran: iran ? people(iran) : null,
      times: `${times}×`,
    });
  },
  notes: (_rows, w) => [...w.notes],
  render: (rows, size, w) => renderTotals(rows, size, w.drawing),
};
