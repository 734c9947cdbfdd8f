/**
 * The 50-million arithmetic: the official world total split into what it is made of — Azerbaijan's own
 * population, the claimed 10 million abroad, and the remainder the claim implies but never accounts
 * for — set beside the encyclopaedic world total.
 */
import type { Kind } from './lib/grammar';
import type { Quantity } from '../data/schemas/index.ts';
import { AREA_NAMES } from '../data/areas.ts';
import { formatNumbers, formatQuantity } from '../data/format.ts';
import type { ChartSpec } from './lib/definition';
import { figureColumns } from './lib/columns';
import { Plot, plotToSvg } from './lib/dom';
import { axisFormat, formatQualified, formatShort } from './lib/format';
import { figureLabel, flatten, reach, rowIndex, tagRows, type FigureMark } from './lib/marks';
import { edition, shown } from './lib/edition';
import { wrap } from './lib/text';
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
}

/** A segment's label, placed: its lines (wrapped to the room right of the segment's start) and baseline. */
interface Placed extends Segment {
  text: string;
  /** The baseline of the label's last line, px. */
  labelY: number;
}

export function render(rows: readonly FiftyMillionRow[], size: ChartSize, w: typeof words = words): string {
  const FONT = fonts(size);
  const wide = size.variant === 'wide';
  const [marginLeft, marginRight] = [14, 24];
  const plotWidth = size.width - marginLeft - marginRight;
  const bars = [...new Set(rows.map((r) => r.bar))];
  const segmentsOf = (bar: string): Segment[] => {
    let at = 0;
    return rows
      .filter((r) => r.bar === bar)
      .map((row) => {
        const x1 = at;
        at += row.value ?? row.low ?? 0;
        return { row, x1, x2: row.qualifier === 'range' ? x1 + (row.high ?? 0) : at };
      });
  };
  // One axis extent on every screen: the phone shows every other tick of the same scale.
  const allTicks = niceTicks(Math.max(...rows.map(reach), ...bars.flatMap((b) => segmentsOf(b).map((s) => s.x2))), 5);
  const max = allTicks[allTicks.length - 1]!;
  const fewer = niceTicks(max, 2);
  const ticks = wide ? allTicks : fewer[fewer.length - 1] === max ? fewer : allTicks.filter((_, i) => i % 2 === 0);
  const px = (v: number) => (v / max) * plotWidth;

  const lineHeight = FONT.small + 4;
  const barHeight = 26;
  const labelText = (s: Segment) =>
    // The part's name says "claimed" or "implied" already: the figure follows bare, and a count's kind in brackets.
    `${shown(s.row.part)}: ${s.row.qualifier === 'implied' ? formatShort(s.row.value ?? 0) : figureLabel(s.row)}${s.row.kind === 'claim' ? '' : ` (${shown(KIND[s.row.kind].label)})`}`;

  // Each bar: its name, then its labels stacked upwards from the bar (the last segment's nearest),
  // each starting at its segment with a leader down to it, so no leader crosses another label.
  const placed: Placed[] = [];
  const barY = new Map<string, number>();
  const nameY = new Map<string, number>();
  let y = 0;
  for (const bar of bars) {
    const segments = segmentsOf(bar);
    const wrapped = segments.map((s) => wrap(labelText(s), plotWidth - px(s.x1) - 6, FONT.small));
    const labelsHeight = wrapped.reduce((h, lines) => h + lines.length * lineHeight + 4, 0);
    nameY.set(bar, y + FONT.label);
    const top = y + FONT.label + 8;
    barY.set(bar, top + labelsHeight + 4);
    let bottom = top + labelsHeight;
    for (let i = segments.length - 1; i >= 0; i--) {
      placed.push({ ...segments[i]!, text: wrapped[i]!.join('\n'), labelY: bottom - 4 });
      bottom -= wrapped[i]!.length * lineHeight + 4;
    }
    y = barY.get(bar)! + barHeight + 28;
  }
  const axisAt = y - 14;
  const height = axisAt + 54;
  const yOf = (s: Segment) => barY.get(s.row.bar)!;
  const segments = placed;
  const solid = segments.map((s) => ({ ...s, x2: s.row.qualifier === 'range' ? s.x1 + (s.row.low ?? 0) : s.x2 }));
  // A segment stands for its row: its marks carry the row's data-row (tooltips read the table row).
  for (const s of [...segments, ...solid]) {
    const at = rowIndex.get(s.row);
    if (at !== undefined) rowIndex.set(s, at);
  }
  const ranges = segments.filter((s) => s.row.qualifier === 'range');
  const kinds = [...new Set(rows.map((r) => r.kind))];

  // The bracket: from the high end of the encyclopaedic range to the official total, labelled with the difference.
  const official = segmentsOf(bars[0]!);
  const total = official[official.length - 1]?.x2 ?? 0;
  const world = ranges.find((s) => s.row.bar !== bars[0]);
  const bracket = world
    ? {
        x1: world.x2,
        x2: total,
        y: yOf(world) + barHeight / 2,
        // The bracket spans the official total's lead over the estimates' high end: "at least" that much.
        text: w.gap(formatQualified('exact', total - (world.row.high ?? 0)), wide),
      }
    : null;

  return plotToSvg({
    width: size.width,
    height,
    marginTop: 0,
    marginBottom: height - axisAt,
    marginLeft,
    marginRight,
    x: { domain: [0, max], label: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.gridX(ticks, { className: 'grid', strokeOpacity: 1 }),
      Plot.axisX(ticks, {
        className: 'axis',
        tickFormat: axisFormat(ticks, edition()),
        label: w.axis,
        labelAnchor: 'right',
        labelOffset: 44,
      }),
      Plot.text(bars, {
        x: 0,
        y: (b: string) => nameY.get(b),
        text: (b: string) => shown(b),
        textAnchor: 'start',
        fontSize: FONT.label,
        fontWeight: 700,
        className: 'bar-names',
      }),
      ...kinds.flatMap((kind) => {
        const of = (s: Segment) => s.row.kind === kind;
        const rects = (['exact', 'about', 'moreThan', 'upTo', 'implied', 'range'] as const).map((q) => {
          const these = solid.filter((s) => of(s) && s.row.qualifier === q);
          return Plot.rect(these, {
            x1: 'x1',
            x2: 'x2',
            y1: yOf,
            y2: (s: Segment) => yOf(s) + barHeight,
            insetLeft: 1,
            className: `${KIND[kind].className} ${QUALIFIER_CLASS[q]}`,
            render: tagRows(these),
          });
        });
        // A range continues past its solid low end as a thick bar to its high end.
        const these = ranges.filter(of);
        const range = Plot.ruleY(these, {
          x1: (s: Segment) => s.x1 + (s.row.low ?? 0),
          x2: 'x2',
          y: (s: Segment) => yOf(s) + barHeight / 2,
          className: `${QUALIFIER_CLASS.range} l-${KIND[kind].colour}`,
          render: tagRows(these),
        });
        return [...rects, range];
      }),
      Plot.ruleX(segments, { x: 'x1', y1: (s: Placed) => s.labelY + 4, y2: yOf, className: 'leader l-context', dx: 0.5 }),
      ...kinds.map((kind) =>
        Plot.text(
          segments.filter((s) => s.row.kind === kind),
          {
            x: 'x1',
            y: 'labelY',
            dx: 4,
            text: 'text',
            textAnchor: 'start',
            lineAnchor: 'bottom',
            lineHeight: lineHeight / FONT.small,
            fontSize: FONT.small,
            className: `t-${KIND[kind].colour} halo`,
          },
        ),
      ),
      ...(bracket
        ? [
            Plot.link([bracket], { x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', markerStart: 'tick', markerEnd: 'tick', className: 'bracket' }),
            // Above the bracket, clear of the bar's range line and of the axis below.
            Plot.text([bracket], {
              x: (b: typeof bracket) => (b.x1 + b.x2) / 2,
              y: 'y',
              dy: -12,
              lineAnchor: 'bottom',
              text: 'text',
              fontSize: FONT.label,
              className: 'bracket-label halo',
            }),
          ]
        : []),
    ],
  });
}

export const words = {
  title: 'The 50-million arithmetic',
  /** "Encyclopaedias count 30–35 million Azerbaijanis, not the official 50 million". */
  headline: (v: { world: string; total: string }) => `Encyclopaedias estimate ${v.world} Azerbaijanis, not the official ${v.total}`,
  /** The bracket between the encyclopaedic range and the official total: how much more is claimed. */
  gap: (difference: string, wide: boolean) =>
    wide ? `at least ${difference} above the encyclopaedic estimates` : `+${difference} or more`,
  takeaway: (v: { rest: string }) => `Official sums leave ${v.rest} “at home”, chiefly in Iran.`,
  description: {
    chart: (bars: readonly string[]) => `Two stacked horizontal bars. ${bars.join(' ')}`,
    bar: (bar: string, parts: readonly string[]) => `${bar}: ${parts.join(', then ')}.`,
    part: (part: string, figure: string, implied: boolean) => `${part} ${figure}${implied ? ' (implied, not stated by anyone)' : ''}`,
  },
  notes: [
    'The remainder is our subtraction, not a figure anyone stated. Iran’s Azerbaijanis, who would make up most of it, are counted by no census; neutral estimates of them are far lower.',
  ],
  key: {
    claim: 'claimed or implied by a claim',
    claimCue: 'hollow, dashed',
    estimate: 'estimate',
    estimateCue: 'solid bar',
    range: 'range of estimates',
    rangeCue: 'solid to its low end, a thick line on to its high end',
  },
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
  key: (w) => [
    keyEntry('claim', w.key.claim, w.key.claimCue, 'dashed-box'),
    keyEntry('estimate', w.key.estimate, w.key.estimateCue, 'bar'),
    keyEntry('estimate', w.key.range, w.key.rangeCue, 'range'),
  ],
  headline: (rows, w) => {
    const world = first(
      rows.filter((r) => r.bar !== rows[0]?.bar),
      'encyclopaedic total',
    );
    // The official total as drawn: the sum of the official bar's parts.
    const total = rows.filter((r) => r.bar === rows[0]?.bar).reduce((sum, r) => sum + (r.value ?? r.low ?? 0), 0);
    const scaled = (values: number[]) => formatNumbers(values, 'auto', 'halfExpand', edition());
    return w.headline({
      world: world.qualifier === 'range' ? scaled([world.low ?? 0, world.high ?? 0]) : scaled([world.value ?? 0]),
      total: scaled([Math.round(total / 1e6) * 1e6]),
    });
  },
  takeaway: (rows, w) => {
    const rest = first(
      rows.filter((r) => r.qualifier === 'implied'),
      'remainder',
    );
    return w.takeaway({ rest: people(rest) });
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
