/**
 * The names of the components chapters may use without importing them — the whole whitelist.
 * Kept apart from src/components/mdx/index.ts (which maps each name to its .astro component) because the
 * Markdown plugin in astro.config.mjs cannot import .astro files; mdx.ts is type-checked against
 * this list, so the two cannot drift.
 */
export const MDX_COMPONENT_NAMES = ['Quote', 'Aside', 'Lede', 'Chart', 'Num', 'Cite'] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/**
 * The components the prose of a page in content/pages/ may use: <Num>, and the lists and tables
 * generated from the data (src/components/about/), which chapters cannot use. Only these, so a
 * page loads no chart code or styles it does not show.
 */
export const PAGE_COMPONENT_NAMES = ['Num', 'Term', 'DerivedFigures', 'LevelTable', 'UnverifiedEvents', 'Corrections'] as const;

export type PageComponentName = (typeof PAGE_COMPONENT_NAMES)[number];
