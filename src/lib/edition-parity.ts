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
