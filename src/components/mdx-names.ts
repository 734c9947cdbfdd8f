/**
 * The names of the components chapters may use without importing them — the whole whitelist.
 * Kept apart from src/components/mdx.ts (which maps each name to its .astro component) because the
 * Markdown plugin in astro.config.mjs cannot import .astro files; mdx.ts is type-checked against
 * this list, so the two cannot drift.
 */
export const MDX_COMPONENT_NAMES = ['Quote', 'Aside', 'Lede', 'Chart', 'Num', 'Cite'] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
