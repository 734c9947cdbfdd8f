// A Russian chart's download as JSON: its title, takeaway, description, notes and column headers in
// Russian; the rows are the same, language-neutral rows as the English download (/charts/<id>.json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartsRu } from '../../../charts/registry';
import { chartDownload } from '../../../charts/chart-download';
import { release } from '../../../data/load.ts';
import { LICENCE } from '../../../data/publish/datapackage.ts';
import { siteUrls } from '../../../data/publish/release.ts';
import { localePath } from '../../../i18n/index';
import { russianColumnLabel } from '../../../i18n/tables.ru';
import { publisherLabel } from '../../../i18n/publishers.ru';

export const getStaticPaths = (() => chartsRu.map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: (typeof chartsRu)[number] };
  const { columns, rows } = chartDownload(chart);
  const urls = siteUrls();
  const body = {
    id: chart.id,
    language: 'ru',
    title: chart.title,
    /** The finding, as the chart's headline states it. */
    headline: chart.headline,
    takeaway: chart.takeaway,
    description: chart.description,
    datasetVersion: release.version,
    licence: LICENCE,
    dataset: urls.versionedZip,
    url: new URL(`${localePath('charts/', 'ru')}#chart-${chart.id}`, urls.site).href,
    listSeparator: ';',
    columns: columns.map((c) => ({
      ...c,
      label: chart.columns.some((own) => own.key === c.key) ? russianColumnLabel(c.key, c.label) : c.label,
    })),
    rows,
    sources: chart.sources.map((s) => ({ ...s, publisher: publisherLabel(s.publisher, 'ru') })),
    notes: chart.notes,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
