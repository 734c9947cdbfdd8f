import { z } from 'astro/zod';

/**
 * Frontmatter of a chapter in content/chapters/*.mdx. Unknown keys are refused. The content
 * collection (src/content.config.ts) validates with it, and so do check:data and the copy desk
 * (src/editorial/frontmatter-check.ts), which run on plain Node and cannot import `astro:content`: hence
 * its own module rather than a place inside content.config.ts.
 */
export const ChapterSchema = z.strictObject({
  /** The chapter's headline, shown as its only <h1> and in the contents. */
  title: z.string().min(3),
  /** One-sentence standfirst under the title and on the cover. */
  dek: z.string().min(10).max(300),
  /** Position in the story: 0 is the introduction. Unique across chapters. */
  order: z.number().int().min(0),
  /** Drafts show in `npm run dev` with a banner and are left out of the build. */
  draft: z.boolean().default(false),
  /** Short label for navigation when the title is long. */
  shortTitle: z.string().optional(),
  /** Meta description for search engines and link previews; defaults to the dek. */
  description: z.string().max(200).optional(),
  /** Credit line under the dek; defaults to “After the reporting of” the original author. Set it for chapters that are our own reporting. */
  byline: z.string().min(3).max(120).optional(),
  /** The figure the cover shows beside this chapter in the contents: a number ref as in `<Num id>`. */
  keyFigure: z.string().optional(),
});

export type Chapter = z.infer<typeof ChapterSchema>;
