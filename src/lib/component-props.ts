import { z } from 'astro/zod';
import { hasProp, hasPropValue, whereUsed, type TagProps } from '../editorial/chapter-location';

/** Where every component and its props are documented for editors. */
export const EDITING_GUIDE = 'content/EDITING.md';

/** One line per problem, each naming the prop and what to do about it. */
function describeIssues(
  component: string,
  schema: z.ZodType,
  props: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
): string[] {
  const known = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const list = known.length ? ` (its props: ${known.join(', ')})` : '';
      return issue.keys.map((key) => `${key}: <${component}> has no such prop — remove it or check its spelling${list}`);
    }
    const key = String(issue.path[0] ?? '(props)');
    const missing = props[key] === undefined && /^Invalid input/.test(issue.message);
    return [`${key}: ${missing ? `required — add ${key}="…"` : issue.message}`];
  });
}

/** Does a tag, with the props written in the chapter, show the problems in `issues` (so its line is the one to report)? */
function showsIssues(tag: TagProps, props: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.every((issue) => {
    if (issue.code === 'unrecognized_keys') return issue.keys.some((k) => hasProp(tag, k));
    const key = String(issue.path[0] ?? '');
    const value = props[key];
    if (value === undefined) return !hasProp(tag, key);
    return typeof value === 'string' ? hasPropValue(tag, key, value) : hasProp(tag, key);
  });
}

/**
 * Validates the props an author passed to a component in MDX (which is not type-checked).
 * Throws an error naming the component, the chapter file and line it was used on, every bad
 * prop and the fix, so the build stops with something an editor can act on, e.g.
 * `<Quote> in content/chapters/00-introduction.mdx:17 (page /chapters/introduction/):
 *    by: required: who said it, e.g. by="Heydar Aliyev"`.
 */
export function parseProps<S extends z.ZodType>(component: string, schema: S, props: unknown, page: URL | string): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const given = (typeof props === 'object' && props !== null ? props : {}) as Record<string, unknown>;
  const { issues } = result.error;
  const where = whereUsed(component, page, (tag) => showsIssues(tag, given, issues));
  const error = new Error(
    `<${component}> in ${where}:\n${describeIssues(component, schema, given, issues)
      .map((l) => `  ${l}`)
      .join('\n')}\n` + `Fix the tag in the chapter; every component and its props are described in ${EDITING_GUIDE}.`,
  );
  error.stack = ''; // printed once, without the site's own code: the message names the chapter line to fix
  throw error;
}

/** A date as precise as the source gives it: `2001`, `2001-11` or `2001-11-09`. */
export const PartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD');
