// `npm run new:chapter -- "Title" [--draft]`: creates content/chapters/<nn>-<slug>.mdx at the
// next free `order`, with valid frontmatter and a short commented template.
// `npm run new:chapter -- --lang ru <english file>`: creates the Russian counterpart
// content/ru/chapters/<same name>.mdx, a draft listing every record the English chapter cites.
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chapterTemplate } from '../src/editorial/chapter-template.mjs';
import { frontmatterOf, slugFromFileName } from '../src/lib/chapter-files.ts';

export const CHAPTERS_DIR = join(process.cwd(), 'content', 'chapters');

/** URL-safe slug; Azerbaijani letters that do not decompose (ə, ı) are mapped by hand, and
 *  apostrophes vanish ("can't" → "cant", not "can-t"). */
export function slugify(title) {
  return title
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/ə/g, 'e')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

/** The highest `order` in use, or -1 when there are no chapters. */
export function highestOrder(dir = CHAPTERS_DIR) {
  if (!existsSync(dir)) return -1;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => Number(frontmatterOf(readFileSync(join(dir, f), 'utf8')).order ?? -1))
    .reduce((a, b) => Math.max(a, b), -1);
}

export const template = chapterTemplate;

/** Creates the chapter file; returns its path. Throws with a message an editor can act on. */
export function createChapter(title, { draft = false, dir = CHAPTERS_DIR } = {}) {
  if (!title || !title.trim()) throw new Error('Give the chapter a title: npm run new:chapter -- "My title"');
  const slug = slugify(title);
  if (!slug) throw new Error(`Cannot make a file name from the title "${title}": use some letters or digits.`);
  mkdirSync(dir, { recursive: true });
  const taken = readdirSync(dir).find((f) => f.endsWith('.mdx') && slugFromFileName(f) === slug);
  if (taken) throw new Error(`A chapter with the address "${slug}" already exists: content/chapters/${taken}. Choose another title.`);
  const order = highestOrder(dir) + 1;
  const file = join(dir, `${String(order).padStart(2, '0')}-${slug}.mdx`);
  writeFileSync(file, template({ title: title.trim(), order, draft }));
  return file;
}

/**
 * Scaffolds the Russian counterpart of an English chapter (by path or file name); returns its path.
 * Loads the MDX tree helpers only here, so the English path stays dependency-free.
 */
export async function createTranslation(english, { root = process.cwd() } = {}) {
  if (!english) throw new Error('Name the English chapter: npm run new:chapter -- --lang ru content/chapters/08-after-the-congress.mdx');
  const name = basename(english);
  const source = join(root, 'content', 'chapters', name);
  if (!existsSync(source)) throw new Error(`No English chapter content/chapters/${name}: give the file name of an existing chapter.`);
  const dir = join(root, 'content', 'ru', 'chapters');
  const target = join(dir, name);
  if (existsSync(target)) throw new Error(`content/ru/chapters/${name} already exists: edit it rather than starting over.`);
  const { chapterRefs } = await import('../src/lib/parity.ts');
  const { translationTemplate } = await import('../src/editorial/translation-template.ts');
  const text = readFileSync(source, 'utf8');
  const field = (k) => text.match(new RegExp(`^${k}:\\s*(.+)$`, 'm'))?.[1]?.trim() ?? '';
  const title = field('title').replace(/^(["'])(.*)\1$/, '$2');
  mkdirSync(dir, { recursive: true });
  writeFileSync(target, translationTemplate({ file: `content/chapters/${name}`, title, order: Number(field('order')) }, chapterRefs(text)));
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args.includes('--lang')) {
    const lang = args[args.indexOf('--lang') + 1];
    if (lang !== 'ru') {
      console.error(`--lang ${lang ?? ''}: the only other edition is ru (npm run new:chapter -- --lang ru <english file>)`);
      process.exit(1);
    }
    try {
      const file = await createTranslation(args.filter((a, i) => a !== '--lang' && args[i - 1] !== '--lang')[0]);
      console.log(
        `Created ${file.replace(process.cwd() + '/', '')} (a draft). It lists the records the English chapter cites; the Russian text must cite exactly these.`,
      );
      console.log('Check it with `npm run check:data` and `npm run copydesk` (see "Translating a chapter" in content/EDITING.md).');
    } catch (err) {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    }
    process.exit(0);
  }
  const draft = args.includes('--draft');
  const title = args.filter((a) => a !== '--draft').join(' ');
  try {
    const file = createChapter(title, { draft });
    console.log(`Created ${file.replace(process.cwd() + '/', '')}${draft ? ' (draft: shown in `npm run dev` only)' : ''}.`);
    console.log(
      'Preview it with `npm run dev`; before publishing, check it with `npm run check:data`, `npm run copydesk` and `npm test` (see content/EDITING.md).',
    );
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
