import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseProps, PartialDate } from '../../../src/lib/component-props';
import { formatDate } from '../../../src/data/format';

describe('parseProps', () => {
  const schema = z.strictObject({ by: z.string().min(1), inline: z.boolean().default(false) });

  it('returns the parsed props with defaults', () => {
    expect(parseProps('Quote', schema, { by: 'A' }, '/x/')).toEqual({ by: 'A', inline: false });
  });

  it('names the component, the page, the bad prop and where the props are documented', () => {
    expect(() => parseProps('Quote', schema, {}, new URL('http://h/chapters/no-such-chapter/'))).toThrow(
      /<Quote> in \/chapters\/no-such-chapter\/:\n {2}by: required — add by="…"\n.*content\/EDITING\.md/,
    );
    expect(() => parseProps('Quote', schema, { by: 'A', sorce: 'typo' }, '/x/')).toThrow(
      'sorce: <Quote> has no such prop — remove it or check its spelling (its props: by, inline)',
    );
  });
});

describe('PartialDate and its reader-facing form', () => {
  it.each([
    ['2001', '2001'],
    ['2001-11', 'November 2001'],
    ['2001-11-09', '9 November 2001'],
  ])('%s → %s', (iso, text) => {
    expect(PartialDate.parse(iso)).toBe(iso);
    expect(formatDate(iso)).toBe(text);
  });

  it.each(['01', '2001-13', '2001-02-32', '9 Nov 2001'])('refuses %s', (bad) => {
    expect(PartialDate.safeParse(bad).success).toBe(false);
  });
});
