/**
 * A chart's rows as a researcher downloads them (CSV and JSON): each row joined back to the dataset by
 * the `ref` of the record it draws, with that record's verification and note, one column per field,
 * a numeric `year` beside a `yearNote`, source ids joined as in the dataset, and the dataset version
 * and licence on every row. Pure: the chart, the dataset, the figure index and the release come in.
 */
import type { Dataset, Figure } from '../data/schemas/index.ts';
import { rowOrigins } from '../data/publish/provenance.ts';
import { LIST_SEPARATOR } from '../data/publish/columns.ts';
import type { ChartDefinition } from './lib/definition';
import type { Cell, Row } from './lib/types';

export interface DownloadColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface DownloadTable {
  columns: DownloadColumn[];
  rows: Row[];
}

export interface DownloadContext {
  data: Dataset;
  figures: ReadonlyMap<string, Figure>;
  version: string;
  licence: string;
}

/** Columns whose text merges two fields in the drawing; in the download each field gets its own column. */
const SPLIT: Readonly<Record<string, readonly DownloadColumn[]>> = {
  speaker: [
    { key: 'speaker', label: 'Said by' },
    { key: 'speakerId', label: 'Speaker id' },
    { key: 'speakerType', label: 'Speaker type' },
    { key: 'occasion', label: 'Where, on what occasion' },
    { key: 'statedOn', label: 'Said on' },
  ],
  context: [
    { key: 'speaker', label: 'Said by (claims)' },
    { key: 'speakerId', label: 'Speaker id' },
    { key: 'speakerType', label: 'Speaker type' },
    { key: 'occasion', label: 'Occasion or congress' },
    { key: 'place', label: 'Place (congresses)' },
  ],
};

/** The record behind a ref: its fields, for the split columns and the row's note. */
function recordOf(ref: string, data: Dataset): Record<string, unknown> | undefined {
  const [file, id] = ref.split('.');
  const list = (data as unknown as Record<string, readonly { id: string }[]>)[file ?? ''];
  return list?.find((r) => r.id === id) as Record<string, unknown> | undefined;
}

const dateText = (d: unknown): Cell => (d && typeof d === 'object' && 'start' in d ? String((d as { start: string }).start) : null);

/** A year cell as a number, and what it said when it was not one ("undated", "c. 2010", "various"). */
function splitYear(cell: Cell): { year: number | null; yearNote: string | null } {
  // A row with no year (null; 0 in older rows) is undated, and the note says so.
  if (cell === null || cell === 0) return { year: null, yearNote: 'undated' };
  if (typeof cell === 'number') return { year: cell, yearNote: null };
  if (cell !== null && /^\d{4}$/.test(cell)) return { year: Number(cell), yearNote: null };
  return { year: null, yearNote: cell };
}

/** The ref a row draws; throws naming the chart and row when it cannot be traced to exactly one record. */
function refOf(chart: ChartDefinition, row: Row, index: number, ctx: DownloadContext): { ref: string; figure?: Figure } {
  // One end of a range that stands for two disagreeing reports (`congresses.2006.countries.low`): the
  // chart names it; the figure is the range's.
  const drawnRef = String(chart.drawn[index]?.['ref'] ?? '');
  if (drawnRef && /\.(low|high)$/.test(drawnRef)) {
    const figure = ctx.figures.get(drawnRef.replace(/\.(low|high)$/, ''));
    return figure ? { ref: drawnRef, figure } : { ref: drawnRef };
  }
  const origins = rowOrigins(row, ctx.data, ctx.figures);
  // The same figure may be reachable as a record and as a derived figure with equal inputs: prefer the record.
  const refs = [...new Set(origins.map((o) => o.ref))];
  const best = refs.length > 1 ? refs.filter((r) => !r.startsWith('derived.')) : refs;
  if (best.length !== 1) {
    throw new Error(
      `src/charts/download-table.ts: row ${index + 1} of chart "${chart.id}" traces to ${best.length ? best.join(', ') : 'no record'}; a download row must name exactly one`,
    );
  }
  const ref = best[0]!;
  const figure = ctx.figures.get(ref);
  return figure ? { ref, figure } : { ref };
}

export function downloadTable(chart: ChartDefinition, ctx: DownloadContext): DownloadTable {
  // The row's own label first (as in the figure's table), then the ref that joins it to the dataset.
  const columns: DownloadColumn[] = [];
  for (const [i, c] of chart.columns.entries()) {
    if (i === 1) columns.push({ key: 'ref', label: 'Record ref' });
    if (c.key === 'sources') continue;
    if (c.key === 'year') columns.push({ key: 'year', label: 'Year', numeric: true }, { key: 'yearNote', label: 'Year, note' });
    else columns.push(...(SPLIT[c.key] ?? [{ key: c.key, label: c.label, ...(c.numeric ? { numeric: true } : {}) }]));
  }
  columns.push(
    { key: 'verification', label: 'Verification' },
    { key: 'note', label: 'Note' },
    { key: 'sources', label: 'Source ids' },
    { key: 'datasetVersion', label: 'Dataset version' },
    { key: 'licence', label: 'Licence' },
  );
  const keys = [...new Set(columns.map((c) => c.key))];
  const rows = chart.rows.map((row, i) => {
    const { ref, figure } = refOf(chart, row, i, ctx);
    const record = recordOf(ref, ctx.data);
    const out: Row = {};
    for (const key of keys) out[key] = null;
    for (const c of chart.columns) if (!SPLIT[c.key] && c.key !== 'year') out[c.key] = row[c.key] ?? null;
    if ('year' in row) Object.assign(out, splitYear(row['year'] ?? null));
    if ('speaker' in row || 'context' in row) {
      out['speaker'] = typeof record?.['speaker'] === 'string' ? record['speaker'] : null;
      out['occasion'] =
        typeof record?.['occasion'] === 'string' ? record['occasion'] : typeof record?.['name'] === 'string' ? record['name'] : null;
      const speaker = ctx.data.speakers.find((s) => s.id === record?.['speakerId']);
      out['speakerId'] = speaker?.id ?? null;
      out['speakerType'] = speaker?.type ?? null;
      if (keys.includes('statedOn')) out['statedOn'] = dateText(record?.['statedOn']);
      if (keys.includes('place')) out['place'] = typeof record?.['place'] === 'string' ? record['place'] : null;
    }
    out['ref'] = ref;
    out['verification'] = figure?.verification ?? (typeof record?.['verification'] === 'string' ? record['verification'] : null);
    const note = figure?.note ?? record?.['note'];
    out['note'] = typeof note === 'string' ? note : null;
    out['sources'] = String(row['sources'] ?? '')
      .split(/;\s*/)
      .filter(Boolean)
      .join(LIST_SEPARATOR);
    out['datasetVersion'] = ctx.version;
    out['licence'] = ctx.licence;
    return Object.fromEntries(keys.map((k) => [k, out[k] ?? null])) as Row;
  });
  return { columns: keys.map((k) => columns.find((c) => c.key === k)!), rows };
}
