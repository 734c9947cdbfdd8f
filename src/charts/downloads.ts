/**
 * The standalone SVG behind the SVG and PNG downloads: the wide drawing with the page's chart rules
 * inlined in light-mode colours. Stylesheets come in as text so the palette stays in global.css.
 */
import chartsCss from '../styles/charts.css?raw';
import globalCss from '../styles/global.css?raw';
import { chartSvg, type ChartDefinition } from './lib/definition';
import { standaloneCss, paperColour } from './lib/standalone';
import { standaloneSvg } from './lib/svg';
import { withCredit } from './lib/credit';
import { SITE } from '../site';
import { BASE } from '../lib/paths';
import { release } from '../data/load.ts';

const css = standaloneCss(chartsCss, globalCss);
const paper = paperColour(globalCss);

/** The site's address for the credit line: the canonical origin (astro.config.mjs `site`). */
const siteAddress = new URL(BASE, import.meta.env.SITE).href;

/** The downloadable drawing: title above, sources, credit, licence and data version below. */
export function standaloneChart(chart: ChartDefinition): string {
  const publishers = [...new Set(chart.sources.map((s) => s.publisher))].join('; ');
  return withCredit(
    standaloneSvg(chartSvg(chart, 'wide'), css, paper),
    {
      title: chart.title,
      sources: `Source: ${publishers}.`,
      credit: `Chart: ${SITE.title}, ${siteAddress}charts/#chart-${chart.id} · Licence: CC BY 4.0 · Data version ${release.version} (${release.date})`,
    },
    paper,
  );
}
