/**
 * Field descriptions for the data dictionary and datapackage.json, taken from the JSDoc lines of
 * the Zod schemas in src/data/schemas/ — the same text editors see — so there is one place to
 * describe a field. Pure: it reads source text passed in, never files.
 */

/** The `/** … *\/ key:` pairs directly inside one `{ … }` block, JSDoc joined into one line. */
function docsInBlock(block: string): Map<string, string> {
  const docs = new Map<string, string>();
  let depth = 0;
  for (let i = 0; i < block.length; i++) {
    const ch = block[i];
    if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if (ch === '}' || ch === ')' || ch === ']') depth--;
    else if (depth === 0 && block.startsWith('/**', i)) {
      const end = block.indexOf('*/', i);
      const key = /^\*\/\s*([A-Za-z]+)\s*:/.exec(block.slice(end));
      if (end > 0 && key) {
        const text = block
          .slice(i + 3, end)
          .split('\n')
          .map((l) => l.replace(/^\s*\*\s?/, '').trim())
          .filter(Boolean)
          .join(' ');
        // Pointers into the code ("see SourceKindSchema") mean nothing to a reader of the data.
        docs.set(key[1]!, text.replace(/;\s*see \w+Schema\b/, ''));
      }
      i = end + 1;
    }
  }
  return docs;
}

/** The body of every `strictObject({ … })` in the source, in order. */
function objectBlocks(source: string): { start: number; body: string }[] {
  const blocks: { start: number; body: string }[] = [];
  const re = /(?:strictObject|object)\(\{/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const open = m.index + m[0].length;
    let depth = 1;
    let i = open;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === '{') depth++;
      else if (source[i] === '}') depth--;
    }
    blocks.push({ start: m.index, body: source.slice(open, i - 1) });
  }
  return blocks;
}

/** Field docs of the record schema of a data file: the first object block with a documented `id`. */
export function recordFieldDocs(source: string): Map<string, string> {
  for (const block of objectBlocks(source)) {
    const docs = docsInBlock(block.body);
    if (docs.has('id')) return docs;
  }
  return new Map();
}

/** Field docs of every object block in a file, merged (first wins): for shared nested types. */
export function allFieldDocs(source: string): Map<string, string> {
  const docs = new Map<string, string>();
  for (const block of objectBlocks(source)) for (const [k, v] of docsInBlock(block.body)) if (!docs.has(k)) docs.set(k, v);
  return docs;
}

/** The docs of the object block that follows `export const <name> =` in the source. */
export function namedSchemaDocs(source: string, name: string): Map<string, string> {
  const at = source.indexOf(`export const ${name} =`);
  const block = objectBlocks(source).find((b) => b.start > at);
  return at < 0 || !block ? new Map() : docsInBlock(block.body);
}

/** The JSDoc above the record schema (`One entry of data/<file>.json: …`), without that prefix. */
export function recordSchemaDoc(source: string): string {
  const block = objectBlocks(source).find((b) => docsInBlock(b.body).has('id'));
  if (!block) return '';
  const before = source.slice(0, source.lastIndexOf('export const', block.start));
  const m = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/.exec(before);
  if (!m) return '';
  const text = m[1]!
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
  return text.replace(/^One entry of data\/[a-z]+\.json:\s*/, '').replace(/^./, (c) => c.toUpperCase());
}
