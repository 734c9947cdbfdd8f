import { readFileSync } from 'node:fs';
import { allChapters, CHAPTER_DIRS } from './chapters.ts';
import { editionParity, parityFailures, type ChapterSource, type PairReport } from './parity.ts';
import type { Locale } from '../i18n/index.ts';

/** Both editions' chapters as the parity check reads them, from the content collections. */
async function sources(locale: Locale): Promise<ChapterSource[]> {
  return (await allChapters(locale)).map((c) => ({
    file: `${CHAPTER_DIRS[locale]}/${c.id}.mdx`,
    source: c.body ?? '',
    draft: c.data.draft,
  }));
}

let checked: Promise<PairReport[]> | undefined;

/**
 * Stops the build when a published Russian chapter cites other records than its English
 * counterpart (or has none). Run once per build by the Russian pages.
 */
export function assertEditionParity(): Promise<PairReport[]> {
  checked ??= (async () => {
    const reports = editionParity(await sources('en'), await sources('ru'));
    const failures = parityFailures(reports);
    if (failures.length) {
      throw new Error(
        `Numeric parity between the editions is broken:\n  ${failures.join('\n  ')}\nEach Russian chapter must cite exactly its English counterpart's <Num>, <Cite> and <Chart> (charts in the same order). See content/EDITING.md, "Translating a chapter".`,
      );
    }
    return reports;
  })();
  return checked;
}

/** Pages whose prose is MDX in both editions: [English, Russian], from the project root. */
export const PAGE_PAIRS: readonly (readonly [string, string])[] = [['content/pages/about.mdx', 'content/ru/pages/about.mdx']];

/** What stops the build when a Russian page cites other records than its English twin; `read` gives a file's text. */
export function pageParityFailures(read: (file: string) => string, pairs = PAGE_PAIRS): string[] {
  return parityFailures(
    editionParity(
      pairs.map(([en]) => ({ file: en, source: read(en), draft: false })),
      pairs.map(([, ru]) => ({ file: ru, source: read(ru), draft: false })),
    ),
  );
}

let pagesChecked: Promise<void> | undefined;

/** Stops the build when the About page's editions do not cite the same records. Run once per build. */
export function assertPageParity(): Promise<void> {
  pagesChecked ??= (async () => {
    const failures = pageParityFailures((file) => readFileSync(file, 'utf8'));
    if (failures.length) {
      throw new Error(
        `Numeric parity between the editions is broken:\n  ${failures.join('\n  ')}\nThe Russian page must cite exactly its English twin's <Num> records.`,
      );
    }
  })();
  return pagesChecked;
}
