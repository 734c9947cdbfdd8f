import type { z } from 'zod';
import { SourceSchema } from './sources.ts';
import { SpeakerSchema } from './speakers.ts';
import { ClaimSchema } from './claims.ts';
import { EstimateSchema } from './estimates.ts';
import { OrganisationCountSchema } from './organisations.ts';
import { CongressSchema } from './congresses.ts';
import { TimelineEventSchema } from './timeline.ts';
import { TierSchema } from './hierarchy.ts';
import { LedgerEntrySchema } from './ledger.ts';

export * from './common.ts';
export * from './quantity.ts';
export * from './sources.ts';
export * from './speakers.ts';
export * from './claims.ts';
export * from './estimates.ts';
export * from './organisations.ts';
export * from './congresses.ts';
export * from './timeline.ts';
export * from './hierarchy.ts';
export * from './ledger.ts';
export * from './changelog.ts';

/** The record schema of each file in data/, keyed by file name without `.json`. */
export const RECORD_SCHEMAS = {
  sources: SourceSchema,
  /** Who makes the claims: claims point here with `speakerId`. */
  speakers: SpeakerSchema,
  claims: ClaimSchema,
  estimates: EstimateSchema,
  organisations: OrganisationCountSchema,
  congresses: CongressSchema,
  timeline: TimelineEventSchema,
  hierarchy: TierSchema,
  /** Our verdicts on official figures (the claims-vs-evidence ledger); refs checked by the loader. */
  ledger: LedgerEntrySchema,
} as const;

export type DatasetName = keyof typeof RECORD_SCHEMAS;
export const DATASET_NAMES = Object.keys(RECORD_SCHEMAS) as DatasetName[];

/** The whole dataset once parsed: one typed array per file. */
export type Dataset = { readonly [K in DatasetName]: readonly z.infer<(typeof RECORD_SCHEMAS)[K]>[] };
export * from './figure.ts';
