/**
 * What a chart file needs to stand alone (SVG and PNG downloads): the chart rules of charts.css with
 * every `var(--x)` replaced by its light-mode value from global.css. Both stylesheets are passed in
 * (src/charts/downloads.ts imports them `?raw`; tests read the files), so the palette is defined once, in global.css.
 */

/**
 * The font stack of standalone files: the site's sans first — the PNG rasteriser is given it as TTF
 * files and no system font (png.ts) — then common sans faces for whoever opens the SVG without it.
 */
export const STANDALONE_FONTS = "'Source Sans 3', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

/** The light palette: custom properties declared in the first `:root {…}` block of global.css. */
export function lightPalette(globalCss: string): Map<string, string> {
  const block = /:root\s*\{([\s\S]*?)\n\}/.exec(globalCss)?.[1] ?? '';
  const vars = new Map<string, string>();
  for (const m of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars.set(m[1]!, m[2]!.trim());
  return vars;
}

/** The SVG rules of charts.css (between the svg-rules markers) with literal colours and fonts. */
export function standaloneCss(chartsCss: string, globalCss: string): string {
  const rules = /svg-rules:start[^\n]*\n([\s\S]*?)\/\* svg-rules:end/.exec(chartsCss)?.[1];
  if (!rules) throw new Error('charts.css: the svg-rules:start / svg-rules:end markers are missing');
  const palette = lightPalette(globalCss);
  palette.set('--sans', STANDALONE_FONTS);
  const literal = rules.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
    const value = palette.get(name);
    if (value === undefined) throw new Error(`charts.css uses ${name}, which global.css :root does not define`);
    return value;
  });
  return literal
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The paper colour standalone files are drawn on. */
export function paperColour(globalCss: string): string {
  return lightPalette(globalCss).get('--paper') ?? '#ffffff';
}
