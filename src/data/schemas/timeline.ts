import { z } from 'zod';
import { ChapterSlugSchema, DateSpecSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema } from './common.ts';

/** Lanes of the timeline chart. */
export const TrackSchema = z.enum(['stateInstitutions', 'congresses', 'russia', 'conflict', 'law']);
export type Track = z.infer<typeof TrackSchema>;

/** One entry of data/timeline.json, described (for the data dictionary, datapackage.json and the JSON Schema) below. */
export const TimelineEventSchema = z.strictObject({
  id: IdSchema.describe('Stable id `<date>-<slug>`, e.g. `2002-07-05-state-committee`.'),
  date: DateSpecSchema.describe('When it happened, as precise as the sources allow.'),
  title: z.string().min(3).max(90).describe('Short label for the chart, in our own words.'),
  description: z.string().min(10).optional().describe('One or two sentences of context, in our own words.'),
  track: TrackSchema.describe('Timeline lane.'),
  chapter: ChapterSlugSchema.optional().describe('Slug of the chapter that tells this part of the story, where one does.'),
  milestone: z.boolean().optional().describe('A turning point the story rests on: labelled and drawn larger on the timeline (at most six are).'),
  sources: SourceIdsSchema.describe('Ids in data/sources.json.'),
  verification: VerificationSchema.describe('Verification level carried from research/facts.md.'),
  fact: z.string().optional().describe('Row id in research/facts.md, for traceability.'),
  note: NoteSchema.describe('Caveats, including competing dates.'),
})
  .describe('A dated event of the diaspora-building project, 1969–2025.');
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
