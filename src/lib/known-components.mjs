// Markdown plugin (Sätteri, Astro 7's Markdown engine): a chapter may only use the components in the whitelist. An unknown tag
// fails at compile time with the file, the line and the nearest valid name, instead of
// MDX's generic "Expected component X to be defined" at render time.
import { readFileSync } from 'node:fs';

const WHITELIST = new URL('../components/mdx.ts', import.meta.url);

/**
 * The keys of `mdxComponents` in src/components/mdx.ts. The config cannot import that file
 * (it imports .astro components), so we read its keys from the source; a unit test checks
 * that this list equals Object.keys(mdxComponents).
 */
export function whitelistNames(source = readFileSync(WHITELIST, 'utf8')) {
  const body = source.match(/mdxComponents\s*=\s*\{([^}]*)\}/)?.[1] ?? '';
  return body
    .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
    .split(',')
    .map((entry) => entry.split(':')[0].trim())
    .filter((key) => /^[A-Z]\w*$/.test(key));
}

/** Levenshtein distance, to suggest the component the editor probably meant. */
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export function unknownComponentMessage(name, known) {
  const nearest = [...known].sort((x, y) => distance(name, x) - distance(name, y))[0];
  const hint = nearest && distance(name, nearest) <= 3 ? ` Did you mean <${nearest}>?` : '';
  return `<${name}> is not a component chapters can use.${hint} Available: ${known.map((k) => `<${k}>`).join(', ') || 'none'}. See content/EDITING.md.`;
}

/** Throws for a capitalised JSX tag that is not in the whitelist (lower-case tags are HTML). */
export function checkComponent(node, known = whitelistNames()) {
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
