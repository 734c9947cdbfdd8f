/**
 * `03-a-constitution.mdx` (or the collection id `03-a-constitution`) → `a-constitution`: a
 * chapter's address is its file name without the number, which only sorts the files. Plain
 * TypeScript so the build, the scripts and the tests share it.
 */
export function slugFromFileName(name: string): string {
  return name.replace(/\.mdx$/, '').replace(/^\d+[-_]/, '');
}
