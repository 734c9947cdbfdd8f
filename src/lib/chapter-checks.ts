import { frontmatterProblems } from './frontmatter-check.ts';
import { parseMdx } from './mdx-tree.ts';
import { proseDigits } from './prose-digits.ts';

/**
 * The chapter checks the build and the dev server run on every chapter file, so a mistake that
 * check:data and the copy desk report also stops the build and shows over the page in dev:
 * frontmatter (line, field, fix) and figures typed as digits in prose or in an <Aside title>.
 * Returns the lines to print, each `file:line …: fix`; [] when the chapter is fine. MDX syntax
 * errors are left to the MDX compiler, which reports them at their line.
 */
export interface ChapterProblem {
  line: number;
  text: string;
}

export function chapterProblems(file: string, source: string): ChapterProblem[] {
  const problems: ChapterProblem[] = frontmatterProblems(source).map((p) => ({ line: p.line, text: `${file}:${p.line} frontmatter › ${p.field}: ${p.reason}` }));
  let tree;
  try {
    tree = parseMdx(source);
  } catch {
    return problems;
  }
  for (const d of proseDigits(tree)) {
    problems.push({ line: d.line, text: `${file}:${d.line} prose › "${d.text}": a figure typed as digits (“…${d.context}…”) — cite it with <Num id="…" />; only years (1900–2039) and the day of a written date may be typed (content/EDITING.md, rule 2)` });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The message for several problems: one line each, then where to read more. */
export function chapterProblemsMessage(problems: readonly ChapterProblem[]): string {
  return `${problems.length === 1 ? 'A mistake' : `${problems.length} mistakes`} in a chapter:\n${problems.map((p) => `  ${p.text}`).join('\n')}\nFix ${problems.length === 1 ? 'it' : 'them'} and save; \`npm run check:data\` lists every problem in every chapter.`;
}
