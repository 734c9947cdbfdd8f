import { z } from 'astro/zod';
import { CHART_IDS } from '../../charts/registry';
import { NUMBER_STYLES, type NumberStyle } from '../../data/format';
import { PartialDate } from '../../lib/component-props';

/**
 * The props of each component chapters may use, as Zod schemas. MDX is not type-checked, so each
 * component parses what the author wrote with its schema (parseProps in src/lib/component-props.ts)
 * and the build stops on a mistake, naming the file and line. Exported so tests and tools can read
 * which props a component takes; content/EDITING.md documents them for editors.
 */

export const QuoteProps = z.strictObject({
  /** Who said or wrote it, as the reader should see the name. Required. */
  by: z.string({ error: 'required: who said it, e.g. by="Heydar Aliyev"' }).trim().min(2, 'name who said it, e.g. by="Heydar Aliyev"'),
  /** Where it was said or published: a speech, a document, a book. Shown in <cite>. */
  source: z.string().trim().min(2).optional(),
  /** Link to the source, if it is public. */
  href: z.url({ protocol: /^https?$/ }).optional(),
  /** When: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: PartialDate.optional(),
  /** Run in the sentence as <q> instead of a block quotation. */
  inline: z.boolean().default(false),
});

export const AsideProps = z.strictObject({
  /** A short label shown above the note and used as its accessible name. */
  title: z.string().trim().min(2).max(80).optional(),
  /** `box` (default): in the column. `margin`: beside the text where there is room. */
  placement: z.enum(['box', 'margin']).default('box'),
});

export const LedeProps = z.strictObject({
  /** A two-line initial on the first letter (not in the print or phone layout's way). */
  dropCap: z.boolean().default(true),
});

const validChartIds = `use one of: ${CHART_IDS.join(', ')} — e.g. <Chart id="${CHART_IDS[0]}" />`;
export const ChartProps = z.strictObject({
  /** Which chart: one of CHART_IDS in src/charts/registry.ts. */
  id: z.enum(CHART_IDS, {
    error: (issue) =>
      issue.input === undefined ? `required — ${validChartIds}` : `unknown chart id ${JSON.stringify(issue.input)} — ${validChartIds}`,
  }),
});

export const NumProps = z.strictObject({
  /** Ref of the figure: `<dataset>.<record id>[.<field>]` or `derived.<id>`. */
  id: z.string().min(3),
  /** `auto` (default), `short` ("10 million") or `full` ("10,000,000"). */
  format: z.enum(NUMBER_STYLES as [NumberStyle, ...NumberStyle[]]).optional(),
  /** Leave out the qualifier ("about", "more than"). */
  bare: z.boolean().optional(),
  /** Append the unit ("organisations", "%"); default true. */
  unit: z.boolean().optional(),
});

export const CiteProps = z.strictObject({
  /** The id of a source in data/sources.json, e.g. `rumyantsev-2017`. */
  source: z.string({ error: 'required — the id of a source in data/sources.json, e.g. source="rumyantsev-2017"' }).trim().min(1),
});
