import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cardSvg, type CardText } from './og-card';

/**
 * A social card as PNG, for both editions' card endpoints. resvg reads TTF/OTF, not the site's
 * woff2, so the card uses the same families from the @expo-google-fonts packages (static TTFs,
 * Latin and Cyrillic); system fonts are not loaded, so the image is the same on every machine.
 */
const require = createRequire(join(process.cwd(), 'package.json'));
const FONT_FILES = [
  '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
  '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
  '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
  '@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf',
].map((f) => require.resolve(f));

export function cardPng(card: CardText): Uint8Array<ArrayBuffer> {
  const png = new Resvg(cardSvg(card), {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Source Serif 4' },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
