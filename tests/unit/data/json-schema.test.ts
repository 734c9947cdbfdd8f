import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DATASET_NAMES, RECORD_SCHEMAS } from '../../../src/data/schemas/index.ts';
import { jsonSchemaFor } from '../../../src/data/json-schema.ts';

interface ObjectSchema { type: string; properties: Record<string, unknown>; required: string[]; additionalProperties: boolean }

describe.each(DATASET_NAMES)('JSON Schema for data/%s.json', (name) => {
  const schema = jsonSchemaFor(name) as { type: string; items: ObjectSchema; $id: string };
  const shape = (RECORD_SCHEMAS[name] as unknown as z.ZodObject).shape;

  it('is an array of strict records served at /data/schema/<name>.schema.json', () => {
    expect(schema.type).toBe('array');
    expect(schema.$id).toBe(`data/schema/${name}.schema.json`);
    expect(schema.items.additionalProperties).toBe(false);
  });

  it('has exactly the Zod fields, with the same required ones', () => {
    expect(Object.keys(schema.items.properties).sort()).toEqual(Object.keys(shape).sort());
    const required = Object.entries(shape).filter(([, s]) => !(s as z.ZodType).safeParse(undefined).success).map(([k]) => k);
    expect([...schema.items.required].sort()).toEqual(required.sort());
    expect(schema.items.required).toContain('id');
    // Ledger verdicts take their sources from the figures they cite, so they store none; speakers are who
    // said something, not figures.
    if (name !== 'sources' && name !== 'ledger' && name !== 'speakers') expect(schema.items.required).toContain('sources');
  });
});
