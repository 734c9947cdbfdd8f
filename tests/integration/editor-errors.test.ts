import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './temp-project';

/**
 * Every mistake an editor can make stops the build with a message that names the file and
 * says what to fix. Each case changes one thing in a fresh copy of the project and builds it.
 */
const chapter = (front: string, body = 'Some text.') => `---\n${front}\n---\n\n${body}\n`;
const VALID = 'title: A test chapter\ndek: A chapter written to provoke one mistake.\norder: 90';

interface Case {
  name: string;
  /** Files to write (path → text) in the copy of the project. */
  files?: Record<string, string>;
  /** A change to make to an existing file: its path and a function of its text. */
  edit?: [path: string, change: (text: string) => string];
  expected: (string | RegExp)[];
}

/** A data file (JSON list of records) with the record `id` changed by `change`. */
const editRecord = (id: string, change: (record: Record<string, unknown>) => void) => (text: string) =>
  JSON.stringify(
    (JSON.parse(text) as Record<string, unknown>[]).map((r) => {
      if (r['id'] === id) change(r);
      return r;
    }),
    null,
    2,
  );

// A few wiring cases only: that Astro, the MDX pipeline, the components and the data loader turn each
// kind of mistake into a failed build naming the file. The messages themselves are unit-tested:
// frontmatter and order in tests/unit/lib/chapters.test.ts, tags in mdx-whitelist.test.ts, props in
// lib/component-props.test.ts, charts/chart-component.test.ts and cite.test.ts, number references in
// data/num.test.ts, data records in data/validate.test.ts and data/check-data-script.test.ts.
const cases: Case[] = [
  {
    name: 'invalid frontmatter (missing dek, order as text)',
    files: { 'content/chapters/90-broken.mdx': chapter('title: A test chapter\norder: ninety') },
    expected: ['90-broken.mdx', /dek/, /order/],
  },
  {
    name: 'an unknown component',
    files: { 'content/chapters/90-typo.mdx': chapter(VALID, 'Text.\n\n<Qoute by="Someone">Words</Qoute>') },
    expected: ['90-typo.mdx', 'line 9', '<Qoute> is not a component chapters can use'],
  },
  {
    name: 'a chart given a wrong id',
    files: { 'content/chapters/90-chart.mdx': chapter(VALID, 'Text.\n\n<Chart id="organisation-counts" />') },
    expected: ['<Chart> in content/chapters/90-chart.mdx:9', 'unknown chart id "organisation-counts"', 'use one of: claimed-vs-counted,', 'organisation-count'],
  },
  {
    name: 'a bad data record (a negative count)',
    edit: ['data/organisations.json', editRecord('2016-06', (r) => (r['value'] = { kind: 'exact', value: -462 }))],
    expected: ['data/organisations.json › 2016-06 › value.value', 'must not be negative'],
  },
];

describe.each(cases)('the build refuses $name', ({ files = {}, edit, expected }) => {
  let project: TempProject;
  let result: { code: number; output: string };
  beforeAll(() => {
    project = tempProject();
    for (const [path, text] of Object.entries(files)) project.write(path, text);
    if (edit) project.write(edit[0], edit[1](project.read(edit[0])));
    result = project.build();
  }, 240_000);
  afterAll(() => project.remove());

  it('exits non-zero with a message naming the file and the fix', () => {
    expect(result.code).not.toBe(0);
    for (const e of expected) {
      if (typeof e === 'string') expect(result.output).toContain(e);
      else expect(result.output).toMatch(e);
    }
  });
});
