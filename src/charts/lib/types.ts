/** A cell of a download row: plain values only, so CSV and JSON carry exactly the same thing. */
export type Cell = string | number | null;

/** The row shape every chart's downloads share: a plain object, columns in a fixed order. */
export type Row = Record<string, Cell>;
