import { defineConfig, devices } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4329);
const executablePath: string | null = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found for e2e. Run `npm test` (it installs one) or set CHROMIUM_PATH.');
}

/** e2e runs against the built site (`dist/`), served the way a static host would. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    javaScriptEnabled: true,
    // Readers who ask for reduced motion get instant jumps instead of smooth scrolling (global.css);
    // the tests ask too, so a click on a contents or footnote link does not wait out an animation.
    reducedMotion: 'reduce',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
