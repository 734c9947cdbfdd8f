import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { ChapterSchema } from './lib/chapter-schema';
import { frontmatterProblems, frontmatterLine } from './editorial/frontmatter-check';

const CHAPTERS = './content/chapters';

/**
 * Chapters live outside src/ so editors find them at the top of the project. Before Astro reads
 * them, their frontmatter is checked by src/editorial/frontmatter-check.ts, so a mistake stops the build
 * with the file, the line, the field and the fix (the same words as check:data), instead of
 * Astro's YAML or schema error at `…mdx:0:0`.
 */
const globbed = glob({ base: CHAPTERS, pattern: '**/*.mdx' });
const checkedChapters: Loader = {
  ...globbed,
  name: 'chapters',
  async load(context) {
    const files = readdirSync(CHAPTERS)
      .filter((f) => f.endsWith('.mdx'))
      .sort();
    const lines = files.flatMap((f) =>
      frontmatterProblems(readFileSync(`${CHAPTERS}/${f}`, 'utf8')).map((p) => frontmatterLine(`content/chapters/${f}`, p)),
    );
    if (lines.length) {
      const error = new Error(
        `${lines.length === 1 ? 'A frontmatter mistake' : `${lines.length} frontmatter mistakes`}:\n${lines.map((l) => `  ${l}`).join('\n')}\nSee content/EDITING.md, "Frontmatter".`,
      );
      error.stack = ''; // the message says where; the loader's own stack is not the editor's business
      throw error;
    }
    return globbed.load(context);
  },
};

const chapters = defineCollection({ loader: checkedChapters, schema: ChapterSchema });

/**
 * The Russian edition: content/ru/chapters/<same file name as the English>.mdx, same schema.
 * Its numbers must match the English counterpart's (src/lib/parity.ts).
 */
const chaptersRu = defineCollection({
  loader: glob({ base: './content/ru/chapters', pattern: '**/*.mdx' }),
  schema: ChapterSchema,
});

export const collections = { chapters, chaptersRu };
