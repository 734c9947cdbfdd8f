/** A chart's download table wired to the loaded dataset and the current release (see download-table.ts). */
import { dataset, figures, release } from '../data/load.ts';
import { LICENCE } from '../data/publish/datapackage.ts';
import type { ChartDefinition } from './lib/definition';
import { downloadTable, type DownloadTable } from './download-table';
import { siteUrls } from '../data/publish/release.ts';
import type { Locale } from '../data/format.ts';
import { localePath } from '../i18n/index';
import { russianColumnLabel } from '../i18n/tables.ru';
import { publisherLabel } from '../i18n/publishers.ru';

/** The rows of a chart as its CSV and JSON downloads carry them, joined back to the dataset by ref. */
export function chartDownload(chart: ChartDefinition): DownloadTable {
  return downloadTable(chart, { data: dataset, figures, version: release.version, licence: LICENCE.name });
}

/**
 * A chart's JSON download in an edition: the same language-neutral rows, row notes and sources in
 * both, with the words (title, headline, takeaway, column headers, publishers) of the edition's figure.
 * One builder for /charts/<id>.json and /ru/charts/<id>.json, so the two cannot carry different fields.
 */
export function chartJson(chart: ChartDefinition, locale: Locale): string {
  const { columns, rows } = chartDownload(chart);
  const urls = siteUrls();
  const russian = locale === 'ru';
  const body = {
    id: chart.id,
    ...(russian ? { language: locale } : {}),
    title: chart.title,
    /** The finding, as the chart's headline states it. */
    headline: chart.headline,
    takeaway: chart.takeaway,
    description: chart.description,
    datasetVersion: release.version,
    licence: LICENCE,
    dataset: urls.versionedZip,
    url: new URL(`${localePath('charts/', locale)}#chart-${chart.id}`, urls.site).href,
    listSeparator: ';',
    // Headers of the chart's own columns in the edition's words; the release columns stay as published.
    columns: russian
      ? columns.map((c) => ({ ...c, label: chart.columns.some((own) => own.key === c.key) ? russianColumnLabel(c.key, c.label) : c.label }))
      : columns,
    rows,
    sources: russian ? chart.sources.map((s) => ({ ...s, publisher: publisherLabel(s.publisher, locale) })) : chart.sources,
    notes: chart.notes,
    /** Each row's own caveat, keyed by the ref of the record it draws. */
    rowNotes: Object.fromEntries(rows.flatMap((r) => (r['note'] ? [[String(r['ref']), r['note']]] : []))),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
