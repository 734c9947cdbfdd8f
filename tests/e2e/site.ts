// What the e2e tests know about the built site, read from dist/ and content/ rather than typed in.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPagePaths } from '../../scripts/lib/dist.mjs';
import { frontmatterOf } from '../../src/lib/chapter-files.ts';

const DIST = join(process.cwd(), process.env.OUT_DIR ?? 'dist');

/** Every page path the sitemap lists, e.g. `/chapters/introduction/`. */
export function sitemapPaths(): string[] {
  return sitemapPagePaths(DIST);
}

/** The built HTML of a sitemap page (`/chapters/introduction/` → dist/chapters/introduction/index.html). */
export function builtHtml(path: string): string {
  const base = process.env.BASE_PATH ?? '/';
  return readFileSync(join(DIST, path.slice(path.startsWith(base) ? base.length : 1), 'index.html'), 'utf8');
}

export interface ChapterFile {
  file: string;
  title: string;
  order: number;
  draft: boolean;
}

/** Published chapters of an edition (content/chapters, content/ru/chapters), in reading order (as an editor wrote them). */
export function publishedChapters(locale: 'en' | 'ru' = 'en'): ChapterFile[] {
  const dir = join(process.cwd(), 'content', ...(locale === 'ru' ? ['ru', 'chapters'] : ['chapters']));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const front = frontmatterOf(readFileSync(join(dir, file), 'utf8'));
      return { file, title: front['title'] ?? '', order: Number(front['order']), draft: front['draft'] === 'true' };
    })
    .filter((c) => !c.draft)
    .sort((a, b) => a.order - b.order);
}
