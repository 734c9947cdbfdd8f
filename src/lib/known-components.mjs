// Markdown plugin (Sätteri, Astro 7's Markdown engine): a chapter may only use the components in the whitelist. An unknown tag
// fails at compile time with the file, the line and the nearest valid name, instead of
// MDX's generic "Expected component X to be defined" at render time.
import { editDistance } from './text.ts';
import { MDX_COMPONENT_NAMES, PAGE_COMPONENT_NAMES } from '../components/mdx/names.ts';

export function unknownComponentMessage(name, known) {
  const nearest = [...known].sort((x, y) => editDistance(name, x) - editDistance(name, y))[0];
  const hint = nearest && editDistance(name, nearest) <= 3 ? ` Did you mean <${nearest}>?` : '';
  return `<${name}> is not a component chapters can use.${hint} Available: ${known.map((k) => `<${k}>`).join(', ') || 'none'}. See content/EDITING.md.`;
}

/**
 * Throws for a capitalised JSX tag that is not in the whitelist (lower-case tags are HTML).
 * @param {{ name?: string | null, position?: { start?: { line?: number } } }} node
 * @param {readonly string[]} [known]
 */
export function checkComponent(node, known = MDX_COMPONENT_NAMES) {
  if (!node.name || !/^[A-Z]/.test(node.name) || known.includes(node.name)) return;
  const line = node.position?.start?.line;
  throw new Error(`${line ? `line ${line}: ` : ''}${unknownComponentMessage(node.name, known)}`);
}

/** The components a file may use: chapters the whitelist, pages in content/pages/ (and content/ru/pages/) their own list. */
function componentsFor(fileURL) {
  const path = fileURL?.pathname ?? '';
  return path.includes('/content/pages/') || path.includes('/content/ru/pages/') ? PAGE_COMPONENT_NAMES : MDX_COMPONENT_NAMES;
}

/** The Sätteri mdast plugin wired into astro.config.mjs: a factory, so it knows which file it checks. */
export const knownComponentsPlugin = ({ fileURL }) => {
  const known = componentsFor(fileURL);
  return {
    name: 'known-components',
    options: { position: true },
    mdxJsxFlowElement: (node) => checkComponent(node, known),
    mdxJsxTextElement: (node) => checkComponent(node, known),
  };
};
