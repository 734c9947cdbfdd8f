/**
 * The 50-million arithmetic: the official world total split into what it is made of — Azerbaijan's own
 * population, the claimed 10 million abroad, and the remainder the claim implies but never accounts
 * for — set beside the encyclopaedic world total.
 */
import type { Kind } from './lib/grammar';
import type { Quantity } from '../data/schemas/index.ts';
import { AREA_NAMES } from '../data/areas.ts';
import { formatQuantity } from '../data/format.ts';
import type { ChartSpec } from './lib/definition';
import { figureColumns } from './lib/columns';
import { Plot, plotToSvg } from './lib/dom';
import { formatShort } from './lib/format';
import { figureLabel, flatten, reach, type FigureMark } from './lib/marks';
import { first, people } from './lib/prose';
import { ids, isPeople, need } from './lib/records';
import { niceTicks } from './lib/scales';
import { fonts, KIND, keyEntry, QUALIFIER_CLASS, type ChartSize } from './lib/grammar';

/** One segment of one bar. Segments of a bar are stacked in row order. */
export interface FiftyMillionRow extends FigureMark {
  [key: string]: string | number | null;
  /** The figure drawn: a record's, or the derived remainder's. */
  ref: string;
  /** Which bar: the official total, or the encyclopaedic one. */
  bar: string;
  /** What this segment is, e.g. "Azerbaijan's population (2017)". */
  part: string;
  sources: string;
}

interface Segment {
  row: FiftyMillionRow;
  x1: number;
  x2: number;
  /** Label line above the bar (0 = closest), so neighbouring labels never overlap. */
  line: number;
}

export function render(rows: readonly FiftyMillionRow[], size: ChartSize): string {
  const FONT = fonts(size);
  const wide = size.variant === 'wide';
  const bars = [...new Set(rows.map((r) => r.bar))];
  const segments: Segment[] = bars.flatMap((bar) => {
    let at = 0;
    const parts = rows.filter((r) => r.bar === bar);
    return parts.map((row, i) => {
      const x1 = at;
      at += row.value ?? row.low ?? 0;
      return { row, x1, x2: row.qualifier === 'range' ? x1 + (row.high ?? 0) : at, line: parts.length - 1 - i };
    });
  });
  const lines = Math.max(...segments.map((s) => s.line)) + 1;
  const lineHeight = 18;
  const barHeight = 26;
  const block = lines * lineHeight + barHeight + 44;
  const ticks = niceTicks(Math.max(...segments.map((s) => s.x2), ...rows.map(reach)), wide ? 6 : 3);
  const max = ticks[ticks.length - 1]!;
  const height = 30 + bars.length * block + 36;
  const y = (s: Segment) => 30 + bars.indexOf(s.row.bar) * block + lines * lineHeight + 8;
  const solid = segments.map((s) => ({ ...s, x2: s.row.qualifier === 'range' ? s.x1 + (s.row.low ?? 0) : s.x2 }));
  const ranges = segments.filter((s) => s.row.qualifier === 'range');
  const labelY = (s: Segment) => y(s) - 6 - s.line * lineHeight;
  const labelText = (s: Segment) =>
    s.row.qualifier === 'implied'
      ? `${s.row.part}: ${figureLabel(s.row)}`
      : `${s.row.part}: ${figureLabel(s.row)}${wide ? ` (${KIND[s.row.kind].label})` : ''}`;
  const anchorEnd = (s: Segment) => s.x1 / max > (wide ? 0.55 : 0.35);
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return plotToSvg({
    width: size.width,
    height,
    marginTop: 0,
    marginBottom: 36,
    marginLeft: 14,
    marginRight: 18,
    x: { domain: [0, max], label: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.gridX(ticks, { className: 'grid', strokeOpacity: 1 }),
      Plot.axisX(ticks, { className: 'axis', tickFormat: formatShort, label: words.axis, labelAnchor: 'right', labelOffset: 30 }),
      Plot.text(bars, {
        x: 0,
        y: (b: string) => 30 + bars.indexOf(b) * block - 6,
        text: (b: string) => b,
        textAnchor: 'start',
        fontSize: FONT.label,
        fontWeight: 700,
        className: 'bar-names',
      }),
      ...kinds.flatMap((kind) => {
        const of = (s: Segment) => s.row.kind === kind;
        const rects = (['exact', 'about', 'moreThan', 'upTo', 'implied', 'range'] as const).map((q) =>
          Plot.rect(
            solid.filter((s) => of(s) && s.row.qualifier === q),
            {
              x1: 'x1',
              x2: 'x2',
              y1: y,
              y2: (s: Segment) => y(s) + barHeight,
              insetLeft: 1,
              className: `${KIND[kind].className} ${QUALIFIER_CLASS[q]}`,
            },
          ),
        );
        // A range continues past its solid low end as a thick bar to its high end.
        const range = Plot.ruleY(ranges.filter(of), {
          x1: (s: Segment) => s.x1 + (s.row.low ?? 0),
          x2: 'x2',
          y: (s: Segment) => y(s) + barHeight / 2,
          className: `${QUALIFIER_CLASS.range} l-${KIND[kind].colour}`,
        });
        return [...rects, range];
      }),
      Plot.ruleX(segments, { x: 'x1', y1: labelY, y2: y, className: 'leader l-context', dx: 0.5 }),
      ...kinds.flatMap((kind) => [
        Plot.text(
          segments.filter((s) => s.row.kind === kind && !anchorEnd(s)),
          {
            x: 'x1',
            y: labelY,
            dx: 4,
            dy: -4,
            text: labelText,
            textAnchor: 'start',
            fontSize: FONT.small,
            className: `t-${KIND[kind].colour} halo`,
          },
        ),
        Plot.text(
          segments.filter((s) => s.row.kind === kind && anchorEnd(s)),
          {
            x: 'x1',
            y: labelY,
            dx: -4,
            dy: -4,
            text: labelText,
            textAnchor: 'end',
            fontSize: FONT.small,
            className: `t-${KIND[kind].colour} halo`,
          },
        ),
      ]),
    ],
  });
}

