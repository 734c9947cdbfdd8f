/**
 * PNG downloads, rasterised at build time with resvg. resvg cannot read the woff2 files the site
 * self-hosts, so it is given the same family as static TTFs from @expo-google-fonts (as the social
 * cards are) and never the machine's system fonts: a chart's PNG is byte-identical on every machine.
 * Every label of a chart is set in the sans (`--sans` in charts.css), in the weights charts use.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The family every chart label is drawn in; standalone files list it first in their CSS. */
export const PNG_FONT_FAMILY = 'Source Sans 3';

// Resolved from the project root: the build bundles this module elsewhere, so its own URL is no guide.
const require = createRequire(join(process.cwd(), 'package.json'));

/** The TTF faces charts may use: regular, its italic, semibold and bold. */
export const PNG_FONT_FILES: readonly string[] = [
  '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  '@expo-google-fonts/source-sans-3/400Regular_Italic/SourceSans3_400Regular_Italic.ttf',
  '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
  '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
].map((f) => require.resolve(f));

/** Rasterises a standalone SVG at 2× for sharp labels, with the project's fonts only. */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: {
      fontFiles: [...PNG_FONT_FILES],
      loadSystemFonts: false,
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
      serifFamily: PNG_FONT_FAMILY,
      monospaceFamily: PNG_FONT_FAMILY,
    },
  });
  return Buffer.from(resvg.render().asPng());
}
