/**
 * `03-a-constitution.mdx` (or the collection id `03-a-constitution`) → `a-constitution`: a
 * chapter's address is its file name without the number, which only sorts the files. Plain
 * TypeScript so the build, the scripts and the tests share it.
 */
export function slugFromFileName(name: string): string {
  return name.replace(/\.mdx$/, '').replace(/^\d+[-_]/, '');
}

/** One line between the `---` fences of a file's frontmatter, with its 1-based line number. */
export interface FrontmatterLine {
  line: number;
  /** The line as written, without its line ending. */
  text: string;
  /** The field a `field: value` line sets, and its value as written (quotes kept); absent on other lines. */
  field?: string;
  raw?: string;
}

/**
 * The lines of an MDX file's frontmatter block: `'missing'` when the file does not start with
 * `---`, `'unclosed'` when no second `---` ends it. Chapters use flat `field: value` lines only;
 * this is the one reader of them — the frontmatter check (src/editorial/frontmatter-check.ts) gives each
 * value its line, `frontmatterOf` gives the values to the tools outside the build.
 */
export function frontmatterLines(source: string): FrontmatterLine[] | 'missing' | 'unclosed' {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return 'missing';
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return 'unclosed';
  return lines.slice(1, end).map((text, i) => {
    const m = /^([A-Za-z_][\w-]*):\s*(.*?)\s*$/.exec(text);
    return m ? { line: i + 2, text, field: m[1]!, raw: m[2]! } : { line: i + 2, text };
  });
}

/** A YAML scalar as written on one line: quoted text, a number, true/false, or plain text. */
export function yamlScalar(text: string): unknown {
  if (/^".*"$/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text.slice(1, -1);
    }
  }
  if (/^'.*'$/.test(text)) return text.slice(1, -1).replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

/**
 * The frontmatter of an MDX file as field → text, for the tools that read chapter files outside
 * the build (copy desk, scaffold, edition parity, e2e tests); the build itself reads it through the
 * content collection and validates it with ChapterSchema. Values lose their quotes; a file without
 * frontmatter has none.
 */
export function frontmatterOf(source: string): Record<string, string> {
  const lines = frontmatterLines(source);
  if (typeof lines === 'string') return {};
  return Object.fromEntries(lines.flatMap((l) => (l.field === undefined ? [] : [[l.field, String(yamlScalar(l.raw ?? ''))]])));
}
