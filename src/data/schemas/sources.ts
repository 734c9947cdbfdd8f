import { z } from 'zod';
import { DateSpecSchema, IdSchema, NoteSchema } from './common.ts';

/**
 * What kind of publisher a source is. `stateMedia` and `official` are Azerbaijani or other
 * government outlets; `statistics` is a census or statistics office; `community` covers
 * newsletters, museums and blogs of a community; `foundation` is a political foundation or think-tank
 * (the Heinrich Böll Stiftung), neither academic nor an advocacy group.
 */
export const SourceKindSchema = z.enum([
  'article', 'official', 'stateMedia', 'media', 'statistics', 'internationalOrganisation',
  'academic', 'encyclopaedia', 'advocacy', 'legal', 'community', 'foundation',
]);
export type SourceKind = z.infer<typeof SourceKindSchema>;

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** One entry of data/sources.json: where figures and dates come from. */
export const SourceSchema = z.strictObject({
  /** Stable id, cited by every other dataset and used as the anchor on the Sources page. */
  id: IdSchema,
  /** Kind of publisher; see SourceKindSchema. */
  kind: SourceKindSchema,
  /** Who published it, e.g. "President.az" or "openDemocracy". */
  publisher: z.string().min(2),
  /** Title of the page, document or table, in its own language or translated in brackets. */
  title: z.string().min(2),
  /** Author or speaker credited by the source, when there is one. */
  author: z.string().min(2).optional(),
  /** Publication date, as precise as known. */
  date: DateSpecSchema.optional(),
  /** Where readers should go: the canonical page (en.wikipedia.org rather than a mirror). */
  url: HttpUrl,
  /** The copy actually read when it differs from `url` (a Wikipedia mirror, a repost). */
  seenAt: HttpUrl.optional(),
  /**
   * When the project checked the source, YYYY-MM-DD. For the sources of release 1.0.0 it is that release’s date:
   * the research recorded when its sources were checked only as a whole, not one by one.
   */
  accessed: z.iso.date({ error: 'must be a date like 2026-11-26' }).optional(),
  /** A copy in a web archive (Wayback Machine, archive.today), where one was made, so the page can be read as it was. */
  archived: HttpUrl.optional(),
  /** Why the source has no `date`: an encyclopaedia article revised continuously, a page that shows none… */
  undatedBecause: z.string().min(10).optional(),
  /** ISO 639-1 language of the source. */
  language: z.enum(['en', 'ru', 'az', 'de', 'uk', 'hy', 'be']),
  /**
   * True for state media, official Azerbaijani outlets, advocacy groups and partisan reposts
   * (on either side): cited only for what their speakers said, not for whether it is true.
   */
  partisan: z.boolean(),
  /** Caveats about the source: mirror, secondary report, single source… */
  note: NoteSchema,
});
export type Source = z.infer<typeof SourceSchema>;
