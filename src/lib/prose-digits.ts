import { isComponent, lineOf, stringProp, walk, type MdNode } from './mdx-tree.ts';

/**
 * Editorial rule 2: prose numbers are references to the dataset (`<Num id="…" />`), never typed
 * digits, so text and charts cannot disagree. This finds digits a writer typed in a chapter's
 * prose — paragraphs, headings, lists, tables, footnote texts, the text inside <Lede>, <Aside>
 * and <Cite> — and lets through only what is not a figure:
 *   - a year, 1900–2039 (also as a decade: "the 1990s");
 *   - the day of the month in a written date: "15 May 2017", "15–16 May", "25 or 26 December",
 *     "May 15, 2017", "3rd of June".
 * Also checked: the `title` of an <Aside>, which readers see as a heading.
 * Not checked: frontmatter, other component props, footnote markers (`[^1]`), code, comments, and the
 * words inside <Quote>, which are someone else's and are listed for checking on the copy desk.
 */
export interface TypedDigits {
  /** 1-based line in the chapter file. */
  line: number;
  /** The number as typed, e.g. `336`, `1,500`, `24`. */
  text: string;
  /** The words around it, for the report. */
  context: string;
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
/** Russian months in the genitive, as a date writes them ("18 мая 2017 года"); `\b` does not work with Cyrillic. */
const MONTHS_RU = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const DAY_BEFORE_MONTH = new RegExp(`^(st|nd|rd|th)?(\\s+of)?\\s+(${MONTHS}|${MONTHS_RU})(?!\\p{L})`, 'u');
/** Between two days of one date: "15–16 May", "25 or 26 December", "between 3 and 5 June", "9 и 10 ноября". */
const JOIN = '(\\s*[–-]\\s*|\\s+(or|and|to|и|или|по)\\s+)';
const DAY_RANGE_BEFORE_MONTH = new RegExp(`^${JOIN}\\d{1,2}(st|nd|rd|th)?(\\s+of)?\\s+(${MONTHS}|${MONTHS_RU})(?!\\p{L})`, 'u');
const MONTH_BEFORE_DAY = new RegExp(`\\b(${MONTHS})\\.?\\s+(\\d{1,2}${JOIN})?$`);
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Is this number, with the text right before and after it, a year or the day of a written date? */
export function isAllowedNumber(token: string, before: string, after: string): boolean {
  if (/^\d{4}$/.test(token) && Number(token) >= 1900 && Number(token) <= 2039) return !/^[a-rt-z]/i.test(after) || /^s\b/.test(after);
  if (!/^\d{1,2}$/.test(token) || Number(token) < 1 || Number(token) > 31) return false;
  return DAY_BEFORE_MONTH.test(after) || DAY_RANGE_BEFORE_MONTH.test(after) || (MONTH_BEFORE_DAY.test(before) && !/^[a-z]/i.test(after));
}

/** Numbers typed in one run of text, each with its line offset inside the text. */
export function typedNumbers(text: string): { offset: number; line: number; text: string; context: string }[] {
  const found: { offset: number; line: number; text: string; context: string }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (/\p{L}$/u.test(before)) continue; // part of a name such as G20
    if (isAllowedNumber(m[0], before, after)) continue;
    const context = `${before.slice(before.lastIndexOf('\n') + 1).slice(-30)}${m[0]}${after.split('\n')[0]!.slice(0, 30)}`.trim();
    found.push({ offset: m.index, line: before.split('\n').length - 1, text: m[0], context });
  }
  return found;
}

/** Skipped: the words of a quotation, code, and link text that is the address itself. */
function skipped(node: MdNode, ancestors: readonly MdNode[]): boolean {
  const parent = ancestors.at(-1);
  return ancestors.some((a) => isComponent(a, 'Quote') || a.type === 'code') || (parent?.type === 'link' && node.value === parent.url);
}

/** What to do about a typed figure: the same words in check:data, the copy desk, the build and dev. */
export function typedFigureReason(context: string): string {
  return `a figure typed as digits (“…${context}…”) — cite it with <Num id="…" />; only years (1900–2039) and the day of a written date may be typed, and ordinals are written in words ("second")`;
}

/** Every figure typed as digits in a chapter's prose (see the module comment for what is allowed). */
export function proseDigits(tree: MdNode): TypedDigits[] {
  const found: TypedDigits[] = [];
  walk(tree, (node, ancestors) => {
    const isText = node.type === 'text';
    // `{'336'}` would bypass the check; comments `{/* … */}` are fine.
    const isLiteral =
      (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '');
    // A prop the reader sees as prose: <Aside title="…">.
    if (isComponent(node, 'Aside') && !skipped(node, ancestors)) {
      const title = stringProp(node, 'title');
      if (title) for (const n of typedNumbers(title)) found.push({ line: lineOf(node), text: n.text, context: `title="${n.context}"` });
    }
    if ((!isText && !isLiteral) || skipped(node, ancestors)) return;
    for (const n of typedNumbers(node.value ?? '')) found.push({ line: lineOf(node) + n.line, text: n.text, context: n.context });
  });
  return found;
}
