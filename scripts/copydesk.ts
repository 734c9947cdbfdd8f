// `npm run copydesk [-- <chapter>…] [--out <file>]`: the fact-checker's sheet for each chapter —
// every number shown with its record and sources, every quotation with its attribution, every
// chart with its title and alt text, every link, and any problem — as Markdown with a checkbox
// per item. Prints to stdout, or writes one file with --out. `<chapter>` filters by file name
// (`04`, `congress`). Runs on Node's TypeScript support; scripts/lib/ts-hooks.mjs lets it load the charts.
import './lib/ts-hooks.mjs'; // before the dynamic imports of the dataset and the charts
import { writeFileSync } from 'node:fs';
import { copydesk, renderSheet, type ChartInfo } from '../src/editorial/copydesk.ts';
import { readDataDir, releaseReport } from './lib/data-release.ts';
import { problemLine } from '../src/data/problems.ts';
import { editionParity, renderParity } from '../src/lib/parity.ts';
import { EDITION_DIRS, readEdition } from './lib/editions.ts';

const root = new URL('../', import.meta.url);
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
if (outAt >= 0 && !out) {
  console.error('--out needs a file name, e.g. npm run copydesk -- --out /tmp/copydesk.md');
  process.exit(2);
}
const filters = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));

// A data file that is not JSON stops here, with its line and column (as check:data says it).
const { raw, syntax } = readDataDir(new URL('data/', root));
if (syntax.length) {
  console.error(`copydesk: fix the JSON first:\n${syntax.map((p) => `  ${problemLine(p)}`).join('\n')}`);
  process.exit(1);
}
// The dataset and the charts are loaded as the build loads them; a bad data file stops here.
let load: typeof import('../src/data/load.ts');
let registry: typeof import('../src/charts/registry.ts');
try {
  load = await import('../src/data/load.ts');
  registry = await import('../src/charts/registry.ts');
} catch (error) {
  console.error(
    `copydesk: cannot load the dataset or the charts:\n${(error as Error).message}\nRun \`npm run check:data\` for the full list of problems.`,
  );
  process.exit(1);
}
const charts = new Map<string, ChartInfo>(registry.charts.map((c) => [c.id, c]));
const ctx = { figures: load.figures, sources: load.sourceById, charts };

// Both editions (each Russian chapter's sheet follows its English counterpart's), then the pages
// whose prose is MDX (content/pages/about.mdx), checked alike.
const matches = (file: string) => filters.length === 0 || filters.some((w) => file.split('/').pop()!.includes(w));
const en = readEdition(root, EDITION_DIRS.en);
const ru = readEdition(root, EDITION_DIRS.ru);
const pages = [...readEdition(root, 'content/pages'), ...readEdition(root, 'content/ru/pages')];
const files = [
  ...[...en, ...ru].sort((a, b) => a.file.split('/').pop()!.localeCompare(b.file.split('/').pop()!) || a.file.length - b.file.length),
  ...pages,
].filter((c) => matches(c.file));
if (files.length === 0) {
  console.error(`copydesk: no chapter or page in content/ matches ${filters.join(', ')}`);
  process.exit(1);
}

const sheets = files.map((c) => copydesk(c.file, c.source, ctx));
const parity = [
  ...editionParity(en, ru),
  ...editionParity(readEdition(root, 'content/pages'), readEdition(root, 'content/ru/pages')),
].filter((p) => matches(p.name));
// What the data changes since the last release comes first: a fact-checker signs off those figures too.
const release = await releaseReport(new URL('data/', root), root, raw, load.dataset);
const dataChanges = release.lines.length
  ? `# Data changes since the last release\n\n\`\`\`text\n${[...release.lines, ...release.problems.map((p) => problemLine(p))].join('\n')}\n\`\`\`\n\n---\n\n`
  : '';
const text = dataChanges + [renderParity(parity), ...sheets.map(renderSheet)].join('\n---\n\n');
if (out) writeFileSync(out, text);
else process.stdout.write(text);

const problems =
  sheets.reduce((n, s) => n + s.problems.length, 0) + parity.filter((p) => p.status === 'differs' || p.status === 'orphan').length;
const items = sheets.reduce((n, s) => n + s.numbers.length + s.quotes.length + s.charts.length + s.links.length, 0);
console.error(
  `copydesk: ${sheets.length} file${sheets.length === 1 ? '' : 's'}, ${items} items to check` +
    `${problems ? `, ${problems} problem${problems === 1 ? '' : 's'} (see each sheet's "Problems")` : ''}${out ? ` → ${out}` : ''}.`,
);
