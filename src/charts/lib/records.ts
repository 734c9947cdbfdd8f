/**
 * Reading the dataset for chart rows: the helpers every chart's `rows` function shares.
 */
import type { Dataset, Estimate, Figure } from '../../data/schemas/index.ts';

/** The dataset's figures (records' quantities and derived figures) by ref. */
export type Figures = ReadonlyMap<string, Figure>;

/** What a chart's rows are read from: the parsed dataset and its figures. */
export interface ChartInput {
  data: Dataset;
  figures: Figures;
}

/** Source ids as a row carries them: one cell, "; "-separated. */
export const ids = (sources: readonly string[]): string => sources.join('; ');

/** A count of Azerbaijanis (not of a whole population, not of organisations). */
export const isPeople = (e: Estimate): boolean => e.unit === 'people' && e.group === 'azerbaijanis';

/** The value, or an editor-grade error naming what the dataset lacks. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`src/charts: the dataset has no ${what}`);
  return value;
}
