/**
 * Every published field says what it means. The descriptions live on the Zod schemas (`.describe()`);
 * the data dictionary on /data/, datapackage.json and the JSON Schemas all take them from there, so a
 * field added without one, or one that loses it, would be published unexplained. These tests read
 * what a researcher downloads: the JSON Schema files and the dictionary's columns.
 */
import { describe, expect, it } from 'vitest';
import { PUBLISHED_NAMES, dictionaryOf, releaseFile } from '../../../src/data/publish/release.ts';

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
};

/** Paths of the properties, at any depth (a quantity's parts, a date's, a tier's examples), with no description. */
function undescribed(schema: JsonSchema, at: string): string[] {
  const here = Object.entries(schema.properties ?? {}).flatMap(([key, property]) => [
    ...(property.description?.trim() ? [] : [`${at}.${key}`]),
    ...undescribed(property, `${at}.${key}`),
  ]);
  const inner = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.items ? [schema.items] : [])];
  return [...here, ...inner.flatMap((s) => undescribed(s, at))];
}

const schemaOf = (name: string): JsonSchema & { items: JsonSchema } =>
  JSON.parse(new TextDecoder().decode(releaseFile(`schema/${name}.schema.json`).bytes));

describe.each(PUBLISHED_NAMES)('the published description of %s', (name) => {
  it('describes what one record is', () => {
    const record = schemaOf(name).items.description ?? '';
    expect(record).toMatch(/\w{3,}/);
    // The ledger's adds how its verdicts are reached.
    expect(dictionaryOf(name).description.startsWith(record)).toBe(true);
  });

  it('describes every field in its JSON Schema, nested parts included', () => {
    expect(undescribed(schemaOf(name).items, name)).toEqual([]);
  });

  it('gives every dictionary column the description its JSON Schema field carries', () => {
    const properties = schemaOf(name).items.properties ?? {};
    for (const column of dictionaryOf(name).columns) {
      const field = properties[column.path[0]!]?.description ?? '';
      expect(field, column.name).not.toBe('');
      expect(column.description.startsWith(field), column.name).toBe(true);
      // A nested column (`value.low`, `date.start`) adds the part's own meaning after the field's.
      if (column.path.length > 1) expect(column.description, column.name).toMatch(/^.{3,} — .{3,}$/);
    }
  });
});
