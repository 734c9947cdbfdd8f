// The file `npm run new:chapter` writes, and its placeholder lines: the copy desk and
// `npm run check:data` refuse to publish a chapter that still contains them.

export const PLACEHOLDER_DEK = 'One sentence that tells the reader what this chapter shows.';
export const PLACEHOLDER_BODY = 'Start here.';

/** @param {{ title: string, order: number, draft: boolean }} chapter */
export function chapterTemplate({ title, order, draft }) {
  return `---
title: ${JSON.stringify(title)}
dek: ${PLACEHOLDER_DEK}
order: ${order}
draft: ${draft}
---

{/*
  Write in our own words; quote people briefly with <Quote by="…">…</Quote>.
  Numbers come from the dataset, never typed digits:  <Num id="organisations.2016-06" />
  Charts by id:                                         <Chart id="organisation-count" />
  See content/EDITING.md for every component, and \`npm run dev\` to preview.
*/}

## First section

${PLACEHOLDER_BODY}
`;
}
