// What an editor's frontmatter may say, and the order chapters are read in. The build wires these
// into Astro's content layer (tests/integration/editor-errors.test.ts checks one case end to end).
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { ChapterSchema } from '../../../src/lib/chapter-schema';
import { inReadingOrder } from '../../../src/lib/chapters';

const VALID = { title: 'A test chapter', dek: 'A chapter written to provoke one mistake.', order: 90 };
/** The fields a parse complains about, e.g. ['dek', 'order']. */
const badFields = (front: unknown) => {
  const r = ChapterSchema.safeParse(front);
  return r.success ? [] : r.error.issues.map((i) => (i.path.length ? i.path.join('.') : z.prettifyError(r.error)));
};

describe('chapter frontmatter', () => {
  test('a complete frontmatter passes, draft defaults to false', () => {
    expect(ChapterSchema.parse(VALID).draft).toBe(false);
  });
  test('a missing dek and an order given as text are both named', () => {
    expect(badFields({ title: 'A test chapter', order: 'ninety' })).toEqual(expect.arrayContaining(['dek', 'order']));
  });
  test('a missing order is named', () => {
    const { order: _order, ...withoutOrder } = VALID;
    expect(badFields(withoutOrder)).toEqual(['order']);
  });
  test('an unknown field is refused and named', () => {
    const r = ChapterSchema.safeParse({ ...VALID, author: 'Someone' });
    expect(r.success).toBe(false);
    expect(z.prettifyError(r.error!)).toContain('author');
  });
});

const entry = (id: string, order: number, draft = false) => ({ id, data: { order, draft } });

describe('reading order', () => {
  test('sorts by order, whatever the file order', () => {
    expect(inReadingOrder([entry('02-b', 2), entry('00-a', 0), entry('01-c', 1)], false).map((c) => c.id)).toEqual([
      '00-a',
      '01-c',
      '02-b',
    ]);
  });
  test('two chapters with the same order stop the build, naming both files and the fix', () => {
    expect(() => inReadingOrder([entry('00-introduction', 0), entry('90-clash', 0)], false)).toThrow(
      'content/chapters/90-clash.mdx: order 0 is already used by 00-introduction.mdx — give each chapter its own order.',
    );
  });
  test('drafts are left out of the build and shown by the dev server', () => {
    const chapters = [entry('00-a', 0), entry('01-wip', 1, true)];
    expect(inReadingOrder(chapters, false).map((c) => c.id)).toEqual(['00-a']);
    expect(inReadingOrder(chapters, true).map((c) => c.id)).toEqual(['00-a', '01-wip']);
  });
  test('a stray DEV=1 in the build environment (import.meta.env.DEV = "1") does not publish drafts', () => {
    expect(inReadingOrder([entry('00-a', 0), entry('01-wip', 1, true)], '1').map((c) => c.id)).toEqual(['00-a']);
  });
});
