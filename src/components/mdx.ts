/**
 * The components chapters may use without importing them — the whole whitelist.
 * A chapter that uses a tag not listed here fails the build with MDX's "expected component" error.
 * Each component validates its own props at render time (MDX is not type-checked).
 */
export const mdxComponents = {};
