/**
 * `03-a-constitution.mdx` (or the collection id `03-a-constitution`) → `a-constitution`: a
 * chapter's address is its file name without the number, which only sorts the files. Plain
 * TypeScript so the build, the scripts and the tests share it.
 */
export function slugFromFileName(name: string): string {
  return name.replace(/\.mdx$/, '').replace(/^\d+[-_]/, '');
}

/**
 * The frontmatter of an MDX file as key → text, for the tools that read chapter files outside
 * the build (copy desk, scaffold, e2e tests); the build itself reads it through the content
 * collection and validates it with ChapterSchema. Chapters use flat `key: value` lines only, so
 * this is the one reader: values lose their surrounding quotes; nested YAML is not supported.
 */
export function frontmatterOf(source: string): Record<string, string> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(source)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/^([A-Za-z]\w*):[ \t]*(.*?)[ \t]*$/gm)].map((m) => [m[1]!, m[2]!.replace(/^(["'])(.*)\1$/, '$2')]),
  );
}
