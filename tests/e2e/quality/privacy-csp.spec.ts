// Privacy and CSP gates: loading any page of the built site requests nothing from another
// origin, and logs no console error, uncaught exception or Content-Security-Policy violation.
import { test, expect } from '@playwright/test';
import { allPages, watchPage } from './gates';

for (const path of allPages()) {
  test(`privacy + CSP: ${path} stays on its origin, with no errors or CSP violations`, async ({ page, baseURL }) => {
    const watch = await watchPage(page, new URL(baseURL!).origin);
    await page.goto(path, { waitUntil: 'networkidle' });
    // Scroll to the end so lazily loaded images and fonts are requested too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(watch.foreign, 'requests to other origins').toEqual([]);
    expect(watch.errors, 'console errors and CSP violations').toEqual([]);
    // The policy itself is strict: everything from 'self' by default, no unsafe-* escape hatches.
    const csp = page.locator('meta[http-equiv="content-security-policy"]');
    await expect(csp).toHaveCount(1);
    const policy = (await csp.getAttribute('content')) ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/'unsafe-(inline|eval|hashes)'|\*/);
    // Compiling WebAssembly (not eval) is allowed only where Pagefind's search runs.
    if (policy.includes("'wasm-unsafe-eval'")) expect(path).toMatch(/\/search\/$/);
  });
}
