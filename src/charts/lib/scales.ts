/** Tick helpers shared by the charts (Plot's defaults crowd a log axis and a phone-width axis). */

/** 1 000, 10 000, … up to `max`: the only ticks a log axis of people needs. */
export function powersOfTen(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let t = min; t <= max; t *= 10) ticks.push(t);
  return ticks;
}

/** Round-number ticks from 0 up to the first one at or above `max` (about `count` steps). */
export function niceTicks(max: number, count: number): number[] {
  const rough = max / count;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let t = 0; ticks.length === 0 || ticks[ticks.length - 1]! < max; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}
