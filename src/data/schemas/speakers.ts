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

/** One entry of data/speakers.json: who made a claim, so claims can be grouped and compared by speaker. */
export const SpeakerSchema = z.strictObject({
  /** Stable id, e.g. `state-committee`; claims point to it with `speakerId`. */
  id: IdSchema,
  /** Name of the person or body, in English. */
  name: z.string().min(2),
  /** Kind of speaker: stateBody, stateMedia, politician, advocacy or thirdParty. */
  type: SpeakerTypeSchema,
  /** Country the speaker belongs to or speaks for, when there is one. */
  area: AreaSchema.optional(),
  /** Who they are, and why they are typed so where it is not obvious. */
  note: NoteSchema,
});
export type Speaker = z.infer<typeof SpeakerSchema>;
