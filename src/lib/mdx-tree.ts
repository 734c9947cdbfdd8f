import { mdxToMdast } from 'satteri';

/**
 * A chapter's MDX as a syntax tree (mdast with MDX nodes), parsed by Sätteri — the parser the
 * build itself uses — so every tool that reads a chapter (copy desk, chapter checks, prose digits,
 * reading time, edition parity, source usage, data impact, the file:line of a component's error)
 * reads it exactly as the site does: frontmatter, components and their props, text, links and
 * footnotes, with line numbers. No tool finds tags in chapter text with regular expressions.
 */
export interface MdNode {
  type: string;
  /** Component name of an MDX element (`Num`, `Quote`…). */
  name?: string | null;
  value?: string;
  url?: string;
  title?: string | null;
  identifier?: string;
  attributes?: readonly MdAttribute[];
  children?: readonly MdNode[];
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

interface MdAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** A prop as written: a string, `true` for a bare prop, or the source of a `{…}` expression. */
export type PropValue = string | true | { expression: string };

export function parseMdx(source: string): MdNode {
  return mdxToMdast(source, { features: { frontmatter: true } }) as unknown as MdNode;
}

/** Calls `visit` on every node, depth first in document order, with the node's ancestors. */
export function walk(node: MdNode, visit: (node: MdNode, ancestors: readonly MdNode[]) => void, ancestors: readonly MdNode[] = []): void {
  visit(node, ancestors);
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}

export const isComponent = (node: MdNode, name?: string): boolean =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || node.name === name);

/** The props of an MDX element by name (spread attributes are ignored). */
export function propsOf(node: MdNode): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    const v = a.value;
    props[a.name] = v === null || v === undefined ? true : typeof v === 'string' ? v : { expression: v.value };
  }
  return props;
}

/** A prop's string value, or undefined when it is missing or not a plain string. */
export function stringProp(node: MdNode, name: string): string | undefined {
  const v = propsOf(node)[name];
  return typeof v === 'string' ? v : undefined;
}

/** The text a reader sees inside a node, without markup (components contribute their text children). */
export function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join(node.type === 'root' || node.type.endsWith('FlowElement') ? '\n' : '');
}

export const lineOf = (node: MdNode): number => node.position?.start.line ?? 0;

/** Each `<name>` element of an MDX source, in document order, with its 1-based line and its props. */
export function elementsNamed(source: string, name: string): { line: number; props: Record<string, PropValue> }[] {
  const found: { line: number; props: Record<string, PropValue> }[] = [];
  walk(parseMdx(source), (node) => {
    if (isComponent(node, name)) found.push({ line: lineOf(node), props: propsOf(node) });
  });
  return found;
}

/** What a chapter cites. */
export interface ChapterRefs {
  /** `<Num id>` refs, each once, sorted. */
  nums: string[];
  /** `<Chart id>`s in document order. */
  charts: string[];
  /** `<Cite source>` ids, each once, sorted. */
  cites: string[];
}

const unique = (xs: readonly string[]) => [...new Set(xs)].sort();

/** The refs an MDX source (with or without its frontmatter) cites in `<Num>`, `<Chart>` and `<Cite>`. */
export function chapterRefs(source: string): ChapterRefs {
  const nums: string[] = [];
  const charts: string[] = [];
  const cites: string[] = [];
  walk(parseMdx(source), (node) => {
    if (isComponent(node, 'Num')) nums.push(stringProp(node, 'id') ?? '');
    else if (isComponent(node, 'Chart')) charts.push(stringProp(node, 'id') ?? '');
    else if (isComponent(node, 'Cite')) cites.push(stringProp(node, 'source') ?? '');
  });
  return { nums: unique(nums), charts, cites: unique(cites) };
}
