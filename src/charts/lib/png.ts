/**
 * PNG downloads, rasterised at build time with resvg. resvg cannot read the woff2 files the site
 * self-hosts, so labels use the machine's sans-serif faces (STANDALONE_FONTS lists them; Liberation Sans or
 * DejaVu Sans on Debian). With no system font at all resvg draws no text: the e2e test checks that the
 * PNG carries labels (its size), and the Debian image this builds on has both faces.
 */
import { Resvg } from '@resvg/resvg-js';

/** Rasterises a standalone SVG at 2× for sharp labels. */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'Liberation Sans' },
  });
  const image = resvg.render();
  return Buffer.from(image.asPng());
}
