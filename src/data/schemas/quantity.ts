import { z } from 'zod';

/**
 * One way to write a figure, used by claims, estimates, organisations, congresses and
 * derived figures alike, so charts and prose format and draw it one way:
 * - `exact`: a number as the source gives it (462);
 * - `about`: approximate ("about 416", "~600");
 * - `moreThan`: a lower bound with no upper bound ("more than 450") — drawn as one;
 * - `upTo`: an upper bound ("up to 300,000");
 * - `range`: low–high, low ≤ high (Iran: 12–23 million);
 * - `implied`: not stated anywhere but implied by stated figures (416 − 103 = 313).
 */
function quantitySchema(amount: z.ZodNumber) {
  const point = <K extends string>(kind: K) =>
    z.strictObject({
      kind: z.literal(kind).describe('How the value is qualified.'),
      value: amount.describe('The figure itself, in the record’s unit.'),
    });
  return z.discriminatedUnion('kind', [
    point('exact'),
    point('about'),
    point('moreThan'),
    point('upTo'),
    point('implied'),
    z
      .strictObject({
        kind: z.literal('range').describe('How the value is qualified.'),
        low: amount.describe('Lower end of the range, in the record’s unit.'),
        high: amount.describe('Upper end of the range; not below `low`.'),
      })
      .refine((r) => r.low <= r.high, { path: ['high'], error: 'high must not be below low' }),
  ]);
}

/** Any non-negative figure: shares in percent, ratios. */
export const QuantitySchema = quantitySchema(z.number().nonnegative({ error: 'must not be negative' }));
export type Quantity = z.infer<typeof QuantitySchema>;
export type QuantityKind = Quantity['kind'];

/** A count of people, organisations, countries…: a whole number, never negative. */
export const CountSchema = quantitySchema(
  z.number().int({ error: 'a count must be a whole number' }).nonnegative({ error: 'a count must not be negative' }),
);

/** The numbers a quantity mentions, low to high (one for a point, two for a range). */
export function quantityValues(q: Quantity): number[] {
  return q.kind === 'range' ? [q.low, q.high] : [q.value];
}
