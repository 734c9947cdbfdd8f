/** A cell of a download row: plain values only, so CSV and JSON carry exactly the same thing. */
export type Cell = string | number | null;

/** The row shape every chart's downloads share: a plain object, columns in a fixed order. */
export type Row = Record<string, Cell>;

/** Every chart's row: it keeps the ref of the record it draws (`estimates.…`, `derived.…`) and its sources. */
export type ChartRow = Row & { ref: string; sources: string };
