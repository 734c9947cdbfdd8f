import type { z } from 'zod';
import { DATASET_NAMES, RECORD_SCHEMAS, type Dataset, type DatasetName } from './schemas/index.ts';
import { fieldPath, DataError, type Problem } from './problems.ts';
import { DERIVED_IDS } from './derived.ts';
import { verdictProblems } from './verdicts.ts';
import { closeMatches } from './refs.ts';

/** Raw JSON as read from data/<name>.json, before any check. */
export type RawDataset = Readonly<Partial<Record<DatasetName, unknown>>>;

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; problems: Problem[] };

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
const fileOf = (name: DatasetName) => `data/${name}.json`;
const labelOf = (item: unknown, index: number) =>
  isObject(item) && typeof item['id'] === 'string' && item['id'] !== '' ? item['id'] : `#${index}`;

/** Bounds are the commonest stray keys: say what a quantity of each kind may hold. */
function unknownKeyReason(key: string): string {
  if (key === 'low' || key === 'high') {
    return `unknown field — only kind "range" has "${key}"; a "moreThan" value is a lower bound with no upper bound`;
  }
  return 'unknown field — remove it or check its spelling';
}

/** Turns one Zod issue into problems; an unknown key or union member gets a plainer reason. */
function fromIssue(issue: z.core.$ZodIssue, file: string, record: string): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ file, record, field: fieldPath([...path, key]), reason: unknownKeyReason(key) }));
  }
  let reason = issue.message;
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    reason = `unknown value — expected one of ${issue.options.map(String).join(', ')}`;
  } else if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    reason = `required field is missing (${issue.message.replace('Invalid input: ', '')})`;
  }
  return [{ file, record, field: fieldPath(path), reason }];
}

/** Parses every record of one file on its own, so one bad record does not hide the others. */
function parseFile(name: DatasetName, raw: unknown, problems: Problem[]): unknown[] {
  const file = fileOf(name);
  if (raw === undefined) {
    problems.push({ file, record: '(file)', field: '(root)', reason: 'file is missing' });
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push({ file, record: '(file)', field: '(root)', reason: 'must be a JSON array of records' });
    return [];
  }
  const schema: z.ZodType = RECORD_SCHEMAS[name];
  const parsed: unknown[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) parsed.push(result.data);
    else for (const issue of result.error.issues) problems.push(...fromIssue(issue, file, labelOf(item, index)));
  });
  return parsed;
}

/** Ids of a file's raw records, in order, keeping only string ids. */
function idsOf(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.flatMap((r) => (isObject(r) && typeof r['id'] === 'string' ? [r['id']] : [])) : [];
}

function checkUniqueIds(name: DatasetName, raw: unknown, problems: Problem[]): void {
  if (!Array.isArray(raw)) return;
  const firstIndex = new Map<string, number>();
  raw.forEach((item, index) => {
    if (!isObject(item) || typeof item['id'] !== 'string') return;
    const seen = firstIndex.get(item['id']);
    if (seen === undefined) firstIndex.set(item['id'], index);
    else problems.push({ file: fileOf(name), record: item['id'], field: 'id', reason: `duplicate id — record #${seen} already uses it` });
  });
}

/** Close matches for a misspelt id, as for a misspelt figure ref (the same edit-distance helper). */
const suggest = (ref: string, known: ReadonlySet<string>): string => (known.size ? `; close matches: ${closeMatches(ref, known, 3).join(', ')}` : '');

/** Checks that every id listed under `key` (a string or an array of strings) exists in `known`. */
function checkRefs(
  file: string, record: string, holder: Loose, key: string, known: ReadonlySet<string>, [what, hint]: readonly [string, string],
  prefix: PropertyKey[] = [],
): Problem[] {
  const value = holder[key];
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return list.flatMap((ref, i) =>
    typeof ref === 'string' && !known.has(ref)
      ? [{ file, record, field: fieldPath(typeof value === 'string' ? [...prefix, key] : [...prefix, key, i]), reason: `unknown ${what} "${ref}" — ${hint}${suggest(ref, known)}` }]
      : [],
  );
}

/** Source ids, congress ids, conflicting points and tier parents must all point somewhere. */
function checkReferences(raw: RawDataset, problems: Problem[]): void {
  const sourceIds = new Set(idsOf(raw.sources));
  const congressIds = new Set(idsOf(raw.congresses));
  const orgIds = new Set(idsOf(raw.organisations));
  const tierIds = new Set(idsOf(raw.hierarchy));
  const speakerIds = new Set(idsOf(raw.speakers));
  const sourceWhat = ['source id', 'add it to data/sources.json or fix the spelling'] as const;
  for (const name of DATASET_NAMES) {
    const records = raw[name];
    if (!Array.isArray(records) || name === 'sources') continue;
    records.forEach((item, index) => {
      if (!isObject(item)) return;
      const [file, record] = [fileOf(name), labelOf(item, index)];
      problems.push(...checkRefs(file, record, item, 'sources', sourceIds, sourceWhat));
      if (name === 'claims') {
        problems.push(...checkRefs(file, record, item, 'speakerId', speakerIds, ['speaker id', 'add the speaker to data/speakers.json or fix the spelling']));
      }
      if (name === 'organisations') {
        problems.push(...checkRefs(file, record, item, 'congress', congressIds, ['congress id', 'it must be an id in data/congresses.json']));
        problems.push(...checkRefs(file, record, item, 'conflictsWith', orgIds, ['organisation-count id', 'it must be another id in this file']));
      }
      if (name === 'hierarchy') {
        problems.push(...checkRefs(file, record, item, 'parent', tierIds, ['tier id', 'it must be an id in this file, or null for the top tier']));
        const examples = Array.isArray(item['examples']) ? item['examples'] : [];
        examples.forEach((ex, i) => {
          if (isObject(ex)) problems.push(...checkRefs(file, record, ex, 'sources', sourceIds, sourceWhat, ['examples', i]));
        });
      }
    });
  }
}

