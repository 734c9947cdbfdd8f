/**
 * A problem in data/: which file, which record, which field, and why. Every check reports
 * problems this way so one message lists them all, in a form a human can act on:
 *   data/claims.json › abroad-10m › value.high: unknown field — remove it or check its spelling
 */
export interface Problem {
  /** Repository path of the file, e.g. `data/claims.json`. */
  file: string;
  /** The record's id, or `#<index>` when it has no usable id, or `(file)`. */
  record: string;
  /** Dotted path of the field inside the record, e.g. `value.high`, `sources[0]`. */
  field: string;
  /** What is wrong, phrased so the fix is clear. */
  reason: string;
}

export function problemLine(p: Problem): string {
  return `${p.file} › ${p.record} › ${p.field}: ${p.reason}`;
}

/** Thrown by the loader (and so by the build) when data/ has any problem. */
export class DataError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The dataset in data/ has ${count}:\n${problems.map((p) => `  ${problemLine(p)}`).join('\n')}`);
    this.name = 'DataError';
    this.stack = ''; // the message names every file, record and field; the loader's stack is not the editor's business
    this.problems = problems;
  }
}

/** `['value', 'high']` → `value.high`; `['sources', 0]` → `sources[0]`; `[]` → `(record)`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(record)';
}
