import type { ChapterRefs } from '../lib/parity.ts';
import { PLACEHOLDER_BODY, PLACEHOLDER_DEK } from './chapter-template.mjs';

/**
 * The Russian counterpart `npm run new:chapter -- --lang ru <english file>` writes: the same
 * `order`, `draft: true` (so it is exempt from parity and unpublished until ready), the English
 * title as a stand-in, and — in a comment — every record the English chapter cites, ready to
 * paste: the build will require exactly these (src/lib/parity.ts), charts in this order.
 */
export function translationTemplate(english: { file: string; title: string; order: number }, refs: ChapterRefs): string {
  const list = (label: string, tags: readonly string[]) =>
    tags.length ? [`  ${label}:`, ...tags.map((t) => `    ${t}`)] : [`  ${label}: none`];
  return `---
title: ${JSON.stringify(english.title)}
dek: ${PLACEHOLDER_DEK}
order: ${english.order}
draft: true
---

{/*
  Перевод главы ${english.file}. Translate the title and dek, then the text, in natural Russian.
  Set draft: false when it is ready: from then on the build requires exactly these records.
  Quotations: use the Russian original's wording where it can be found and checked; otherwise
  mark the quotation as our translation of the English text (see content/EDITING.md).
${list(
  'Numbers (<Num>, each at least once, in any order)',
  refs.nums.map((id) => `<Num id="${id}" />`),
).join('\n')}
${list(
  'Charts (<Chart>, in this order)',
  refs.charts.map((id) => `<Chart id="${id}" />`),
).join('\n')}
${list(
  'Sources (<Cite>, each at least once)',
  refs.cites.map((id) => `<Cite source="${id}">…</Cite>`),
).join('\n')}
*/}

${PLACEHOLDER_BODY}
`;
}
