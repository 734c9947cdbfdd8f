import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './temp-project';
import { CHART_IDS } from '../../src/charts/registry';

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
  /** What both check:data and the build print. */
  expected: (string | RegExp)[];
  /** What only check:data prints (its format: `file:line › what › field: fix`). */
  checkData?: (string | RegExp)[];
  /** What only the build prints. */
  build?: (string | RegExp)[];
  /** Whether the build prints the message once (default true). */
  once?: boolean;
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

// Each case checks both places an editor looks: `npm run check:data` (quick, run first) and the build.
// A few wiring cases only: that Astro, the MDX pipeline, the components and the data loader turn each
// kind of mistake into a failed build naming the file. The messages themselves are unit-tested:
// frontmatter and order in tests/unit/lib/chapters.test.ts, tags in mdx-whitelist.test.ts, props in
// lib/component-props.test.ts, charts/chart-component.test.ts and cite.test.ts, number references in
// data/num.test.ts, data records in data/validate.test.ts and data/check-data-script.test.ts.
const DEK = 'dek: A chapter written to provoke one mistake.';
/** The line of the closing "}" of a record given a comma after its last field, at the end of estimates.json. */
const trailingComma = (text: string) => text.replace(/\n\]\n?$/, ',\n  {\n    "id": "tm-2012",\n    "year": 2012,\n  }\n]\n');

const cases: Case[] = [
  {
    name: 'frontmatter mistakes (a missing title, order as a word, an unquoted colon)',
    files: {
      'content/chapters/90-no-title.mdx': chapter(`${DEK}\norder: 90`),
      'content/chapters/91-order.mdx': chapter(`title: A test chapter\n${DEK}\norder: "two"`),
      'content/chapters/92-colon.mdx': chapter(`title: Exporting conflict: Karabakh abroad\n${DEK}\norder: 92`),
    },
    expected: [
      'content/chapters/90-no-title.mdx:1 › frontmatter › title: required field is missing — add a line such as `title:',
      'content/chapters/91-order.mdx:4 › frontmatter › order: "two" is text — write a whole number without quotes, e.g. `order: 2`',
      'content/chapters/92-colon.mdx:2 › frontmatter › title: the value contains a colon, which YAML reads as a new field — put it in double quotes: `title: "Exporting conflict: Karabakh abroad"`',
    ],
  },
  {
    name: 'figures typed in prose and in an <Aside title>',
    files: {
      'content/chapters/90-digits.mdx': chapter(VALID, 'We counted 336 of them.\n\n<Aside title="The 3 levels">\nA note.\n</Aside>'),
    },
    expected: [
      'content/chapters/90-digits.mdx:7 › prose › "336": a figure typed as digits',
      'content/chapters/90-digits.mdx:9 › prose › "3": a figure typed as digits (“…title="The 3 levels"…”) — cite it with <Num id="…" />',
    ],
  },
  {
    name: 'an unknown component',
    files: { 'content/chapters/90-typo.mdx': chapter(VALID, 'Text.\n\n<Qoute by="Someone">Words</Qoute>') },
    expected: ['content/chapters/90-typo.mdx:9 › Qoute › (name): <Qoute> is not a component chapters can use. Did you mean <Quote>?'],
  },
  {
    name: 'an unclosed tag',
    files: { 'content/chapters/90-unclosed.mdx': chapter(VALID, 'Text.\n\n<Aside title="A note">\nA note.\n\nMore text.') },
    expected: [
      'content/chapters/90-unclosed.mdx:9 › MDX › syntax: Expected a closing tag for `<Aside>` (9:1)',
      'add </Aside> where the note ends',
    ],
  },
  {
    name: 'a chart given a wrong id',
    files: { 'content/chapters/90-chart.mdx': chapter(VALID, 'Text.\n\n<Chart id="organisation-counts" />') },
    expected: ['unknown chart id "organisation-counts"', `use one of: ${CHART_IDS.join(', ')}`, 'organisation-count'],
    checkData: ['content/chapters/90-chart.mdx:9 › Chart › id'],
    // A render-time error: Astro itself logs it three times (its error, "Caught error rendering", the summary).
    once: false,
    build: ['<Chart> in content/chapters/90-chart.mdx:9'],
  },
  {
    name: 'a bad data record (a negative count)',
    edit: ['data/organisations.json', editRecord('2016-06', (r) => (r['value'] = { kind: 'exact', value: -462 }))],
    expected: ['data/organisations.json › 2016-06 › value.value', 'must not be negative'],
  },
  {
    name: 'a JSON syntax error (a comma after the last field)',
    edit: ['data/estimates.json', trailingComma],
    expected: [/data\/estimates\.json:\d+:3\b.*trailing comma after the last field — remove the comma before "}"/],
    checkData: [/check:data found 1 problem:/],
  },
];

describe.each(cases)('$name', ({ files = {}, edit, expected, checkData = [], build = [], once = true }) => {
  let project: TempProject;
  let built: { code: number; output: string };
  let checked: { code: number; output: string };
  beforeAll(() => {
    project = tempProject();
    for (const [path, text] of Object.entries(files)) project.write(path, text);
    if (edit) project.write(edit[0], edit[1](project.read(edit[0])));
    checked = project.run('node scripts/check-data.ts');
    built = project.build();
  }, 240_000);
  afterAll(() => project.remove());

  const holds = (output: string, e: string | RegExp) => (typeof e === 'string' ? expect(output).toContain(e) : expect(output).toMatch(e));

  it('stops the build with the file, the line where there is one, and the fix — once, without a stack trace', () => {
    expect(built.code).not.toBe(0);
    for (const e of [...expected, ...build]) holds(built.output, e);
    if (once)
      for (const e of expected)
        if (typeof e === 'string' && e.length > 30) expect(built.output.split(e).length - 1, `printed once: ${e}`).toBe(1);
    expect(built.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('is reported by check:data with the same file, line and fix', () => {
    expect(checked.code).not.toBe(0);
    for (const e of [...expected, ...checkData]) holds(checked.output, e);
  });
});
