/**
 * The standalone SVG behind the SVG and PNG downloads: the wide drawing with the page's chart rules
 * inlined in light-mode colours. Stylesheets come in as text so the palette stays in global.css.
 */
import chartsCss from '../styles/charts.css?raw';
import globalCss from '../styles/global.css?raw';
import { chartSvg, type ChartDefinition } from './lib/definition';
import { standaloneCss, paperColour } from './lib/standalone';
import { standaloneSvg } from './lib/svg';

const css = standaloneCss(chartsCss, globalCss);
const paper = paperColour(globalCss);

export function standaloneChart(chart: ChartDefinition): string {
  return standaloneSvg(chartSvg(chart, 'wide'), css, paper);
}
