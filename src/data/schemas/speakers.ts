import { z } from 'zod';
import { AreaSchema, IdSchema, NoteSchema } from './common.ts';

/**
 * What kind of speaker made a claim: a `stateBody` (a ministry, the State Committee, an official speaking for
 * one, an official portal), `stateMedia` (state or state-aligned news outlets), a `politician` speaking for
 * themselves, `advocacy` (diaspora organisations, activists, advocacy groups on either side) or a `thirdParty`
 * (foundations, researchers, media with no stake, who report a figure).
 */
export const SpeakerTypeSchema = z.enum(['stateBody', 'stateMedia', 'politician', 'advocacy', 'thirdParty']);
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;

/** One entry of data/speakers.json, described (for the data dictionary, datapackage.json and the JSON Schema) below. */
export const SpeakerSchema = z.strictObject({
  id: IdSchema.describe('Stable id, e.g. `state-committee`; claims point to it with `speakerId`.'),
  name: z.string().min(2).describe('Name of the person or body, in English.'),
  type: SpeakerTypeSchema.describe('Kind of speaker: stateBody, stateMedia, politician, advocacy or thirdParty.'),
  area: AreaSchema.optional().describe('Country the speaker belongs to or speaks for, when there is one.'),
  note: NoteSchema.describe('Who they are, and why they are typed so where it is not obvious.'),
})
  .describe('Who made a claim, so claims can be grouped and compared by speaker.');
export type Speaker = z.infer<typeof SpeakerSchema>;
