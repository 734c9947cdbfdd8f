import { z } from 'zod';
import { DateSpecSchema, IdSchema, NoteSchema } from './common.ts';

/**
 * What kind of publisher a source is. `official` is an Azerbaijani state body, `otherOfficial` another
 * country’s state or state-chartered body; `stateMedia` is state-owned or government media; `statistics` is a census or statistics office; `community` covers
 * newsletters, museums and blogs of a community; `foundation` is a political foundation or think-tank
 * (the Heinrich Böll Stiftung), neither academic nor an advocacy group.
 */
export const SourceKindSchema = z.enum([
  'article', 'official', 'stateMedia', 'media', 'statistics', 'internationalOrganisation',
  'academic', 'encyclopaedia', 'advocacy', 'legal', 'community', 'foundation', 'otherOfficial',
]);

/**
 * The partisan rule, written once (data/README.md and content/EDITING.md repeat it): a source is partisan when
 * its publisher speaks for a side in the dispute over the diaspora’s numbers — an Azerbaijani state body (but
 * not the statistics office publishing its own figures), any media outlet based in Azerbaijan or Armenia,
 * state-owned or private, an advocacy group of either side or a diaspora organisation and its newsletter, or a
 * repost or wire copy of any of these. Foreign media (Russian state media included: Russia is not a party to
 * the claims, and we cite them for census figures and for who said what), statistics offices, encyclopaedias,
 * academic work, international organisations and other countries’ official bodies are not. The kinds below
 * are decided by the rule alone; the others depend on the outlet’s home and what it carries.
 */
export const PARTISAN_BY_KIND: Readonly<Partial<Record<SourceKind, boolean>>> = {
  official: true, advocacy: true,
  statistics: false, encyclopaedia: false, internationalOrganisation: false, otherOfficial: false,
};
export type SourceKind = z.infer<typeof SourceKindSchema>;

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** One entry of data/sources.json, described (for the data dictionary, datapackage.json and the JSON Schema) below. */
export const SourceSchema = z.strictObject({
  id: IdSchema.describe('Stable id, cited by every other dataset and used as the anchor on the Sources page.'),
  kind: SourceKindSchema.describe('Kind of publisher.'),
  publisher: z.string().min(2).describe('Who published it, e.g. "President.az" or "openDemocracy".'),
  title: z.string().min(2).describe('Title of the page, document or table, in its own language or translated in brackets.'),
  author: z.string().min(2).optional().describe('Author or speaker credited by the source, when there is one.'),
  date: DateSpecSchema.optional().describe('Publication date, as precise as known.'),
  url: HttpUrl.describe('Where readers should go: the canonical page (en.wikipedia.org rather than a mirror).'),
  seenAt: HttpUrl.optional().describe('The copy actually read when it differs from `url` (a Wikipedia mirror, a repost).'),
  accessed: z.iso.date({ error: 'must be a date like 2026-11-26' }).optional().describe('When the project checked the source, YYYY-MM-DD. For the sources of release 1.0.0 it is that release’s date: the research recorded when its sources were checked only as a whole, not one by one.'),
  archived: HttpUrl.optional().describe('A copy in a web archive (Wayback Machine, archive.today), where one was made, so the page can be read as it was.'),
  undatedBecause: z.string().min(10).optional().describe('Why the source has no `date`: an encyclopaedia article revised continuously, a page that shows none…'),
  language: z.enum(['en', 'ru', 'az', 'de', 'uk', 'hy', 'be']).describe('ISO 639-1 language of the source.'),
  partisan: z.boolean().describe('True when the publisher speaks for a side, by the rule at PARTISAN_BY_KIND: cited only for what its speakers said, not for whether it is true.'),
  note: NoteSchema.describe('Caveats about the source: mirror, secondary report, single source…'),
}).superRefine((s, ctx) => {
  const ruled = PARTISAN_BY_KIND[s.kind];
  if (ruled !== undefined && ruled !== s.partisan) {
    ctx.addIssue({ code: 'custom', path: ['partisan'], message: `a source of kind "${s.kind}" is ${ruled ? '' : 'not '}partisan by the written rule (see PARTISAN_BY_KIND)` });
  }
})
  .describe('Where figures and dates come from.');
export type Source = z.infer<typeof SourceSchema>;
