import { ChapterSchema } from '../lib/chapter-schema.ts';
import { frontmatterLines, yamlScalar } from '../lib/chapter-files.ts';

/**
 * A chapter's frontmatter checked the way an editor can act on: the line, the field and the fix.
 * Used by check:data and the copy desk (through copydesk), by the build and by the dev overlay
 * (src/editorial/chapter-checks-plugin.ts), so each tool says the same thing. Chapter frontmatter is
 * flat `field: value` lines, read by the one frontmatter reader (frontmatterLines in
 * src/lib/chapter-files.ts) so each value keeps its line number; the values are then checked
 * against the one schema the site uses (src/lib/chapter-schema.ts).
 */
export interface FrontmatterProblem {
  /** 1-based line in the chapter file. */
  line: number;
  field: string;
  reason: string;
}

const FIELDS = Object.keys(ChapterSchema.shape);

const EXAMPLES: Record<string, string> = {
  title: 'title: The congress can’t count',
  dek: 'dek: How Russia’s census and the diaspora’s own claims drifted apart.',
  order: 'order: 5',
  draft: 'draft: false',
};

/** The fix for one schema issue on one field. */
function fix(field: string, code: string, message: string, value: unknown): string {
  if (value === undefined)
    return `required field is missing — add a line such as \`${EXAMPLES[field] ?? `${field}: …`}\` between the --- lines`;
  if (field === 'order') {
    return typeof value === 'string'
      ? `"${value}" is text — write a whole number without quotes, e.g. \`order: 2\``
      : `must be a whole number, 0 or more (0 is the introduction), e.g. \`order: 2\``;
  }
  if (field === 'draft') return 'must be true or false, without quotes';
  if (code === 'too_small' || code === 'too_big')
    return `${message.replace(/^Too (small|big): expected string to have /, 'must have ')} — see the table in content/EDITING.md, "Frontmatter"`;
  return message;
}

/** Problems in the frontmatter of `source` (a whole chapter file); [] when it is valid. */
export function frontmatterProblems(source: string): FrontmatterProblem[] {
  const lines = frontmatterLines(source);
  if (lines === 'missing')
    return [
      { line: 1, field: '(frontmatter)', reason: 'the file must start with a line `---`, then the fields (title, dek, order), then `---`' },
    ];
  if (lines === 'unclosed')
    return [{ line: 1, field: '(frontmatter)', reason: 'the frontmatter is not closed — add a line `---` after the last field' }];
  const problems: FrontmatterProblem[] = [];
  const values: Record<string, unknown> = {};
  const lineOf: Record<string, number> = {};
  for (const { line, text, field, raw } of lines) {
    if (!text.trim() || text.trim().startsWith('#')) continue;
    if (field === undefined || raw === undefined) {
      problems.push({
        line,
        field: '(frontmatter)',
        reason: `"${text.trim()}" is not a \`field: value\` line — each field goes on one line, e.g. \`title: A title\``,
      });
      continue;
    }
    lineOf[field] = line;
    if (!FIELDS.includes(field)) {
      problems.push({ line, field, reason: `is not a frontmatter field — check its spelling; the fields are ${FIELDS.join(', ')}` });
      continue;
    }
    if (!/^["']/.test(raw) && /:(\s|$)/.test(raw)) {
      problems.push({
        line,
        field,
        reason: `the value contains a colon, which YAML reads as a new field — put it in double quotes: \`${field}: "${raw.replace(/"/g, '\\"')}"\``,
      });
      continue;
    }
    values[field] = yamlScalar(raw);
  }
  const parsed = ChapterSchema.safeParse(values);
  if (parsed.success) return problems;
  const reported = new Set(problems.map((p) => p.field));
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '(frontmatter)');
    if (reported.has(field)) continue; // its line is already reported, with a better fix
    problems.push({ line: lineOf[field] ?? 1, field, reason: fix(field, issue.code, issue.message, values[field]) });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** One problem as the build and check:data print it. */
export const frontmatterLine = (file: string, p: FrontmatterProblem): string => `${file}:${p.line} › frontmatter › ${p.field}: ${p.reason}`;