export const words = {
  title: 'The 50-million arithmetic',
  takeaway: (v: { total: string; rest: string; world: string }) =>
    `Take Azerbaijan’s population and the claimed diaspora from the official world total of ${v.total} and ${v.rest} are left — in the official arithmetic, Azerbaijanis at home beyond the republic, chiefly in Iran. The sum holds together; but encyclopaedias put all Azerbaijanis in the world at ${v.world}.`,
  description: {
    chart: (bars: readonly string[]) => `Two stacked horizontal bars. ${bars.join(' ')}`,
    bar: (bar: string, parts: readonly string[]) => `${bar}: ${parts.join(', then ')}.`,
    part: (part: string, figure: string, implied: boolean) => `${part} ${figure}${implied ? ' (implied, not stated by anyone)' : ''}`,
  },
  notes: [
    'The remainder is our subtraction, not a figure anyone stated. Iran’s Azerbaijanis, who would make up most of it, are counted by no census; neutral estimates of them are far lower.',
  ],
  key: { claim: 'claimed or implied by a claim', estimate: 'estimate', estimateCue: 'solid; a thick bar is a range' },
  rows: {
    official: (total: string) => `Official world total: ${total}`,
    abroad: 'Abroad (claimed)',
    rest: 'At home beyond the republic, chiefly Iran (implied)',
    encyclopaedic: 'Encyclopaedic world total',
    all: 'All Azerbaijanis',
  },
  axis: 'people →',
};

export const fiftyMillion: ChartSpec<FiftyMillionRow, typeof words> = {
  id: 'fifty-million',
  words,
  rows: ({ data, figures }) => {
    const get = (ref: string) => need(figures.get(ref), `figure "${ref}"`);
    const remainder = get('derived.fifty-million-remainder');
    const [world, home, abroad] = (remainder.from ?? []).map(get);
    if (!world || !home || !abroad) throw new Error('src/charts/fifty-million.ts: derived.fifty-million-remainder needs three inputs');
    const w = words.rows;
    const official = w.official(formatQuantity(world.quantity, 'people'));
    const homeKind = data.estimates.find((e) => `estimates.${e.id}` === home.ref)?.kind ?? 'claim';
    const encyclopaedic = need(
      data.estimates.find((e) => e.area === 'world' && isPeople(e)),
      'world estimate',
    );
    const row = (ref: string, bar: string, part: string, kind: Kind, quantity: Quantity, sources: readonly string[]): FiftyMillionRow => ({
      ref,
      bar,
      part,
      kind,
      ...flatten(quantity),
      sources: ids(sources),
    });
    const rest = remainder.quantity;
    if (rest.kind === 'range') throw new Error('src/charts/fifty-million.ts: the 50-million remainder must be a single number');
    return [
      row(home.ref, official, AREA_NAMES.AZ, homeKind, home.quantity, home.sources),
      row(abroad.ref, official, w.abroad, 'claim', abroad.quantity, abroad.sources),
      // Not said by anyone: what the claim leaves unaccounted for, hence "implied".
      row(remainder.ref, official, w.rest, 'claim', { kind: 'implied', value: rest.value }, remainder.sources),
      row(`estimates.${encyclopaedic.id}`, w.encyclopaedic, w.all, encyclopaedic.kind, encyclopaedic.value, encyclopaedic.sources),
    ];
  },
  columns: figureColumns<FiftyMillionRow>(
    [
      { key: 'bar', label: 'Total' },
      { key: 'part', label: 'Part' },
    ],
    [],
  ),
  key: (w) => [keyEntry('claim', w.key.claim), keyEntry('estimate', w.key.estimate, w.key.estimateCue)],
  takeaway: (rows, w) => {
    const rest = first(
      rows.filter((r) => r.qualifier === 'implied'),
      'remainder',
    );
    const world = first(
      rows.filter((r) => r.bar !== rows[0]?.bar),
      'encyclopaedic total',
    );
    const total = first(rows, 'official total').bar.replace(/^[^:]*: /, '');
    return w.takeaway({ total, rest: people(rest), world: people(world) });
  },
  description: (rows, w) => {
    const bars = [...new Set(rows.map((r) => r.bar))];
    return w.description.chart(
      bars.map((b) =>
        w.description.bar(
          b,
          rows.filter((r) => r.bar === b).map((r) => w.description.part(r.part, people(r), r.qualifier === 'implied')),
        ),
      ),
    );
  },
  notes: (_rows, w, { figures }) => {
    const rest = figures.get('derived.fifty-million-remainder');
    return [...(rest?.note ? [rest.note] : []), ...w.notes];
  },
  render,
};
