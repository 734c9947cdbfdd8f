/**
 * The cover's central picture: the official "more than 10 million abroad" beside the counts of
 * Azerbaijanis outside Azerbaijan and Iran that exist, and a one-line takeaway written from them.
 * Iran is not "abroad" in the official arithmetic (the project's one reading, About page), so no
 * Iranian figure is drawn here. Pure: figures in, rows and text out.
 */
import type { Figure } from '../../data/schemas/index.ts';
import { formatQuantity } from '../../data/format.ts';

/** The refs drawn, claim first. Each count covers people outside Azerbaijan and Iran. */
export const FINDING_REFS = {
  claim: 'claims.abroad-10m',
  counts: ['estimates.abroad-2019-born', 'derived.counted-total-ex-ussr'],
} as const;

export interface FindingRow {
  ref: string;
  kind: 'claim' | 'count';
  /** What the bar stands for, in the cover's words (no figures: those come from the record). */
  caption: string;
  /** Length of the bar as a share of the scale, 0–1. */
  share: number;
  /** The value is a lower bound (drawn with an open end). */
  lowerBound: boolean;
}

const CAPTIONS: Readonly<Record<string, string>> = {
  'claims.abroad-10m': 'Official claim: Azerbaijanis abroad',
  'estimates.abroad-2019-born': 'Counted by the UN: people born in Azerbaijan living abroad',
  'derived.counted-total-ex-ussr': 'Counted by censuses: ethnic Azerbaijanis in the other former Soviet republics',
};

const pointValue = (f: Figure) => (f.quantity.kind === 'range' ? f.quantity.high : f.quantity.value);

export function findingRows(get: (ref: string) => Figure): FindingRow[] {
  const figs = [FINDING_REFS.claim, ...FINDING_REFS.counts].map((ref) => get(ref));
  // The scale leaves room past the claim for its open end ("more than").
  const max = Math.max(...figs.map(pointValue)) * 1.12;
  return figs.map((f, i) => ({
    ref: f.ref,
    kind: i === 0 ? 'claim' : 'count',
    caption: CAPTIONS[f.ref] ?? f.label,
    share: pointValue(f) / max,
    lowerBound: f.quantity.kind === 'moreThan',
  }));
}

/**
 * "The official figure, more than 10 million, is more than 8.6 times the largest count there is:
 * 1.16 million people born in Azerbaijan living abroad (2019)." The largest count is chosen by
 * value; the ratio is rounded down, and called a lower bound when the claim is one.
 */
export function findingTakeaway(get: (ref: string) => Figure): string {
  const claim = get(FINDING_REFS.claim);
  const largest = FINDING_REFS.counts.map((ref) => get(ref)).sort((a, b) => pointValue(b) - pointValue(a))[0]!;
  const ratio = Math.floor((pointValue(claim) / pointValue(largest)) * 10) / 10;
  const times = formatQuantity({ kind: claim.quantity.kind === 'moreThan' ? 'moreThan' : 'exact', value: ratio }, 'times', { unit: false });
  const counted = formatQuantity(largest.quantity, largest.unit);
  const what = CAPTIONS[largest.ref]?.replace(/^Counted by [^:]+: /, '').replace(/^people /, '') ?? largest.label;
  return `The official “${formatQuantity(claim.quantity, claim.unit, { unit: false })} abroad” is ${times} times the largest count there is: ${counted} ${what}${largest.year ? ` (${largest.year})` : ''}.`;
}
