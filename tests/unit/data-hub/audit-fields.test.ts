// Records a researcher can audit: sources say when the project checked them and why one has no date;
// claims name their speaker by id and type, and keep when said apart from the date of the figure.
import { describe, expect, it } from 'vitest';
import { claims, sources, speakers } from '../../../src/data/load.ts';
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
    expect(
      SourceSchema.safeParse({ ...base, accessed: '2026-11-26', archived: 'https://web.archive.org/web/2026/https://example.org/' })
        .success,
    ).toBe(true);
  });
});

describe('claims.json', () => {
  it.each(claims.map((c) => [c.id, c] as const))('%s names its speaker by id, and the speaker has a type', (_, c) => {
    const speaker = speakers.find((s) => s.id === c.speakerId);
    expect(speaker, `speakerId "${c.speakerId}"`).toBeDefined();
    expect(['stateBody', 'stateMedia', 'politician', 'advocacy', 'thirdParty']).toContain(speaker!.type);
  });

  it('keeps when a claim was said apart from the date its figure refers to', () => {
    for (const c of claims) if (c.statedOn && c.date) expect(c.statedOn.start >= c.date.start, c.id).toBe(true);
    expect(claims.find((c) => c.id === 'countries-events-2023')?.statedOn?.start).toBe('2024-03-12');
  });
});
