import { z } from 'zod';
import { ChapterSlugSchema, DateSpecSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema } from './common.ts';

/** Lanes of the timeline chart. */
export const TrackSchema = z.enum(['stateInstitutions', 'congresses', 'russia', 'conflict', 'law']);
export type Track = z.infer<typeof TrackSchema>;

/** One entry of data/timeline.json: a dated event of the diaspora-building project, 1969–2025. */
export const TimelineEventSchema = z.strictObject({
  /** Stable id `<date>-<slug>`, e.g. `2002-07-05-state-committee`. */
  id: IdSchema,
  /** When it happened, as precise as the sources allow. */
  date: DateSpecSchema,
  /** Short label for the chart, in our own words. */
  title: z.string().min(3).max(90),
  /** One or two sentences of context, in our own words. */
  description: z.string().min(10).optional(),
  /** Timeline lane. */
  track: TrackSchema,
  /** Slug of the chapter that tells this part of the story, where one does. */
  chapter: ChapterSlugSchema.optional(),
  /** A turning point the story rests on: labelled and drawn larger on the timeline (at most six are). */
  milestone: z.boolean().optional(),
  /** Ids in data/sources.json. */
  sources: SourceIdsSchema,
  /** Verification level carried from research/facts.md. */
  verification: VerificationSchema,
  /** Row id in research/facts.md, for traceability. */
  fact: z.string().optional(),
  /** Caveats, including competing dates. */
  note: NoteSchema,
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
