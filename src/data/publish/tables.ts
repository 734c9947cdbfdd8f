/**
 * Tables the release publishes beside the data files: the derived figures and the ledger's
 * comparisons, each computed from the records so a researcher can recompute them from the CSVs
 * alone. The Zod schemas below, with their descriptions, give the columns, the JSON Schema and the
 * data dictionary, exactly as for the files in data/. Pure: the figures come in.
 */
import { z } from 'zod';
import { QuantitySchema, UnitSchema, VerificationSchema, type Figure, type LedgerEntry, type Quantity } from '../schemas/index.ts';

/** One derived figure (`derived.<id>`), computed from the figures it lists in `inputs`. */
export const DerivedRowSchema = z
  .strictObject({
    id: z.string().describe('Id of the figure; prose and the ledger cite it as `derived.<id>`.'),
    label: z.string().describe('What the figure is, in words.'),
    value: QuantitySchema.describe(
      'The result with its qualifier: `about` if any input is approximate, `moreThan` if the claim in it is a lower bound, `implied` where no one stated it.',
    ),
    unit: UnitSchema.describe('What the result counts (`times` for a ratio).'),
    operation: z
      .enum(['sum', 'difference', 'ratio'])
      .describe(
        'The arithmetic: `sum` (inputs added), `difference` (the first input minus each of the others) or `ratio` (first ÷ second, rounded to one decimal; down if the first is a lower bound).',
      ),
    formula: z.string().describe('The formula in words, naming the inputs by ref.'),
    inputs: z
      .array(z.string())
      .describe(
        'Refs of the inputs, in the order the formula takes them; each resolves to a row of claims, estimates, organisations or congresses (see README.md, “Refs”), or to another derived figure.',
      ),
    inputYears: z
      .string()
      .optional()
      .describe(
        'Reference years of the inputs, earliest–latest, when they have one: a figure that adds counts of different years says so here.',
      ),
    inputKinds: z
      .array(z.string())
      .describe('Kinds of the inputs (claim, census, estimate…), each once: a sum that mixes counts and estimates says so here.'),
    sources: z.array(z.string()).describe('Ids in sources.csv: the union of the inputs’ sources.'),
    verification: VerificationSchema.describe('The weakest verification level of the inputs.'),
    note: z.string().optional().describe('Caveat to read with the figure.'),
  })
  .describe(
    'Figures computed from the records (the `derived.<id>` refs that prose and the ledger cite): each with its formula in words, the refs of its inputs, their years and kinds, its sources and the weakest verification of its inputs. Recompute any of them from claims, estimates, organisations and congresses.',
  );
export type DerivedRow = z.infer<typeof DerivedRowSchema>;

/** One comparison the ledger makes: an official figure against one piece of evidence. */
export const LedgerComparisonSchema = z
  .strictObject({
    id: z.string().describe('`<ledger id>--<n>`: the ledger entry and the evidence’s position in it (1 for the first).'),
    ledger: z.string().describe('Id of the entry in ledger.csv.'),
    status: z.string().describe('The entry’s verdict, repeated so the table reads on its own.'),
    claim: z.string().describe('Ref of the official figure judged.'),
    evidence: z.string().describe('Ref of the evidence compared with it.'),
    evidenceKind: z
      .string()
      .describe(
        'What the evidence is: census, survey, estimate, migrantStock, congress count, derived — or claim, where official figures are set against each other.',
      ),
    decisive: z
      .boolean()
      .optional()
      .describe('True when the entry names this evidence as the one that decides its verdict; empty when the entry names none.'),
    claimUnit: UnitSchema.describe('Unit of the claim.'),
    evidenceUnit: UnitSchema.describe('Unit of the evidence. Ratio and gap are only given when the two units are the same.'),
    claimLow: z.number().describe('The claim’s lowest reading: its value, or the low end of a range.'),
    evidenceHigh: z.number().describe('The evidence’s highest reading: its value, or the high end of a range.'),
    ratio: z
      .number()
      .optional()
      .describe(
        'claimLow ÷ evidenceHigh, rounded to two decimals: how many times the claim exceeds the evidence on the reading most favourable to the claim.',
      ),
    gap: z
      .number()
      .optional()
      .describe('claimLow − evidenceHigh: how far the claim is above the evidence on that same reading (negative when below).'),
  })
  .describe(
    'The ledger’s comparisons, one row per verdict and piece of evidence: the claim’s lowest reading against the evidence’s highest, their ratio and gap, and whether the entry names this evidence as deciding.',
  );
export type LedgerComparison = z.infer<typeof LedgerComparisonSchema>;

const lowOf = (q: Quantity) => (q.kind === 'range' ? q.low : q.value);
const highOf = (q: Quantity) => (q.kind === 'range' ? q.high : q.value);

