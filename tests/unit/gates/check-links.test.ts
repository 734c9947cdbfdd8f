import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { checkLinks } from '../../../scripts/check-links.mjs';
import { sitePagePaths, fileForPath, normalizeBase } from '../../../scripts/lib/dist.mjs';

const site = join('tests', 'fixtures', 'gates', 'links-site');

describe('links gate', () => {
  const problems = checkLinks(site, { basePath: '/base/', site: 'https://example.org' });
  const broken = problems.map((p) => `${p.file} ${p.url}`);

  it('fails on a link to a missing anchor', () => {
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'index.html', url: '/base/chapters/one/#missing', problem: expect.stringContaining('id="missing"') }),
    );
  });

  it.each([
    ['a missing page', '/base/chapters/two/'],
    ['a page link without its trailing slash', '/base/chapters/one'],
    ['a link that ignores the base path', '/chapters/one/'],
    ['a missing image', '/base/_astro/missing.png'],
  ])('fails on %s', (_what, url) => {
    expect(broken).toContain(`index.html ${url}`);
  });

  it('fails on a missing asset referenced from CSS', () => {
    expect(broken).toContain('_astro/site.css missing-paper.png');
  });

  it('accepts good links: anchors, relative paths, the canonical URL on the site origin, other sites', () => {
    expect(problems).toHaveLength(6);
  });
});

describe('site helpers', () => {
  it.each([
    ['/', '/'],
    ['/diaspora', '/diaspora/'],
    ['diaspora/', '/diaspora/'],
  ])('normalizes base %s to %s', (input, out) => expect(normalizeBase(input)).toBe(out));

  it('maps URL paths to dist files under a base path', () => {
    expect(fileForPath('/diaspora/', '/diaspora/')).toBe('index.html');
    expect(fileForPath('/diaspora/chapters/x/', '/diaspora/')).toBe('chapters/x/index.html');
    expect(fileForPath('/other/', '/diaspora/')).toBeNull();
  });

  it('throws a clear error when there is no sitemap', () => {
    expect(() => sitePagePaths(site, '/base/')).toThrow(/sitemap-index\.xml is missing/);
  });
});
