// Both editions' chapter files as the parity check reads them (src/lib/parity.ts), for the
// scripts that run outside the build: `npm run check:data`, `npm run copydesk`, `new:chapter`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isDraft, type ChapterSource } from '../../src/lib/parity.ts';

export const EDITION_DIRS = { en: 'content/chapters', ru: 'content/ru/chapters' } as const;

export function readEdition(root: URL, dir: string): ChapterSource[] {
  const url = new URL(`${dir}/`, root);
  if (!existsSync(url)) return [];
  return readdirSync(url)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const source = readFileSync(new URL(f, url), 'utf8');
      return { file: `${dir}/${f}`, source, draft: isDraft(source) };
    });
}
