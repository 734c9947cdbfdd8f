/**
 * The layout two charts share: one line per row, a figure (dot, range or bound) on a value axis,
 * its label beside it. Wide: row names on the left. Narrow (phone): names above each line, so the
 * value axis keeps the whole width.
 */
import { Plot, plotToSvg } from './dom';
import { fonts, type ChartSize } from './grammar';
import { figureMarks, labelMarks, reach, type FigureMark } from './marks';

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
}

export function rowPlot<R extends FigureMark>(rows: readonly R[], size: ChartSize, o: RowPlotOptions<R>): string {
  const FONT = fonts(size);
  const wide = size.variant === 'wide';
  const rowHeight = wide ? 30 : 46;
  const [top, bottom] = [wide ? 16 : 28, 40];
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
  const onRight = rows.filter(fitsRight);
  const onLeft = rows.filter((r) => !fitsRight(r));
  const text = (r: R) => o.label(r, wide);
  return plotToSvg({
    width: size.width,
    height: top + bottom + rows.length * rowHeight,
    marginTop: top,
    marginBottom: bottom,
    marginLeft,
    marginRight,
    x: { type, domain, label: null },
    y: { domain: rows.map(o.name), label: null, padding: wide ? 0.4 : 0.1, align: 1, axis: null },
    marks: [
      Plot.gridX(ticks, { className: 'grid', strokeOpacity: 1 }),
      Plot.axisX(ticks, { className: 'axis', tickFormat: format, label: o.scale.label, labelAnchor: 'right', labelOffset: 32 }),
      wide
        ? Plot.axisY({ className: 'axis axis--names', tickSize: 0, fontSize: FONT.label })
        : Plot.text(rows, {
            y: o.name,
            text: o.name,
            frameAnchor: 'left',
            dx: -16,
            dy: -17,
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
      ...figureMarks(rows, { valueAxis: 'x', at: o.name, boundTo: o.boundTo }),
      ...labelMarks(onRight, { x: rightEnd, y: o.name, text, dx: 12, textAnchor: 'start', fontSize: FONT.small }),
      ...labelMarks(onLeft, { x: (r: R) => r.low ?? r.value, y: o.name, text, dx: -12, textAnchor: 'end', fontSize: FONT.small }),
    ],
  });
}
