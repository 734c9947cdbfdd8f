// The rows a chart draws, as JSON, with the chart's title, columns, sources and notes, the dataset
// version and licence, and how to cite it; each row names the record it draws by `ref`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, chartById } from '../../charts/registry';
import { chartDownload } from '../../charts/chart-download';
import { release } from '../../data/load.ts';
import { LICENCE } from '../../data/publish/datapackage.ts';
import { siteUrls } from '../../data/publish/release.ts';

export const getStaticPaths = (() => charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = chartById(params.id ?? '');
  const { columns, rows } = chartDownload(chart);
  const urls = siteUrls();
  const body = {
    id: chart.id,
    title: chart.title,
    /** The finding, as the chart's headline states it. */
    headline: chart.headline,
    takeaway: chart.takeaway,
    description: chart.description,
    datasetVersion: release.version,
    licence: LICENCE,
    dataset: urls.versionedZip,
    url: new URL(`charts/#chart-${chart.id}`, urls.site).href,
    listSeparator: ';',
    columns,
    rows,
    sources: chart.sources,
    notes: chart.notes,
    /** Each row's own caveat, keyed by the ref of the record it draws. */
    rowNotes: Object.fromEntries(rows.flatMap((r) => (r['note'] ? [[String(r['ref']), r['note']]] : []))),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
