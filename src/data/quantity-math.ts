import type { Quantity } from './schemas/index.ts';

/**
 * Arithmetic on qualified figures, so a derived number keeps an honest qualifier:
 * anything built from an `about` is about; a lower bound stays a lower bound when a fixed
 * amount is taken from it or it is divided by one. Combinations that would need an upper
 * bound (subtracting a lower bound, ranges) are refused rather than guessed.
 */
/** A quantity with a single value (not a range). */
export type PointQuantity = Extract<Quantity, { value: number }>;
type Operand = PointQuantity;

function point(q: Quantity, role: string): Operand {
  if (q.kind === 'range' || q.kind === 'upTo') throw new Error(`cannot use a ${q.kind} as ${role}`);
  return q;
}

function fixed(q: Quantity, role: string): Operand {
  const p = point(q, role);
  if (p.kind === 'moreThan') throw new Error(`cannot use a lower bound as ${role}: the result would have no bound`);
  return p;
}

function qualify(value: number, kinds: readonly Quantity['kind'][]): PointQuantity {
  if (kinds.includes('moreThan')) return { kind: 'moreThan', value };
  if (kinds.includes('about')) return { kind: 'about', value };
  return { kind: 'exact', value };
}

/** a + b + …: a lower bound if any term is one. */
export function sum(terms: readonly Quantity[]): PointQuantity {
  const points = terms.map((t) => point(t, 'a term of a sum'));
  return qualify(points.reduce((acc, p) => acc + p.value, 0), points.map((p) => p.kind));
}

/** a − b − …: every subtrahend must be a fixed amount. */
export function difference(a: Quantity, ...bs: readonly Quantity[]): PointQuantity {
  const first = point(a, 'the minuend');
  const rest = bs.map((b) => fixed(b, 'a subtrahend'));
  return qualify(rest.reduce((acc, b) => acc - b.value, first.value), [first.kind, ...rest.map((b) => b.kind)]);
}

/**
 * a ÷ b rounded to `digits` decimals: approximate, as any rounded ratio is; a lower bound
 * stays one and is rounded down so it never claims more than the inputs allow.
 */
export function ratio(a: Quantity, b: Quantity, digits = 1): PointQuantity {
  const [n, d] = [point(a, 'the numerator'), fixed(b, 'the denominator')];
  const scale = 10 ** digits;
  const raw = (n.value / d.value) * scale;
  if (n.kind === 'moreThan') return { kind: 'moreThan', value: Math.floor(raw) / scale };
  return { kind: 'about', value: Math.round(raw) / scale };
}
