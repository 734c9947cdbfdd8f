import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { PNG_FONT_FAMILY, PNG_FONT_FILES, svgToPng } from '../../../src/charts/lib/png';

/** A label in `family`, the way a standalone chart sets its text. */
const label = (family: string, weight = 400) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40"><rect width="240" height="40" fill="#fbf8f2"/>` +
  `<text x="8" y="28" font-family="${family}" font-size="20" font-weight="${weight}" fill="#1c1a17">Şəki 462 organisations</text></svg>`;

// The same chart must give the same PNG bytes on every machine: the renderer is given the
// project's font files and nothing from the system.
describe('chart PNGs use the project fonts only', () => {
  test('the font files ship with the project', () => {
    expect(PNG_FONT_FILES.length).toBeGreaterThan(0);
    for (const f of PNG_FONT_FILES) expect(existsSync(f), f).toBe(true);
  });

  test('text is drawn (a PNG without any font would be blank)', () => {
    const blank = svgToPng(label(PNG_FONT_FAMILY).replace(/<text[\s\S]*<\/text>/, ''));
    expect(svgToPng(label(PNG_FONT_FAMILY)).equals(blank)).toBe(false);
  });

  test('a system family in the CSS (DejaVu, Liberation, Arial) falls back to the project font, byte for byte', () => {
    const ours = svgToPng(label(PNG_FONT_FAMILY));
    for (const family of ['DejaVu Sans', 'Liberation Sans', 'Arial', 'sans-serif', 'serif']) {
      expect(svgToPng(label(family)).equals(ours), family).toBe(true);
    }
  });

  test('bold labels use the bold face, not a synthesised or system one', () => {
    expect(svgToPng(label(PNG_FONT_FAMILY, 700)).equals(svgToPng(label(PNG_FONT_FAMILY)))).toBe(false);
    expect(svgToPng(label('DejaVu Sans', 700)).equals(svgToPng(label(PNG_FONT_FAMILY, 700)))).toBe(true);
  });
});
