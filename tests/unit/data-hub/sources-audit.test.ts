// Sources a researcher can audit: each says when the project checked it, and an undated one says why.
import { describe, expect, it } from 'vitest';
import { sources } from '../../../src/data/load.ts';
import { SourceSchema } from '../../../src/data/schemas/index.ts';

describe('sources.json', () => {
  it.each(sources.map((s) => [s.id, s] as const))('%s says when it was checked, and why it has no date if it has none', (_, s) => {
    expect(s.accessed, 'accessed').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (s.date) expect(s.undatedBecause, 'a dated source needs no reason').toBeUndefined();
    else expect(s.undatedBecause, 'undatedBecause').toBeDefined();
    if (s.date && s.accessed) expect(s.accessed >= s.date.start.slice(0, s.accessed.length), 'checked before it was published').toBe(true);
  });

  it('rejects an access date that is not a calendar day, and an archive link that is not a URL', () => {
    const base = { id: 'x', kind: 'media', publisher: 'Pub', title: 'Title', url: 'https://example.org/', language: 'en', partisan: false };
    expect(SourceSchema.safeParse({ ...base, accessed: '2026-13-01' }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base, archived: 'not a url' }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base, accessed: '2026-11-26', archived: 'https://web.archive.org/web/2026/https://example.org/' }).success).toBe(true);
  });
});
