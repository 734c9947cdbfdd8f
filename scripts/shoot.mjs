// Screenshots for looking at what we make: `npm run shoot -- /chapters/introduction/ [more paths…]`
// against a running server (BASE_URL, default http://localhost:4321). Writes
// shots/<name>-<width>-<scheme>.png for 1280 px and 360 px, light and dark, full page.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { ensureChromium, CHROMIUM_ARGS } from './chromium.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const out = process.env.SHOTS_DIR ?? 'shots';
const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
for (const path of paths) {
  const name = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'cover';
  for (const width of [1280, 360]) {
    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(new URL(path.replace(/^\//, ''), base.replace(/\/?$/, '/')).href, { waitUntil: 'networkidle' });
      const file = `${out}/${name}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