/** The operation that gives `result` from `inputs`, by recomputing each candidate; null if none does. */
export function operationOf(inputs: readonly Quantity[], result: Quantity): DerivedRow['operation'] | null {
  if (result.kind === 'range' || inputs.some((q) => q.kind === 'range')) return null;
  const values = inputs.map(lowOf);
  const got = result.value;
  const close = (x: number) => Math.abs(x - got) < 1e-9;
  if (values.length >= 2 && close(values.slice(1).reduce((a, b) => a - b, values[0]!))) return 'difference';
  if (close(values.reduce((a, b) => a + b, 0))) return 'sum';
  if (values.length === 2 && values[1] !== 0) {
    const raw = (values[0]! / values[1]!) * 10;
    if (close(Math.floor(raw) / 10) || close(Math.round(raw) / 10)) return 'ratio';
  }
  return null;
}

function formulaWords(operation: DerivedRow['operation'], inputs: readonly Figure[]): string {
  const refs = inputs.map((f) => f.ref);
  if (operation === 'sum') return `${refs.join(' + ')}: the inputs added up`;
  if (operation === 'difference') return `${refs.join(' − ')}: the first input minus the others`;
  const bound = inputs[0]?.quantity.kind === 'moreThan';
  return `${refs[0]} ÷ ${refs[1]}, rounded ${bound ? 'down to one decimal, because the first is a lower bound' : 'to one decimal'}`;
}

function span(years: readonly number[]): string | undefined {
  if (!years.length) return undefined;
  const [lo, hi] = [Math.min(...years), Math.max(...years)];
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/**
 * The derived figures as published rows. `kindOf` names an input's kind (claim, census…).
 * Throws, naming the figure, when its arithmetic is none of sum, difference or ratio, so a new
 * kind of derived figure cannot ship without a formula a reader can redo.
 */
export function derivedRows(derived: readonly Figure[], figure: (ref: string) => Figure, kindOf: (f: Figure) => string): DerivedRow[] {
  return derived.map((d) => {
    const inputs = (d.from ?? []).map((ref) => figure(ref));
    const operation = operationOf(
      inputs.map((f) => f.quantity),
      d.quantity,
    );
    if (!operation)
      throw new Error(`src/data/publish/tables.ts: ${d.ref} is not a sum, difference or ratio of its inputs — describe its formula here`);
    const row: DerivedRow = {
      id: d.recordId,
      label: d.label,
      value: d.quantity,
      unit: d.unit,
      operation,
      formula: formulaWords(operation, inputs),
      inputs: inputs.map((f) => f.ref),
      inputKinds: [...new Set(inputs.map(kindOf))],
      sources: [...d.sources],
      verification: d.verification,
    };
    const years = span(inputs.flatMap((f) => (f.year === undefined ? [] : [f.year])));
    if (years) row.inputYears = years;
    if (d.note) row.note = d.note;
    return row;
  });
}

/**
 * The refs an entry names as deciding its verdict, under whatever name the ledger schema gives that
 * field (`decidedBy`, `decidingEvidence`…): a ref or a list of refs. Empty when it names none.
 */
export function decidingRefs(entry: LedgerEntry): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (!/^decid/i.test(key)) continue;
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) out.push(...value.filter((v): v is string => typeof v === 'string'));
    else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) if (typeof v === 'string' && /^[a-z]+\./.test(v)) out.push(v);
    }
  }
  return out;
}

/** One row per (ledger entry, evidence): the numbers that decide a verdict, recomputable from the CSVs. */
export function ledgerComparisons(
  entries: readonly LedgerEntry[],
  figure: (ref: string) => Figure,
  kindOf: (f: Figure) => string = (f) => f.origin,
): LedgerComparison[] {
  return entries.flatMap((e) => {
    const claim = figure(e.claim);
    const deciding = decidingRefs(e);
    return e.evidence.map((ref, i) => {
      const ev = figure(ref);
      const claimLow = lowOf(claim.quantity);
      const evidenceHigh = highOf(ev.quantity);
      const row: LedgerComparison = {
        id: `${e.id}--${i + 1}`,
        ledger: e.id,
        status: e.status,
        claim: e.claim,
        evidence: ref,
        evidenceKind: kindOf(ev),
        claimUnit: claim.unit,
        evidenceUnit: ev.unit,
        claimLow,
        evidenceHigh,
      };
      if (deciding.length) row.decisive = deciding.includes(ref);
      if (claim.unit === ev.unit) {
        if (evidenceHigh > 0) row.ratio = Math.round((claimLow / evidenceHigh) * 100) / 100;
        row.gap = claimLow - evidenceHigh;
      }
      return row;
    });
  });
}
