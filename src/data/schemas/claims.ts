import { z } from 'zod';
import { AreaSchema, DateSpecSchema, IdSchema, NoteSchema, SourceIdsSchema, VerificationSchema } from './common.ts';
import { CountSchema } from './quantity.ts';

/** One entry of data/claims.json: an official or advocacy figure with no stated method. */
export const ClaimSchema = z.strictObject({
  /** Stable id, e.g. `abroad-10m`; referenced in prose as `claims.<id>`. */
  id: IdSchema,
  /** Always `claim`: the figure kind that sets claims apart from counts. */
  kind: z.literal('claim'),
  /** Always `claim`: no definition or method is stated by whoever makes it. */
  definition: z.literal('claim'),
  /** Where the claimed people or countries are. */
  area: AreaSchema,
  /** The part of `area` a claim is limited to, when it is narrower (a province: "Ontario"); labels name it. */
  place: z.string().min(2).optional(),
  /** What is counted: people, or countries where the diaspora is said to live. */
  unit: z.enum(['people', 'countries']),
  /**
   * For country counts: `residence` (countries where Azerbaijanis are said to live; the default) or
   * `activity` (countries where diaspora events took place or participants joined in), which says
   * nothing about where people live.
   */
  measures: z.enum(['residence', 'activity']).optional(),
  /** The claimed figure with its qualifier ("more than 10 million"). */
  value: CountSchema,
  /** Who made the claim (person or body), as the source names them. */
  speaker: z.string().min(2),
  /** Id in data/speakers.json of who made the claim, with their type (state body, state media, politician…). */
  speakerId: IdSchema.optional(),
  /** Where or why it was said, e.g. "4th Congress of World Azerbaijanis". */
  occasion: z.string().min(2).optional(),
  /** The date the figure refers to, which for most claims is when it was said; omitted for undated pages, with a note. */
  date: DateSpecSchema.optional(),
  /** When it was said, where that differs from `date` (a count for 2023 reported in March 2024). */
  statedOn: DateSpecSchema.optional(),
  /** Ids in data/sources.json. */
  sources: SourceIdsSchema,
  /** Verification level carried from research/facts.md. */
  verification: VerificationSchema,
  /** Row id in research/facts.md, for traceability. */
  fact: z.string().optional(),
  /** Caveats: attribution, wording, what the claim includes. */
  note: NoteSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
