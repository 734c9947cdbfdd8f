import { mdxToMdast } from 'satteri';

/**
 * A chapter's MDX as a syntax tree (mdast with MDX nodes), parsed by Sätteri — the parser the
 * build itself uses — so the copy desk and the prose checks read a chapter exactly as the site
 * does: frontmatter, components and their props, text, links and footnotes, with line numbers.
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
