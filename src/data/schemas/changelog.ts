import { z } from 'zod';

/** What a change did to the data: `corrected` marks a fix of a wrong value, date or source. */
export const ChangeTypeSchema = z.enum(['added', 'changed', 'corrected', 'removed']);
export type ChangeType = z.infer<typeof ChangeTypeSchema>;

/** One change in a release: what happened to which records. */
export const ChangeSchema = z.strictObject({
  /** Kind of change. */
  type: ChangeTypeSchema,
  /** Data file without `.json`, e.g. `estimates`. */
  file: z.string().regex(/^[a-z]+$/),
  /** Ids of the records touched; omit for a whole file. */
  records: z.array(z.string()).optional(),
  /** What changed and why, in one or two sentences (name the source of a corrected figure). */
  description: z.string().min(10),
});
export type Change = z.infer<typeof ChangeSchema>;

/** One release of the dataset, in data/changelog.json (newest first). */
export const ReleaseSchema = z.strictObject({
  /** Semantic version: major for removed or renamed ids, minor for added records, patch for corrections. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'must be a version like 1.2.0' }),
  /** Release date, ISO `YYYY-MM-DD`. Written by hand: builds never read the clock. */
  date: z.iso.date(),
  /** One line on the release. */
  summary: z.string().min(10),
  /** The changes, at least one. */
  changes: z.array(ChangeSchema).min(1),
});
export type Release = z.infer<typeof ReleaseSchema>;

/** The whole changelog: at least one release, newest first. */
export const ChangelogSchema = z.array(ReleaseSchema).min(1);
