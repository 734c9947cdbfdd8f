import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { slugFromFileName } from '../lib/chapter-files.ts';
import { elementsNamed, type PropValue } from '../lib/mdx-tree.ts';

/** The props of a tag as written in the chapter, by name. */
export type TagProps = Readonly<Record<string, PropValue>>;

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

/** Does a tag set this prop (`by="…"`, `by={…}` or a bare `inline`)? */
export function hasProp(props: TagProps, prop: string): boolean {
  return prop in props;
}

/** Does a tag set this prop to exactly this string (`id="x"`, `id='x'` or `id={"x"}`)? */
export function hasPropValue(props: TagProps, prop: string, value: string): boolean {
  const given = props[prop];
  return given === value || (typeof given === 'object' && given.expression.trim() === JSON.stringify(value));
}

/** The line of the first `<component>` tag in a chapter file whose props pass `test`, if any. */
function lineOfTag(file: string, component: string, test: (props: TagProps) => boolean): number | undefined {
  try {
    return elementsNamed(readFileSync(join(process.cwd(), file), 'utf8'), component).find((t) => test(t.props))?.line;
  } catch {
    // A file that does not parse fails the build by itself; here that must not hide the component's error.
    return undefined;
  }
}

/**
 * `content/chapters/05-the-congress.mdx:12 (page /chapters/the-congress/)`: the file and the line
 * of the first `<component>` tag whose props pass `test` (the one that caused the error); the page
 * alone when it is not a chapter; no line when no tag matches. The chapter is read with the one MDX
 * parser (src/lib/mdx-tree.ts), so a tag in a code example is never taken for the one at fault.
 */
export function whereUsed(component: string, page: URL | string, test: (props: TagProps) => boolean = () => true, dir?: string): string {
  const path = typeof page === 'string' ? page : page.pathname;
  const file = chapterFileOf(page, dir);
  if (!file) return path;
  const line = lineOfTag(file, component, test);
  return `${file}${line ? `:${line}` : ''} (page ${path})`;
}
