/**
 * The layout two charts share: one line per row, a figure (dot, range or bound) on a value axis,
 * its label beside it. Wide: row names on the left. Narrow (phone): names above each line, so the
 * value axis keeps the whole width.
 */
import { Plot, plotToSvg } from './dom';
import { fonts, type ChartSize } from './grammar';
import { KIND } from './grammar';
import { figureMarks, labelMarks, reach, tagRows, type FigureMark } from './marks';

export interface RowPlotOptions<R extends FigureMark> {
  /** The row name (a place, a congress…). Unique per row. */
  name: (r: R) => string;
  /** The words beside the mark at this size. */
  label: (r: R, wide: boolean) => string;
  scale: { type: 'log' | 'linear'; domain: [number, number]; ticks: number[]; format: (n: number) => string; label: string };
  /** Where a lower bound's arrow ends, in value units. */
  boundTo: (v: number) => number;
  /** Stems from the axis start to each counted point (lollipops; claims float without one). */
  stems?: boolean;
  /** Width of the name column in the wide layout. */
  nameWidth: number;
  /** Height of a row in px (default 30 wide, 46 narrow): more room for an annotation between rows. */
  rowHeight?: number;
  /** Annotations in the chart's own units (x: value, y: row name), drawn over the marks: brackets, callouts. */
  annotations?: (wide: boolean) => Plot.Markish[];
  /**
   * The label of a row whose figure lies below the axis start: such a row gets an arrow pointing
   * off the scale at the axis start instead of a mark, and this label ("29 census · off scale").
   */
  offScale?: (r: R, label: string) => string;
}

export function rowPlot<R extends FigureMark>(rows: readonly R[], size: ChartSize, o: RowPlotOptions<R>): string {
  const FONT = fonts(size);
  const wide = size.variant === 'wide';
  const rowHeight = o.rowHeight ?? (wide ? 30 : 46);
  // Room below the axis for its tick labels and, under them, the axis title (they must not touch).
  const [top, bottom] = [wide ? 16 : 28, 50];
  const { type, domain, ticks, format } = o.scale;
  const marginLeft = wide ? o.nameWidth : 22;
  const marginRight = 14;
  const plotWidth = size.width - marginLeft - marginRight;
  // Labels go right of the mark, or left of it when the mark's right end is far along the axis.
  const pos = (v: number) =>
    type === 'log' ? Math.log(v / domain[0]) / Math.log(domain[1] / domain[0]) : (v - domain[0]) / (domain[1] - domain[0]);
  const rightEnd = (r: R) => (r.qualifier === 'moreThan' ? o.boundTo(r.value ?? 0) : reach(r));
  const labelRoom = (r: R) => o.label(r, wide).length * FONT.small * 0.58 + 16;
  const fitsRight = (r: R) => (1 - pos(rightEnd(r))) * plotWidth > labelRoom(r);
  // A figure below the axis start has no place on it: an arrow at the start points off the scale.
  const below = rows.filter((r) => reach(r) < domain[0]);
  const onScale = rows.filter((r) => !below.includes(r));
  const onRight = onScale.filter(fitsRight);
  const onLeft = onScale.filter((r) => !fitsRight(r));
  const text = (r: R) => o.label(r, wide);
  const offStart = type === 'log' ? domain[0] * (domain[1] / domain[0]) ** 0.06 : domain[0] + (domain[1] - domain[0]) * 0.06;
  return plotToSvg({
    width: size.width,
    height: top + bottom + rows.length * rowHeight,
    marginTop: top,
    marginBottom: bottom,
    marginLeft,
    marginRight,
    x: { type, domain, label: null },
    // insetBottom: the last row's label keeps clear of the axis's tick labels.
    y: { domain: rows.map(o.name), label: null, padding: wide ? 0.4 : 0.1, align: 1, axis: null, insetBottom: 10 },
    marks: [
      Plot.gridX(ticks, { className: 'grid', strokeOpacity: 1 }),
      Plot.axisX(ticks, { className: 'axis', tickFormat: format, label: o.scale.label, labelAnchor: 'right', labelOffset: 40 }),
      wide
        ? Plot.axisY({ className: 'axis axis--names', tickSize: 0, fontSize: FONT.label })
        : Plot.text(rows, {
            y: o.name,
            text: o.name,
            frameAnchor: 'left',
            dx: -16,
            // Above the row's line, clear of its mark and label (names are a point larger).
            dy: -21,
            textAnchor: 'start',
            fontSize: FONT.label,
            fontWeight: 600,
            className: 'names',
          }),
      o.stems
        ? Plot.ruleY(
            rows.filter((r) => r.value !== null && r.kind !== 'claim'),
            { y: o.name, x1: domain[0], x2: (r: R) => r.value, className: 'stem l-context' },
          )
        : null,
      ...figureMarks(onScale, { valueAxis: 'x', at: o.name, boundTo: o.boundTo }),
      ...labelMarks(onRight, { x: rightEnd, y: o.name, text, dx: 12, textAnchor: 'start', fontSize: FONT.small }),
      ...labelMarks(onLeft, { x: (r: R) => r.low ?? r.value, y: o.name, text, dx: -12, textAnchor: 'end', fontSize: FONT.small }),
      ...[...new Set(below.map((r) => r.kind))].map((kind) => {
        const these = below.filter((r) => r.kind === kind);
        return Plot.arrow(these, {
          x1: offStart,
          x2: domain[0],
          y1: o.name,
          y2: o.name,
          headLength: 8,
          className: `q-off-scale l-${KIND[kind].colour}`,
          render: tagRows(these),
        });
      }),
      ...labelMarks(below, {
        x: offStart,
        y: o.name,
        text: (r: R) => (o.offScale ? o.offScale(r, text(r)) : text(r)),
        dx: 8,
        textAnchor: 'start',
        fontSize: FONT.small,
      }),
      ...(o.annotations?.(wide) ?? []),
    ],
  });
}
