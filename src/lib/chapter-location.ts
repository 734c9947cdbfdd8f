import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { slugFromFileName } from './chapter-files.ts';

/**
 * Where a component was used, for error messages an editor can act on. A component only knows
 * the page it renders on (`Astro.url`); editors work in files, so we map the page back to its
 * chapter file and, when the tag can be found in it, the line.
 */
const CHAPTERS_DIR = join(process.cwd(), 'content', 'chapters');
/** The Russian edition's chapters, for pages under /ru/chapters/. */
const RU_CHAPTERS_DIR = join(process.cwd(), 'content', 'ru', 'chapters');
const dirOf = (path: string) => (/\/ru\/chapters\//.test(path) ? RU_CHAPTERS_DIR : CHAPTERS_DIR);

/** `/chapters/the-congress/` (under any base path) → `content/chapters/05-the-congress.mdx`, or undefined. */
export function chapterFileOf(page: URL | string, dir?: string): string | undefined {
  const path = typeof page === 'string' ? page : page.pathname;
  dir ??= dirOf(path);
  const slug = path.match(/\/chapters\/([^/]+)\/?$/)?.[1];
  if (!slug || !existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((f) => f.endsWith('.mdx') && slugFromFileName(f) === slug);
  return file && relative(process.cwd(), join(dir, file));
}

/** Each `<Name …>` opening tag in an MDX source, with the 1-based line it starts on. */
export function openingTags(source: string, name: string): { line: number; tag: string }[] {
  const tags: { line: number; tag: string }[] = [];
  const start = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  for (const m of source.matchAll(start)) {
    // Scan to the `>` that closes the tag, skipping quoted values and {expressions}.
    let i = m.index + m[0].length;
    let quote = '';
    let depth = 0;
    for (; i < source.length; i++) {
      const c = source[i];
      if (quote) quote = c === quote ? '' : quote;
      else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth <= 0) break;
    }
    tags.push({ line: source.slice(0, m.index).split('\n').length, tag: source.slice(m.index, i + 1) });
  }
  return tags;
}

/** Does an opening tag set this prop (`by="…"`, `by={…}` or a bare `inline`)? */
export function hasProp(tag: string, prop: string): boolean {
  return new RegExp(`\\s${prop}(\\s*=|[\\s/>])`).test(tag);
}

/** Does an opening tag set this prop to exactly this string? */
export function hasPropValue(tag: string, prop: string, value: string): boolean {
  return tag.includes(`${prop}="${value}"`) || tag.includes(`${prop}='${value}'`) || tag.includes(`${prop}={"${value}"}`);
}

/**
 * `content/chapters/05-the-congress.mdx:12 (page /chapters/the-congress/)`: the file and the line
 * of the first `<component>` tag that passes `test` (the one that caused the error); the page
 * alone when it is not a chapter; no line when no tag matches.
 */
export function whereUsed(component: string, page: URL | string, test: (tag: string) => boolean = () => true, dir?: string): string {
  const path = typeof page === 'string' ? page : page.pathname;
  const file = chapterFileOf(page, dir);
  if (!file) return path;
  const line = openingTags(readFileSync(join(process.cwd(), file), 'utf8'), component).find((t) => test(t.tag))?.line;
  return `${file}${line ? `:${line}` : ''} (page ${path})`;
}
