import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { slugFromFileName } from '../../lib/chapter-files.ts';

/**
 * Building blocks shared by every dataset schema. Import paths carry `.ts` so that
 * `npm run check:data` can run these files on Node’s own TypeScript support.
 */

/** A record id: kebab-case, stable, never reused (e.g. `ru-2010-census`, `2016-06`). */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case (a–z, 0–9, single hyphens), e.g. ru-2010-census' });

/** Ids of records in data/sources.json; at least one, so every figure can be traced. */
export const SourceIdsSchema = z
  .array(IdSchema)
  .min(1, { error: 'needs at least one source id from data/sources.json' });

/** How far research/facts.md confirmed the item: see data/README.md for the levels. */
export const VerificationSchema = z.enum(['yes', 'partly', 'unverified']);
export type Verification = z.infer<typeof VerificationSchema>;

/** A free-text caveat shown beside the record (conflicts, definitions, doubts). */
export const NoteSchema = z.string().min(3).optional();

/** Earliest and latest years a record may plausibly refer to. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2030;

/** A calendar year inside the plausible span of this story. */
export const YearSchema = z
  .number()
  .int({ error: 'must be a whole year' })
  .min(YEAR_MIN, { error: `must be a plausible year (${YEAR_MIN}–${YEAR_MAX})` })
  .max(YEAR_MAX, { error: `must be a plausible year (${YEAR_MIN}–${YEAR_MAX})` });

/** How much of a date is known: `2016` (year), `2016-06` (month) or `2016-06-03` (day). */
export const PrecisionSchema = z.enum(['year', 'month', 'day']);
export type Precision = z.infer<typeof PrecisionSchema>;

const SHAPE: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

/** Why a date string is wrong for its precision, or null when it is a real calendar date. */
export function dateProblem(value: string, precision: Precision): string | null {
  if (!SHAPE[precision].test(value)) {
    const example = { year: '2016', month: '2016-06', day: '2016-06-03' }[precision];
    return `"${value}" is not an ISO date of precision "${precision}" (write e.g. ${example})`;
  }
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    return `"${value}" is not a calendar date`;
  }
  if (y < YEAR_MIN || y > YEAR_MAX) return `year ${y} is implausible (${YEAR_MIN}–${YEAR_MAX})`;
  return null;
}

/**
 * A date or span as precise as the sources allow. `start` and `end` are ISO strings whose
 * length matches `precision`; `end` (inclusive) is for multi-day events such as congresses.
 */
export const DateSpecSchema = z
  .strictObject({
    start: z.string().describe('First (or only) day, month or year, e.g. `2011-07-05`.'),
    end: z.string().optional().describe('Last day, month or year of a span, same precision as `start`; omit for a single date.'),
    precision: PrecisionSchema.describe('How much of the date is known.'),
  })
  .superRefine((d, ctx) => {
    for (const key of ['start', 'end'] as const) {
      const value = d[key];
      const problem = value === undefined ? null : dateProblem(value, d.precision);
      if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
    }
    if (d.end !== undefined && d.end < d.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${d.end} is before start ${d.start}` });
    }
  });
export type DateSpec = z.infer<typeof DateSpecSchema>;

/**
 * Where a figure applies: an ISO 3166-1 alpha-2 country code, or one of the aggregates
 * `world` (all Azerbaijanis everywhere), `abroad` (everywhere except Azerbaijan), `europe`.
 * Names for display are in `src/data/areas.ts`.
 */
export const AreaSchema = z.enum([
  'AZ', 'RU', 'GE', 'KZ', 'UA', 'UZ', 'TM', 'KG', 'BY', 'AM', 'TR', 'IR', 'US', 'DE', 'GB', 'CA', 'IL',
  'world', 'abroad', 'europe',
]);
export type Area = z.infer<typeof AreaSchema>;

/** What a figure counts; `percent` is a share of a population, `times` a derived ratio. */
export const UnitSchema = z.enum(['people', 'organisations', 'countries', 'delegates', 'guests', 'percent', 'times']);
export type Unit = z.infer<typeof UnitSchema>;

/**
 * Who is counted, the definition that travels with every figure:
 * `ethnic` self-identification in a census, `citizens` of Azerbaijan, people `bornIn`
 * Azerbaijan (migrant stock), `ancestry` (multiple responses allowed), the `resident`
 * population of a country, or a `claim` with no stated method.
 */
export const DefinitionSchema = z.enum(['ethnic', 'citizens', 'bornIn', 'ancestry', 'resident', 'claim']);
export type Definition = z.infer<typeof DefinitionSchema>;

/**
 * The chapters’ slugs (file names without their number), read from the files of the chapters
 * collection (content/chapters/, the glob in src/content.config.ts) when the data is validated,
 * so adding or renaming a chapter needs no edit here. Relative to the working directory, as the
 * build, the scripts and the tests all run from the project root.
 */
const CHAPTER_SLUGS = readdirSync(join(process.cwd(), 'content', 'chapters'))
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map(slugFromFileName);

/** A chapter a record may point to. */
export const ChapterSlugSchema = z.enum(CHAPTER_SLUGS);
export type ChapterSlug = z.infer<typeof ChapterSlugSchema>;
