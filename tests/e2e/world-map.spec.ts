// The world map as a reader sees it, with the page's own styles, in light and dark mode, on a desk and
// on a phone: a count or estimate too small to draw to scale is a filled dot in its kind's colour —
// the colour the key's own dot of that kind has — never a hollow ring (a ring is a claim's mark); and
// the claim, a lower bound, carries visible arrows in the claim colour.
import { test, expect } from '@playwright/test';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme}`, () => {
    test.use({ colorScheme });

    // One visit per colour scheme; the window is resized to show the desk's drawing, then the phone's.
    test('at 1280 and 375 px, small marks are filled in their kind’s colour, as the key draws them; the claim’s arrows show', async ({
      page,
    }) => {
      await page.goto('/charts/');
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        const seen = await page.locator('#chart-world-map').evaluate((figure) => {
          const svg = [...figure.querySelectorAll<SVGSVGElement>('svg.chart')].find((s) => s.getBoundingClientRect().width > 0)!;
          /** The colour the key gives a colour family (its small-dot glyph draws one dot per count colour). */
          const keyColour = (family: string) => {
            const dot = figure.querySelector(`.chart-key circle.chart-key__glyph--${family}`);
            return dot ? getComputedStyle(dot).fill : 'no key dot';
          };
          const family = { 'k-census': 'census', 'k-estimate': 'estimate', 'k-migrant': 'migrant' } as Record<string, string>;
          const small = [...svg.querySelectorAll<SVGCircleElement>('.map-small circle')].map((c) => {
            const kind = [...c.parentElement!.classList].find((k) => k in family) ?? 'not a count';
            const style = getComputedStyle(c);
            return { kind, fill: style.fill, opacity: style.fillOpacity, key: keyColour(family[kind] ?? '') };
          });
          const arrows = [...svg.querySelectorAll<SVGPathElement>('.q-lower-bound.l-claim path')].map((p) => ({
            stroke: getComputedStyle(p).stroke,
            width: p.getBoundingClientRect().width,
          }));
          const claimRing = svg.querySelector('.k-claim circle');
          return { small, arrows, claim: claimRing ? getComputedStyle(claimRing).stroke : 'no claim ring' };
        });
        expect(seen.small.length, `${width} px`).toBeGreaterThan(3);
        for (const s of seen.small) {
          expect(s.kind).not.toBe('not a count');
          expect(s.fill, s.kind).toBe(s.key);
          expect(s.opacity).toBe('1');
        }
        expect(seen.arrows).toHaveLength(1);
        expect(seen.arrows[0]!.stroke).toBe(seen.claim);
        expect(seen.arrows[0]!.width).toBeGreaterThan(60);
      }
    });
  });
}
