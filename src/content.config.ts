import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapterSchema } from './schemas/chapter';

/** Chapters live outside src/ so editors find them at the top of the project. */
const chapters = defineCollection({
  loader: glob({ base: './content/chapters', pattern: '**/*.mdx' }),
  schema: ChapterSchema,
});

/**
 * The Russian edition: content/ru/chapters/<same file name as the English>.mdx, same schema.
 * Its numbers must match the English counterpart's (src/lib/parity.ts).
 */
const chaptersRu = defineCollection({
  loader: glob({ base: './content/ru/chapters', pattern: '**/*.mdx' }),
  schema: ChapterSchema,
});

export const collections = { chapters, chaptersRu };
