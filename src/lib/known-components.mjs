// Markdown plugin (Sätteri, Astro 7's Markdown engine): a chapter may only use the components in the whitelist. An unknown tag
// fails at compile time with the file, the line and the nearest valid name, instead of
// MDX's generic "Expected component X to be defined" at render time.
import { editDistance } from './text.ts';
import { MDX_COMPONENT_NAMES } from '../components/mdx-names.ts';

export function unknownComponentMessage(name, known) {
  const nearest = [...known].sort((x, y) => editDistance(name, x) - editDistance(name, y))[0];
  const hint = nearest && editDistance(name, nearest) <= 3 ? ` Did you mean <${nearest}>?` : '';
  return `<${name}> is not a component chapters can use.${hint} Available: ${known.map((k) => `<${k}>`).join(', ') || 'none'}. See content/EDITING.md.`;
}

/** Throws for a capitalised JSX tag that is not in the whitelist (lower-case tags are HTML). */
export function checkComponent(node, known = MDX_COMPONENT_NAMES) {
  if (!node.name || !/^[A-Z]/.test(node.name) || known.includes(node.name)) return;
  const line = node.position?.start?.line;
  throw new Error(`${line ? `line ${line}: ` : ''}${unknownComponentMessage(node.name, known)}`);
}

/** The Sätteri mdast plugin wired into astro.config.mjs. */
export const knownComponentsPlugin = {
  name: 'known-components',
  options: { position: true },
  mdxJsxFlowElement: (node) => checkComponent(node),
  mdxJsxTextElement: (node) => checkComponent(node),
};
