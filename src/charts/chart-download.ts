/** A chart's download table wired to the loaded dataset and the current release (see download-table.ts). */
import { dataset, figures, release } from '../data/load.ts';
import { LICENCE } from '../data/publish/datapackage.ts';
import type { ChartDefinition } from './lib/definition';
import { downloadTable, type DownloadTable } from './download-table';

/** The rows of a chart as its CSV and JSON downloads carry them, joined back to the dataset by ref. */
export function chartDownload(chart: ChartDefinition): DownloadTable {
  return downloadTable(chart, { data: dataset, figures, version: release.version, licence: LICENCE.name });
}
