import { frontmatterLine, frontmatterProblems } from './frontmatter-check.ts';
import { isComponent, lineOf, parseMdx, walk } from '../lib/mdx-tree.ts';
import { unknownComponentMessage } from '../lib/known-components.mjs';
import { MDX_COMPONENT_NAMES } from '../components/mdx/names.ts';
import { proseDigits, typedFigureReason } from '../lib/prose-digits.ts';

/**
 * The chapter checks the build and the dev server run on every chapter file, so a mistake that
 * check:data and the copy desk report also stops the build and shows over the page in dev:
 * frontmatter (line, field, fix), MDX syntax (an unclosed tag), unknown components, and figures
 * typed as digits in prose or in an <Aside title>. Returns the lines to print, each
 * `file:line › what › field: fix` as check:data prints them; [] when the chapter is fine.
 */
export interface ChapterProblem {
  line: number;
  text: string;
}

export function chapterProblems(file: string, source: string): ChapterProblem[] {
  const problems: ChapterProblem[] = frontmatterProblems(source).map((p) => ({ line: p.line, text: frontmatterLine(file, p) }));
  let tree;
  try {
    tree = parseMdx(source);
  } catch (error) {
    // Said here, once and with the fix, rather than by the MDX compiler with its stack trace.
    const syntax = mdxSyntaxProblem((error as Error).message);
    return [...problems, { line: syntax.line, text: `${file}:${syntax.line} › MDX › syntax: ${syntax.reason}` }];
  }
  const components: readonly string[] = MDX_COMPONENT_NAMES;
  walk(tree, (node) => {
    if (isComponent(node) && node.name && /^[A-Z]/.test(node.name) && !components.includes(node.name)) {
      problems.push({
        line: lineOf(node),
        text: `${file}:${lineOf(node)} › ${node.name} › (name): ${unknownComponentMessage(node.name, components)}`,
      });
    }
  });
  for (const d of proseDigits(tree)) {
    problems.push({ line: d.line, text: `${file}:${d.line} › prose › "${d.text}": ${typedFigureReason(d.context)}` });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The message for several problems: one line each, then where to read more. */
export function chapterProblemsMessage(problems: readonly ChapterProblem[]): string {
  return `${problems.length === 1 ? 'A mistake' : `${problems.length} mistakes`} in a chapter:\n${problems.map((p) => `  ${p.text}`).join('\n')}\nFix ${problems.length === 1 ? 'it' : 'them'} and save; \`npm run check:data\` lists every problem in every chapter.`;
}

/** An MDX parse error as line and reason, with the fix for the commonest one (a tag left open). */
export function mdxSyntaxProblem(message: string): { line: number; reason: string } {
  const unclosed = /closing tag for `<(\w+)>`/.exec(message)?.[1];
  const hint = unclosed
    ? ` — add </${unclosed}> where the ${unclosed === 'Aside' ? 'note' : 'element'} ends, or write <${unclosed} … /> if it has no content`
    : '';
  const line = Number(message.match(/^(\d+):/)?.[1] ?? message.match(/\((\d+):\d+\)/)?.[1] ?? 0);
  return { line, reason: message.replace(/^\d+:\d+:\s*/, '') + hint };
}
