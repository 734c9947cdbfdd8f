/**
 * The layout two charts share: figures over time (x = date, y = value), a connecting line through the
 * points that are counts of the same thing, and labels beside the marks. Labels go right of a mark,
 * or left of it near the right edge or when the row asks for it.
 */
import { Plot, plotToSvg } from './dom';
import { fonts, type ChartSize } from './grammar';
import { figureMarks, labelMarks, type FigureMark } from './marks';
import { niceTicks } from './scales';

export type Place = 'left' | 'right' | 'above' | 'below';

export interface TimePlotOptions<R extends FigureMark> {
  date: (r: R) => Date;
  label: (r: R, wide: boolean) => string;
  /** Where a row's label goes relative to its mark, so neighbouring labels do not collide. */
  place: (r: R, wide: boolean) => Place;
  /** Rows joined by a line (a series of the same measure), in date order; null draws none. */
  series: ((r: R) => string | null) | null;
  yMax: number;
  yFormat: (n: number) => string;
  yLabel: string;
  xDomain: [Date, Date];
  boundTo: (v: number) => number;
  extra?: Plot.Markish[];
  /** Drawing height, px, when the chart needs less than the default (420 wide, 400 on a phone). */
  height?: { wide: number; narrow: number };
}

export function timePlot<R extends FigureMark>(rows: readonly R[], size: ChartSize, o: TimePlotOptions<R>): string {
  const FONT = fonts(size);
  const wide = size.variant === 'wide';
  const yTicks = niceTicks(o.yMax, wide ? 5 : 4);
  const [y0, y1] = [o.xDomain[0].getUTCFullYear(), o.xDomain[1].getUTCFullYear()];
  const step = wide ? 2 : 5;
  const xTicks: Date[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) xTicks.push(new Date(Date.UTC(y, 0, 1)));
  const text = (r: R) => o.label(r, wide);
  const lined = o.series ? rows.filter((r) => o.series!(r) !== null) : [];
  return plotToSvg({
    width: size.width,
    height: o.height ? o.height[size.variant] : wide ? 420 : 400,
    marginTop: 28,
    marginBottom: 36,
    marginLeft: wide ? 56 : 44,
    marginRight: wide ? 24 : 14,
    // Inset, so the first year's label clears the value axis's "0" at the corner.
    x: { type: 'utc', domain: o.xDomain, label: null, insetLeft: wide ? 16 : 12 },
    y: { domain: [0, yTicks[yTicks.length - 1]!], label: null },
    marks: [
      Plot.gridY(yTicks, { className: 'grid', strokeOpacity: 1 }),
      Plot.axisY(yTicks, { className: 'axis', tickFormat: o.yFormat, label: o.yLabel, labelAnchor: 'top', tickSize: 0 }),
      Plot.axisX(xTicks, { className: 'axis', tickFormat: (d: Date) => String(d.getUTCFullYear()) }),
      Plot.ruleY([0], { className: 'baseline' }),
      lined.length ? Plot.line(lined, { x: o.date, y: (r: R) => r.value, z: o.series!, className: 'series l-context' }) : null,
      ...(o.extra ?? []),
      ...figureMarks(rows, { valueAxis: 'y', at: o.date, boundTo: o.boundTo }),
      ...(['left', 'right', 'above', 'below'] as const).flatMap((place) => {
        const these = rows.filter((r) => o.place(r, wide) === place);
        const side = place === 'left' ? -10 : place === 'right' ? 10 : 0;
        const lift = place === 'above' ? -16 : place === 'below' ? 17 : 0;
        // Above/below: centred, except near an edge, where the label runs inwards.
        const edge = (r: R) => (+o.date(r) - +o.xDomain[0]) / (+o.xDomain[1] - +o.xDomain[0]);
        const groups = side
          ? [{ rows: these, anchor: side < 0 ? 'end' : 'start' } as const]
          : [
              { rows: these.filter((r) => edge(r) < 0.12), anchor: 'start' } as const,
              { rows: these.filter((r) => edge(r) >= 0.12 && edge(r) <= 0.85), anchor: 'middle' } as const,
              { rows: these.filter((r) => edge(r) > 0.85), anchor: 'end' } as const,
            ];
        return groups.flatMap((g) =>
          labelMarks(g.rows, {
            x: o.date,
            y: (r: R) => r.value ?? r.high,
            text,
            dx: side || (g.anchor === 'start' ? -6 : g.anchor === 'end' ? 6 : 0),
            dy: lift,
            textAnchor: g.anchor,
            fontSize: FONT.small,
            lineAnchor: 'middle',
          }),
        );
      }),
    ],
  });
}
