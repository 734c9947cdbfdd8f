import { chapterRefs, type ChapterRefs } from './mdx-tree.ts';
import { frontmatterOf } from './chapter-files.ts';

/**
 * Numeric parity between the editions: a Russian chapter must cite exactly the records its
 * English counterpart cites — the same `<Num id>`s and `<Cite source>`s (as sets: a translation
 * may reorder a sentence) and the same `<Chart id>`s in the same order (the story's figures run
 * in one sequence). Pure: MDX sources in, differences out; the build (src/lib/edition-parity.ts),
 * `npm run check:data` and `npm run copydesk` all call it.
 */

// What a chapter cites is read by the one MDX tree helper; the editions' tools import it from here too.
export { chapterRefs, type ChapterRefs };

/** A chapter file of one edition, as the checks see it. */
export interface ChapterSource {
  /** Path from the project root, e.g. `content/ru/chapters/08-after-the-congress.mdx`. */
  file: string;
  /** The MDX, with or without its frontmatter. */
  source: string;
  draft: boolean;
}

/** How a pair of chapter files stands. */
export type PairStatus =
  | 'match' //          both published, same refs
  | 'differs' //        both published, refs differ: the build fails
  | 'draft' //          one side (or both) is a draft: exempt until both are published
  | 'untranslated' //   English published, no Russian file yet
  | 'orphan'; //        Russian published with no English file: the build fails

export interface PairReport {
  /** The shared file name, e.g. `08-after-the-congress.mdx`. */
  name: string;
  en?: string;
  ru?: string;
  status: PairStatus;
  /** One line per difference, e.g. `<Num> only in English: claims.abroad-10m`. */
  differences: string[];
}

const unique = (xs: readonly string[]) => [...new Set(xs)].sort();

/** `draft: true` in a file's frontmatter. */
export function isDraft(source: string): boolean {
  return frontmatterOf(source)['draft'] === 'true';
}

/** Every difference between two chapters' refs, worded for an editor; empty when they match. */
export function compareRefs(en: ChapterRefs, ru: ChapterRefs): string[] {
  const out: string[] = [];
  for (const [tag, a, b] of [
    ['Num', en.nums, ru.nums],
    ['Cite', en.cites, ru.cites],
  ] as const) {
    const onlyEn = a.filter((x) => !b.includes(x));
    const onlyRu = b.filter((x) => !a.includes(x));
    if (onlyEn.length) out.push(`<${tag}> only in English: ${onlyEn.join(', ')}`);
    if (onlyRu.length) out.push(`<${tag}> only in Russian: ${onlyRu.join(', ')}`);
  }
  if (en.charts.join('\n') !== ru.charts.join('\n')) {
    out.push(`<Chart> order differs: English ${en.charts.join(' → ') || '(none)'}; Russian ${ru.charts.join(' → ') || '(none)'}`);
  }
  return out;
}

const baseName = (file: string) => file.split('/').pop() ?? file;

/** Pairs the editions' chapters by file name and compares each pair. */
export function editionParity(en: readonly ChapterSource[], ru: readonly ChapterSource[]): PairReport[] {
  const names = unique([...en, ...ru].map((c) => baseName(c.file)));
  return names.map((name) => {
    const e = en.find((c) => baseName(c.file) === name);
    const r = ru.find((c) => baseName(c.file) === name);
    const report: PairReport = { name, status: 'match', differences: [] };
    if (e) report.en = e.file;
    if (r) report.ru = r.file;
    if (!r) report.status = e?.draft ? 'draft' : 'untranslated';
    else if (!e) report.status = r.draft ? 'draft' : 'orphan';
    else if (e.draft || r.draft) report.status = 'draft';
    else {
      report.differences = compareRefs(chapterRefs(e.source), chapterRefs(r.source));
      if (report.differences.length) report.status = 'differs';
    }
    return report;
  });
}

/** The pairs that must stop the build, as one message naming both files and each difference. */
export function parityFailures(reports: readonly PairReport[]): string[] {
  return reports.flatMap((p) => {
    if (p.status === 'differs') {
      return [`${p.ru} does not cite the same records as ${p.en}:\n    ${p.differences.join('\n    ')}`];
    }
    if (p.status === 'orphan') {
      return [`${p.ru} has no English counterpart content/chapters/${p.name}: publish it only with one (or mark it draft: true).`];
    }
    return [];
  });
}

const STATUS_TEXT: Readonly<Record<PairStatus, string>> = {
  match: 'parity: same records',
  differs: '**parity broken** — the build fails',
  draft: 'a draft on one side: exempt until both are published',
  untranslated: 'not translated yet',
  orphan: '**Russian chapter without an English counterpart** — the build fails',
};

/** The copy desk's parity sheet: one line per chapter pair, with each difference under it. */
export function renderParity(reports: readonly PairReport[]): string {
  const out = [
    '# Parity between the editions',
    '',
    'Each Russian chapter must cite exactly the `<Num>`, `<Cite>` and `<Chart>` records of its English counterpart (charts in the same order).',
    '',
  ];
  for (const p of reports) {
    out.push(`- [ ] ${p.name}: ${STATUS_TEXT[p.status]} (${p.en ?? 'no English file'} ↔ ${p.ru ?? 'no Russian file'})`);
    for (const d of p.differences) out.push(`  - ${d}`);
  }
  out.push('');
  return out.join('\n');
}
