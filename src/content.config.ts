import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapterSchema } from './schemas/chapter';

/** Chapters live outside src/ so editors find them at the top of the project. */
const chapters = defineCollection({
  loader: glob({ base: './content/chapters', pattern: '**/*.mdx' }),
  schema: ChapterSchema,
});

export const collections = { chapters };
