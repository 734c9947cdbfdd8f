import { describe, expect, it } from 'vitest';
import { frontmatterProblems } from '../../../src/editorial/frontmatter-check';
import { chapterProblems } from '../../../src/editorial/chapter-checks';
import { describeJsonError } from '../../../src/data/json-syntax';

/** The messages the build, the dev overlay, check:data and the copy desk print for an editor's mistake. */
const chapter = (front: string, body = 'Some text.') => `---\n${front}\n---\n\n${body}\n`;
const DEK = 'dek: A chapter written to provoke one mistake.';

describe('frontmatter mistakes give the line, the field and the fix', () => {
  it.each([
    [
      'a missing title',
      `${DEK}\norder: 3`,
      {
        line: 1,
        field: 'title',
        reason: expect.stringMatching(/^required field is missing — add a line such as `title: .+` between the --- lines$/),
      },
    ],
    [
      'order written as a word',
      `title: A title\n${DEK}\norder: "two"`,
      { line: 4, field: 'order', reason: '"two" is text — write a whole number without quotes, e.g. `order: 2`' },
    ],
    [
      'order as a word without quotes',
      `title: A title\n${DEK}\norder: two`,
      { line: 4, field: 'order', reason: '"two" is text — write a whole number without quotes, e.g. `order: 2`' },
    ],
    [
      'an unquoted colon in the title',
      `title: Exporting conflict: Karabakh abroad\n${DEK}\norder: 3`,
      {
        line: 2,
        field: 'title',
        reason:
          'the value contains a colon, which YAML reads as a new field — put it in double quotes: `title: "Exporting conflict: Karabakh abroad"`',
      },
    ],
    [
      'a misspelt field',
      `title: A title\n${DEK}\norder: 3\ntitel: x`,
      {
        line: 5,
        field: 'titel',
        reason: expect.stringContaining('is not a frontmatter field — check its spelling; the fields are title, dek, order'),
      },
    ],
  ])('%s', (_name, front, expected) => {
    expect(frontmatterProblems(chapter(front))).toEqual([expected]);
  });

  it('accepts a quoted title with a colon and every optional field', () => {
    expect(frontmatterProblems(chapter(`title: "A: b"\n${DEK}\norder: 3\ndraft: true\nshortTitle: A\nbyline: Our own reporting`))).toEqual(
      [],
    );
  });
});

describe('the build and dev checks (src/editorial/chapter-checks.ts)', () => {
  it('name the file and line of a typed figure in prose and in an <Aside title>', () => {
    const found = chapterProblems(
      'content/chapters/09-x.mdx',
      chapter(
        `title: A title\n${DEK}\norder: 9`,
        'We counted 336 of them in 2016.\n\n<Aside title="The 3 levels">\nNote on the 2nd level.\n</Aside>',
      ),
    );
    expect(found.map((p) => p.text)).toEqual([
      expect.stringMatching(/^content\/chapters\/09-x\.mdx:7 › prose › "336": a figure typed as digits .* cite it with <Num id="…" \/>/),
      expect.stringMatching(/^content\/chapters\/09-x\.mdx:9 › prose › "3": a figure typed as digits \(“…title="The 3 levels"…”\)/),
      expect.stringMatching(/^content\/chapters\/09-x\.mdx:10 › prose › "2": /),
    ]);
  });
});

describe('a JSON syntax error says where and what', () => {
  const where = (text: string) => {
    try {
      JSON.parse(text);
    } catch (error) {
      return describeJsonError(text, (error as Error).message);
    }
    throw new Error('expected a syntax error');
  };
  it.each([
    [
      '[\n  {\n    "id": "x",\n    "year": 2014,\n  }\n]',
      { line: 5, column: 3, reason: 'trailing comma after the last field — remove the comma before "}"' },
    ],
    [
      '[\n  { "id": "x" }\n  { "id": "y" }\n]',
      { line: 3, column: 3, reason: 'missing comma between two fields or items — add "," at the end of the line before' },
    ],
    ['[\n  { "id": "x" }\n', { line: 3, column: 1, reason: 'the file ends too early — a closing "}" or "]" is missing' }],
    ["[{ 'id': 'x' }]", { line: 1, column: 4, reason: 'single quotes — JSON needs double quotes "…"' }],
  ])('%j', (text, expected) => {
    expect(where(text)).toEqual(expected);
  });
});