/** Why a figure ref names nothing in the raw dataset, or null when it resolves. */
function refProblem(raw: RawDataset, ref: string): string | null {
  const [name = '', id = '', field] = ref.split('.');
  if (name === 'derived') return field === undefined && DERIVED_IDS.includes(id) ? null : `unknown derived figure "${ref}" — see src/data/derived.ts`;
  if (!(DATASET_NAMES as string[]).includes(name)) return `unknown dataset in "${ref}" — expected one of ${DATASET_NAMES.join(', ')} or derived`;
  const records = raw[name as DatasetName];
  const record = Array.isArray(records) ? records.find((r) => isObject(r) && r['id'] === id) : undefined;
  if (!isObject(record)) return `unknown record in "${ref}" — no id "${id}" in data/${name}.json`;
  if (field !== undefined && record[field] === undefined) return `"${ref}": record ${name}.${id} has no field "${field}"`;
  return null;
}

/** Every ledger verdict must point at real figures: the claim judged and each piece of evidence. */
function checkLedgerRefs(raw: RawDataset, problems: Problem[]): void {
  if (!Array.isArray(raw.ledger)) return;
  const file = fileOf('ledger');
  raw.ledger.forEach((item, index) => {
    if (!isObject(item)) return;
    const record = labelOf(item, index);
    const refs: [string, unknown][] = [['claim', item['claim']]];
    if (Array.isArray(item['evidence'])) item['evidence'].forEach((ref, i) => refs.push([`evidence[${i}]`, ref]));
    for (const [field, ref] of refs) {
      const reason = typeof ref === 'string' ? refProblem(raw, ref) : null;
      if (reason) problems.push({ file, record, field, reason });
    }
  });
}

/** The pyramid must be one tree: a single root and no tier that is its own ancestor. */
function checkTree(raw: unknown, problems: Problem[]): void {
  if (!Array.isArray(raw)) return;
  const file = fileOf('hierarchy');
  const parentOf = new Map<string, unknown>();
  for (const t of raw) if (isObject(t) && typeof t['id'] === 'string') parentOf.set(t['id'], t['parent']);
  const roots = [...parentOf].filter(([, p]) => p === null).map(([id]) => id);
  if (parentOf.size > 0 && roots.length !== 1) {
    problems.push({ file, record: '(file)', field: 'parent', reason: `the pyramid needs exactly one top tier (parent: null), found ${roots.length}${roots.length ? `: ${roots.join(', ')}` : ''}` });
  }
  for (const id of parentOf.keys()) {
    const seen = new Set([id]);
    let at = parentOf.get(id);
    while (typeof at === 'string' && parentOf.has(at)) {
      if (seen.has(at)) {
        problems.push({ file, record: id, field: 'parent', reason: `tiers form a cycle through "${at}"` });
        break;
      }
      seen.add(at);
      at = parentOf.get(at);
    }
  }
}

/**
 * Checks a whole dataset: every record against its schema, then ids and references across
 * files. Pure: feed it raw JSON (tests use fixtures). Reports every problem, not the first.
 */
export function validateDataset(raw: RawDataset): ValidationResult {
  const problems: Problem[] = [];
  const parsed = {} as Record<DatasetName, unknown[]>;
  for (const name of DATASET_NAMES) {
    parsed[name] = parseFile(name, raw[name], problems);
    checkUniqueIds(name, raw[name], problems);
  }
  checkReferences(raw, problems);
  checkTree(raw.hierarchy, problems);
  checkLedgerRefs(raw, problems);
  // The verdict rules read the parsed records; an unparsable one is already reported above.
  problems.push(...verdictProblems(parsed as unknown as Dataset));
  const order = (p: Problem) => DATASET_NAMES.findIndex((n) => p.file === fileOf(n));
  problems.sort((a, b) => order(a) - order(b));
  return problems.length ? { ok: false, problems } : { ok: true, data: parsed as unknown as Dataset };
}

/** Like validateDataset, but throws one DataError listing every problem. */
export function parseDataset(raw: RawDataset): Dataset {
  const result = validateDataset(raw);
  if (!result.ok) throw new DataError(result.problems);
  return result.data;
}
