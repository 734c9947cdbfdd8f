/**
 * The CSV columns of a data file, derived from its Zod record schema so the CSV, the data
 * dictionary and datapackage.json cannot drift from the data. Flattening rules (reversible):
 * - a nested object becomes one column per field, named with a dot: `value.kind`, `date.start`;
 *   a quantity's variants share columns (`value.kind`, `value.value`, `value.low`, `value.high`);
 * - a list of ids (`sources`, `evidence`) is one cell, the ids joined with `;`;
 * - a list of objects (`examples`) is one cell holding its JSON;
 * - an absent field is an empty cell; `null` (a top tier's `parent`) is an empty cell too.
 */
import type { z } from 'zod';

/** Frictionless Table Schema field types used here. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'date' | 'yearmonth' | 'year';

export interface Column {
  /** CSV header, e.g. `value.kind`. */
  name: string;
  /** Path of the value inside a record, e.g. `['value', 'kind']`. */
  path: readonly string[];
  type: FieldType;
  /** How the cell holds the value: as is, a `;`-joined list of strings, or JSON. */
  encoding: 'scalar' | 'list' | 'json';
  /** Set in every record (the field and its parents are required). */
  required: boolean;
  /** An empty cell stands for `null` rather than an absent field. */
  nullable: boolean;
  /** Allowed values, when the schema fixes them. */
  enum?: readonly string[];
  /** Meaning of the field: the description its Zod schema carries (`.describe()`). */
  description: string;
}

/** List separator of `list` cells. Ids are kebab-case, so it never occurs inside one. */
export const LIST_SEPARATOR = ';';

type Def = { type: string; innerType?: Schema; element?: Schema; options?: Schema[]; entries?: Record<string, string>; values?: unknown[] };
type Schema = z.ZodType & { _zod: { def: Def }; shape?: Record<string, Schema>; format?: string | null };

interface Leaf {
  type: FieldType;
  enum?: string[];
}

/**
 * The schema inside optional/nullable/default wrappers, and the description of the field: the
 * outermost one, since `.describe()` may come before or after `.optional()`.
 */
function unwrap(s: Schema): { schema: Schema; optional: boolean; nullable: boolean; description: string } {
  let optional = false;
  let nullable = false;
  let at = s;
  let description: string | undefined;
  for (;;) {
    description ??= at.description;
    const t = at._zod.def.type;
    if (t === 'optional' || t === 'default') optional = true;
    else if (t === 'nullable') nullable = true;
    else break;
    at = at._zod.def.innerType!;
  }
  return { schema: at, optional, nullable, description: description ?? '' };
}

function leaf(s: Schema): Leaf | null {
  const def = s._zod.def;
  switch (def.type) {
    // An ISO calendar date (z.iso.date()): typed, so tools parse it as a date.
    case 'string':
      return { type: s.format === 'date' ? 'date' : 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
      return { type: s.format === 'safeint' || s.format === 'int32' ? 'integer' : 'number' };
    case 'enum':
      return { type: 'string', enum: Object.values(def.entries ?? {}) };
    case 'literal':
      return { type: 'string', enum: (def.values ?? []).map(String) };
    default:
      return null;
  }
}

/** The object shapes a nested field may take: one for an object, several for a union of objects. */
function shapesOf(s: Schema): Record<string, Schema>[] | null {
  if (s._zod.def.type === 'object' && s.shape) return [s.shape];
  if (s._zod.def.type === 'union' && s._zod.def.options?.every((o) => o._zod.def.type === 'object')) {
    return s._zod.def.options.map((o) => o.shape!);
  }
  return null;
}

/** Merges two leaves of the same column from different union variants. */
function merge(a: Column, b: Leaf, required: boolean): Column {
  const type = a.type === b.type ? a.type : 'number';
  const values = a.enum && b.enum ? [...new Set([...a.enum, ...b.enum])] : undefined;
  const merged: Column = { ...a, type, required: a.required && required };
  if (values) merged.enum = values;
  else delete merged.enum;
  return merged;
}

/**
 * The columns of a record schema, in field order, each described by its field's description (a
 * nested column by its field's and its part's, e.g. `value` — `low`). A missing description gives an
 * empty one; tests/unit/data/field-descriptions.test.ts makes sure no published field lacks one.
 */
export function columnsOf(recordSchema: z.ZodType): Column[] {
  const shape = (recordSchema as Schema).shape;
  if (!shape) throw new Error('columnsOf: a record schema must be an object');
  const columns: Column[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const { schema, optional, nullable, description: doc } = unwrap(field);
    const simple = leaf(schema);
    // A whole-number `year` field is a calendar year (YearSchema): Table Schema's `year` type.
    if (simple && key === 'year' && simple.type === 'integer') simple.type = 'year';
    if (simple) {
      columns.push({ name: key, path: [key], ...simple, encoding: 'scalar', required: !optional && !nullable, nullable, description: doc });
      continue;
    }
    if (schema._zod.def.type === 'array') {
      const element = unwrap(schema._zod.def.element!).schema;
      const isStrings = leaf(element)?.type === 'string';
      columns.push({
        name: key,
        path: [key],
        type: isStrings ? 'string' : 'array',
        encoding: isStrings ? 'list' : 'json',
        required: !optional,
        nullable: false,
        description: `${doc} ${isStrings ? `In CSV, the items are joined with "${LIST_SEPARATOR}".` : 'In CSV, a JSON array.'}`.trim(),
      });
      continue;
    }
    const shapes = shapesOf(schema);
    if (!shapes) throw new Error(`columnsOf: field "${key}" has a type the CSV cannot carry (${schema._zod.def.type})`);
    const byName = new Map<string, Column>();
    for (const variant of shapes) {
      for (const [sub, subSchema] of Object.entries(variant)) {
        const u = unwrap(subSchema);
        const l = leaf(u.schema);
        if (!l) throw new Error(`columnsOf: field "${key}.${sub}" is nested too deep for CSV`);
        const inAll = shapes.every((v) => sub in v) && !u.optional;
        const name = `${key}.${sub}`;
        const seen = byName.get(name);
        const subDoc = u.description;
        byName.set(
          name,
          seen
            ? merge(seen, l, inAll)
            : {
                name,
                path: [key, sub],
                ...l,
                encoding: 'scalar',
                required: !optional && inAll,
                nullable: false,
                description: `${doc} — ${subDoc}`.replace(/^ — | — $/g, ''),
              },
        );
      }
    }
    columns.push(...byName.values());
  }
  return columns;
}
