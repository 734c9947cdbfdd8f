// `npm run check:data`: validates data/ exactly as the build does and prints EVERY problem as
// `data/<file>.json › <record id> › <field>: <reason>`, then checks what the chapters cite
// (<Num id>, <Chart id>, <Cite source>, <Quote by>) and flags figures typed as digits in prose.
// Runs on Node's built-in TypeScript support; scripts/lib/ts-hooks.mjs (imported first) lets
// it load the chart registry, whose imports are written for Vite.
import './lib/ts-hooks.mjs'; // before the dynamic import of the chart registry
import { existsSync } from 'node:fs';
import { readDataDir, releaseReport } from './lib/data-release.ts';
import { DATASET_NAMES } from '../src/data/schemas/index.ts';
import { validateDataset } from '../src/data/validate.ts';
import { buildFigureIndex, closeMatches } from '../src/data/refs.ts';
import { DataError, problemLine, type Problem } from '../src/data/problems.ts';
import type { Dataset, Figure } from '../src/data/schemas/index.ts';
import { copydesk, type ChartInfo } from '../src/editorial/copydesk.ts';
import { typedNumbers } from '../src/lib/prose-digits.ts';
import { editionParity } from '../src/lib/parity.ts';
import { EDITION_DIRS, readEdition } from './lib/editions.ts';

const root = new URL('../', import.meta.url);

/**
 * What the chapters cite that would fail the build or break the editorial rules: unknown
 * `<Num id>`s, `<Chart id>`s and `<Cite source>`s, a `<Quote>` without `by`, and figures typed as
 * digits in prose (src/editorial/copydesk.ts finds them; `npm run copydesk` lists them per chapter).
 */
async function checkChapters(data: Dataset, figures: ReadonlyMap<string, Figure>): Promise<Problem[]> {
  const dirs = Object.values(EDITION_DIRS).filter((d) => existsSync(new URL(`${d}/`, root)));
  if (dirs.length === 0) return [];
  let charts: Map<string, ChartInfo>;
  try {
    const { charts: list } = await import('../src/charts/registry.ts');
    charts = new Map(list.map((c) => [c.id, c]));
  } catch (error) {
    return [
      {
        file: 'src/charts/registry.ts',
        record: '(module)',
        field: '(import)',
        reason: `the charts could not be loaded: ${(error as Error).message}`,
      },
    ];
  }
  const ctx = { figures, sources: new Map(data.sources.map((s) => [s.id, s])), charts };
  // Both editions' chapters, then the pages whose prose is MDX (content/pages/about.mdx and its
  // Russian translation in content/ru/pages/), checked alike.
  return [...dirs, 'content/pages', 'content/ru/pages']
    .flatMap((d) => readEdition(root, d))
    .flatMap(({ file, source }) => {
      return copydesk(file, source, ctx).problems.map((p) => {
        const nearest =
          p.what === 'Num' && p.field === 'id' && /^unknown/.test(p.reason)
            ? ` — close matches: ${closeMatches(p.reason.split('"')[1] ?? '', figures.keys(), 3).join(', ')}`
            : '';
        return {
          file: `${file}:${p.line}`,
          record: p.what,
          field: p.what === 'prose' ? `"${p.field}"` : p.field,
          reason: `${p.reason}${nearest}`,
        };
      });
    });
}

/**
 * Prose outside the MDX files that readers see beside the data — the labels and notes of derived
 * figures — types no figures either: each number there must come from a record. (The About page's
 * prose is MDX, content/pages/about.mdx, checked with the chapters.)
 */
function checkPageProse(figures: ReadonlyMap<string, Figure>): Problem[] {
  const typed = (file: string, record: string, text: string): Problem[] =>
    typedNumbers(text).map((n) => ({
      file,
      record,
      field: `"${n.text}"`,
      reason: `figure typed as digits ("${n.context}") — take it from a record (<Num>) or write it without the number`,
    }));
  const derivedProse = [...figures.values()]
    .filter((f) => f.origin === 'derived')
    .flatMap((f) => typed('src/data/derived.ts', f.recordId, `${f.label}\n${f.note ?? ''}`));
  return derivedProse;
}

/**
 * Russian chapters and pages (content/ru/pages/) that cite other records than their English
 * counterparts (src/lib/parity.ts).
 */
function checkParity(): Problem[] {
  const reports = [
    ...editionParity(readEdition(root, EDITION_DIRS.en), readEdition(root, EDITION_DIRS.ru)),
    ...editionParity(readEdition(root, 'content/pages'), readEdition(root, 'content/ru/pages')),
  ];
  return reports.flatMap((p) => {
    if (p.status === 'differs')
      return p.differences.map((d) => ({ file: p.ru ?? p.name, record: `parity with ${p.en}`, field: d.split(':')[0] ?? '', reason: d }));
    if (p.status === 'orphan')
      return [
        {
          file: p.ru ?? p.name,
          record: 'parity',
          field: '(file)',
          reason: `no English counterpart content/chapters/${p.name}: publish it only with one, or mark it draft: true`,
        },
      ];
    return [];
  });
}

const dataDir = new URL(
  process.argv[2] ? `${process.argv[2].replace(/\/?$/, '/')}` : 'data/',
  process.argv[2] ? `file://${process.cwd()}/` : root,
);

function fail(problems: readonly Problem[], footer?: string): never {
  console.error(`check:data found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.error(`  ${problemLine(p)}`);
  if (footer) console.error(footer);
  process.exit(1);
}

const { raw, syntax } = readDataDir(dataDir);
// A file that is not JSON stops here: every later check would only report knock-on errors.
if (syntax.length) fail(syntax, 'Fix the JSON first; the records are checked once every file reads.');
const problems: Problem[] = [];
const result = validateDataset(raw);
if (!result.ok) problems.push(...result.problems);
let figureCount = 0;
if (result.ok) {
  try {
    const index = buildFigureIndex(result.data);
    figureCount = index.size;
    problems.push(...(await checkChapters(result.data, index)));
    problems.push(...checkPageProse(index));
    problems.push(...checkParity());
  } catch (error) {
    if (error instanceof DataError) problems.push(...error.problems);
    else throw error;
  }
}

const release = result.ok ? await releaseReport(dataDir, root, raw, result.data) : { lines: [], problems: [] };
if (release.lines.length) console.log(release.lines.join('\n'));
// An unrecorded change is reported here and fails `npm test` (tests/unit/data/release-state.test.ts),
// but it does not stop check:data: the editor is told what to do while still editing.
if (release.problems.length) {
  console.log(`Changelog step still to do:\n${release.problems.map((p) => `  ${problemLine(p)}`).join('\n')}`);
}
if (problems.length) fail(problems);
const counts = DATASET_NAMES.map((n) => `${(raw[n] as unknown[]).length} ${n}`).join(', ');
console.log(
  `check:data: data/ is valid (${counts}; ${figureCount} citable figures); the chapters cite only known figures, charts and sources, and they, the About page and derived labels type no figures.`,
);
