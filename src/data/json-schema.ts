import { z } from 'zod';
import { RECORD_SCHEMAS, type DatasetName } from './schemas/index.ts';

/**
 * JSON Schema (draft 2020-12) for one data file, generated from its Zod schema so the two
 * cannot drift. Served at /data/schema/<name>.schema.json. Cross-file rules (source ids
 * exist, ids unique, low ≤ high, dates match their precision) are checked by the loader and
 * `npm run check:data`, not by JSON Schema.
 */
export function jsonSchemaFor(name: DatasetName): Record<string, unknown> {
  const schema = z.toJSONSchema(z.array(RECORD_SCHEMAS[name]), { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `data/schema/${name}.schema.json`,
    title: `A Diaspora on Paper: data/${name}.json`,
    description: `Records of data/${name}.json. Generated from src/data/schemas/; see data/README.md.`,
  };
}
