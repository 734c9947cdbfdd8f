import type { Figure, Source } from '../data/schemas/index.ts';
import { formatQuantity, NUMBER_STYLES, type Locale, type NumberStyle } from '../data/format.ts';
import { t } from '../i18n/index.ts';
import { isComponent, lineOf, parseMdx, propsOf, stringProp, textOf, walk, type MdNode } from '../lib/mdx-tree.ts';
import { proseDigits, typedFigureReason } from '../lib/prose-digits.ts';
import { frontmatterProblems } from './frontmatter-check.ts';
import { mdxSyntaxProblem } from './chapter-checks.ts';
import { unknownComponentMessage } from '../lib/known-components.mjs';
import { MDX_COMPONENT_NAMES, PAGE_COMPONENT_NAMES } from '../components/mdx/names.ts';
import { frontmatterLines, frontmatterOf } from '../lib/chapter-files.ts';
import { closeMatches } from '../data/refs.ts';
import { PLACEHOLDER_BODY, PLACEHOLDER_DEK } from './chapter-template.mjs';

/**
 * The copy desk: for one chapter, everything a fact-checker must sign off before publishing —
 * every number shown (its reference, the text the reader sees, its record and sources), every
 * quotation with its attribution, every chart with its title and alt text, every link — and the
 * problems that would stop the build or break the editorial rules. Pure: the chapter's MDX source
 * plus the dataset's figures and sources and the chart registry in, a sheet out.
 */

/** What the copy desk needs to know about a chart (a subset of the registry's ChartDefinition). */
export interface ChartInfo {
  id: string;
  title: string;
  takeaway: string;
  /** The accessible description: the chart's alt text. */
  description: string;
  sources: readonly { id: string }[];
}

export interface CopydeskContext {
  figures: ReadonlyMap<string, Figure>;
  sources: ReadonlyMap<string, Source>;
  charts: ReadonlyMap<string, ChartInfo>;
}

export interface SourceLine {
  id: string;
  publisher: string;
  title: string;
  url: string;
  partisan: boolean;
}

export interface NumberItem {
  line: number;
  ref: string;
  /** What the reader sees, as `<Num>` renders it; undefined when the ref is unknown. */
  text?: string;
  label?: string;
  verification?: string;
  sources: SourceLine[];
}

export interface QuoteItem {
  line: number;
  inline: boolean;
  text: string;
  by?: string;
  source?: string;
  date?: string;
  href?: string;
}

export interface ChartItem {
  line: number;
  id: string;
  title?: string;
  takeaway?: string;
  alt?: string;
  sources: SourceLine[];
}

export interface LinkItem {
  line: number;
  text: string;
  url: string;
  kind: 'external' | 'internal' | 'source';
}

export interface DeskProblem {
  line: number;
  /** The component or `prose`. */
  what: string;
  /** The prop or the typed text at fault. */
  field: string;
  reason: string;
}

export interface Sheet {
  file: string;
  title: string;
  draft: boolean;
  numbers: NumberItem[];
  quotes: QuoteItem[];
  charts: ChartItem[];
  links: LinkItem[];
  problems: DeskProblem[];
}

const sourceLine = (s: Source): SourceLine => ({ id: s.id, publisher: s.publisher, title: s.title, url: s.url, partisan: s.partisan });

function sourcesOf(ids: readonly string[], ctx: CopydeskContext): SourceLine[] {
  return ids.flatMap((id) => {
    const s = ctx.sources.get(id);
    return s ? [sourceLine(s)] : [];
  });
}

/** A `<Num>` as the reader sees it — the same call as src/components/mdx/Num.astro. */
function numberItem(node: MdNode, ctx: CopydeskContext, problems: DeskProblem[], locale: Locale): NumberItem | undefined {
  const line = lineOf(node);
  const props = propsOf(node);
  const ref = stringProp(node, 'id');
  if (!ref) {
    problems.push({ line, what: 'Num', field: 'id', reason: 'required — add id="<dataset>.<record id>"' });
    return undefined;
  }
  const fig = ctx.figures.get(ref);
  if (!fig) {
    problems.push({ line, what: 'Num', field: 'id', reason: `unknown number reference "${ref}"` });
    return { line, ref, sources: [] };
  }
  const format =
    typeof props['format'] === 'string' && NUMBER_STYLES.includes(props['format'] as NumberStyle)
      ? (props['format'] as NumberStyle)
      : undefined;
  const flag = (name: string) => {
    const v = props[name];
    return v === undefined ? undefined : v === true || (typeof v === 'object' && v.expression.trim() === 'true');
  };
  const text =
    formatQuantity(fig.quantity, fig.unit, { style: format, bare: flag('bare'), unit: flag('unit'), locale }) +
    (fig.verification === 'unverified' ? ` (${t(locale)('num.unverified')})` : '');
  return { line, ref, text, label: fig.label, verification: fig.verification, sources: sourcesOf(fig.sources, ctx) };
}

function chartItem(node: MdNode, ctx: CopydeskContext, problems: DeskProblem[]): ChartItem {
  const line = lineOf(node);
  const id = stringProp(node, 'id') ?? '';
  const chart = ctx.charts.get(id);
  if (!chart) {
    const valid = [...ctx.charts.keys()].join(', ');
    problems.push({ line, what: 'Chart', field: 'id', reason: `${id ? `unknown chart id "${id}"` : 'required'} — use one of: ${valid}` });
    return { line, id, sources: [] };
  }
  return {
    line,
    id,
    title: chart.title,
    takeaway: chart.takeaway,
    alt: chart.description,
    sources: sourcesOf(
      chart.sources.map((s) => s.id),
      ctx,
    ),
  };
}

function quoteItem(node: MdNode, problems: DeskProblem[]): QuoteItem {
  const item: QuoteItem = { line: lineOf(node), inline: propsOf(node)['inline'] !== undefined, text: textOf(node).trim() };
  for (const key of ['by', 'source', 'date', 'href'] as const) {
    const v = stringProp(node, key);
    if (v !== undefined) item[key] = v;
  }
  if (!item.by?.trim())
    problems.push({ line: item.line, what: 'Quote', field: 'by', reason: 'required — say who said it, e.g. by="Heydar Aliyev"' });
  return item;
}

const linkKind = (url: string): LinkItem['kind'] => (/^[a-z]+:/i.test(url) || url.startsWith('//') ? 'external' : 'internal');

/** The copy-desk sheet of one chapter. `file` is how the sheet names it (e.g. `content/chapters/04-x.mdx`). */
export function copydesk(file: string, source: string, ctx: CopydeskContext): Sheet {
  const sheet: Sheet = { file, title: file, draft: false, numbers: [], quotes: [], charts: [], links: [], problems: [] };
  let tree: MdNode;
  try {
    tree = parseMdx(source);
  } catch (error) {
    // The build stops on the same error; say where, as the parser does (`12:7: Unexpected …`).
    const { line, reason } = mdxSyntaxProblem((error as Error).message);
    sheet.problems.push({ line, what: 'MDX', field: 'syntax', reason });
    return sheet;
  }
  // Chapter frontmatter has its schema; a page's (content/pages/, content/ru/pages/) is only a title.
  const isPage = file.startsWith('content/pages/') || file.startsWith('content/ru/pages/');
  if (!isPage)
    for (const p of frontmatterProblems(source))
      sheet.problems.push({ line: p.line, what: 'frontmatter', field: p.field, reason: p.reason });
  // Chapters may use the MDX components; pages in content/pages/ their own short list.
  const components: readonly string[] = isPage ? PAGE_COMPONENT_NAMES : MDX_COMPONENT_NAMES;
  walk(tree, (node) => {
    if (isComponent(node) && node.name && /^[A-Z]/.test(node.name) && !components.includes(node.name)) {
      sheet.problems.push({ line: lineOf(node), what: node.name, field: '(name)', reason: unknownComponentMessage(node.name, components) });
    }
  });
  const front = frontmatterOf(source);
  // The cover shows a chapter's key figure: its ref must be a figure, like <Num id>.
  const key = front['keyFigure'];
  if (key && !ctx.figures.has(key)) {
    const fields = frontmatterLines(source);
    const line = typeof fields === 'string' ? 1 : (fields.find((l) => l.field === 'keyFigure')?.line ?? 1);
    sheet.problems.push({
      line,
      what: 'frontmatter',
      field: 'keyFigure',
      reason: `unknown number reference "${key}" — close matches: ${closeMatches(key, ctx.figures.keys(), 3).join(', ')}`,
    });
  }
  sheet.title = front['title'] ?? file;
  sheet.draft = front['draft'] === 'true';
  // A Russian chapter's numbers are shown as the Russian edition prints them.
  const locale: Locale = file.includes('content/ru/') ? 'ru' : 'en';
  walk(tree, (node) => {
    const line = lineOf(node);
    if (isComponent(node, 'Num')) {
      const item = numberItem(node, ctx, sheet.problems, locale);
      if (item) sheet.numbers.push(item);
    } else if (isComponent(node, 'Chart')) sheet.charts.push(chartItem(node, ctx, sheet.problems));
    else if (isComponent(node, 'Quote')) {
      const quote = quoteItem(node, sheet.problems);
      sheet.quotes.push(quote);
      if (quote.href) sheet.links.push({ line, text: `source of the quotation by ${quote.by ?? '?'}`, url: quote.href, kind: 'external' });
    } else if (isComponent(node, 'Cite')) {
      const id = stringProp(node, 'source') ?? '';
      const s = ctx.sources.get(id);
      if (!s)
        sheet.problems.push({
          line,
          what: 'Cite',
          field: 'source',
          reason: id
            ? `unknown source id "${id}" — add it to data/sources.json or fix the spelling`
            : 'required — add source="<id in data/sources.json>"',
        });
      sheet.links.push({
        line,
        text: textOf(node).trim() || s?.publisher || id,
        url: s ? `sources/#source-${id} → ${s.url}` : `sources/#source-${id}`,
        kind: 'source',
      });
    } else if (node.type === 'link') sheet.links.push({ line, text: textOf(node), url: node.url ?? '', kind: linkKind(node.url ?? '') });
  });
  // A published chapter must not go out with the scaffold's placeholders in it.
  if (!sheet.draft) {
    source.split('\n').forEach((text, i) => {
      for (const [placeholder, field] of [
        [PLACEHOLDER_DEK, 'dek'],
        [PLACEHOLDER_BODY, 'body'],
      ] as const) {
        if (text.includes(placeholder)) {
          sheet.problems.push({
            line: i + 1,
            what: 'template',
            field,
            reason: `still the new-chapter placeholder “${placeholder}” — write your own, or set draft: true until it is ready`,
          });
        }
      }
    });
  }
  for (const d of proseDigits(tree)) {
    sheet.problems.push({ line: d.line, what: 'prose', field: d.text, reason: typedFigureReason(d.context) });
  }
  sheet.problems.sort((a, b) => a.line - b.line);
  return sheet;
}

const sourceText = (s: SourceLine) => `${s.id} — ${s.publisher}, “${s.title}”${s.partisan ? ' (partisan)' : ''} <${s.url}>`;

/** The sheet as Markdown with a checkbox per item, for a fact-checker to tick and sign. */
export function renderSheet(sheet: Sheet): string {
  const out: string[] = [`# Copy desk: ${sheet.title}`, '', `File: \`${sheet.file}\`${sheet.draft ? ' (draft)' : ''}`, ''];
  const section = (title: string, items: readonly unknown[], empty = 'none') =>
    out.push(`## ${title} (${items.length})`, '', ...(items.length ? [] : [`_${empty}_`, '']));

  section('Numbers', sheet.numbers);
  for (const n of sheet.numbers) {
    out.push(`- [ ] line ${n.line}: \`<Num id="${n.ref}">\` → ${n.text ? `“${n.text}”` : '**unresolved**'}`);
    if (n.label) out.push(`  - record: ${n.label} · verification: ${n.verification}`);
    for (const s of n.sources) out.push(`  - source: ${sourceText(s)}`);
  }
  if (sheet.numbers.length) out.push('');

  section('Quotations', sheet.quotes);
  for (const q of sheet.quotes) {
    const by = [q.by ?? '**no attribution**', q.source, q.date].filter(Boolean).join(', ');
    out.push(
      `- [ ] line ${q.line} (${q.inline ? 'inline' : 'block'}): “${q.text.replace(/\s*\n\s*/g, ' / ')}” — ${by}${q.href ? ` <${q.href}>` : ''}`,
    );
  }
  if (sheet.quotes.length) out.push('');

  section('Charts', sheet.charts);
  for (const c of sheet.charts) {
    out.push(`- [ ] line ${c.line}: \`<Chart id="${c.id}">\` — ${c.title ? `“${c.title}”` : '**unknown chart**'}`);
    if (c.takeaway) out.push(`  - takeaway: ${c.takeaway}`);
    if (c.alt) out.push(`  - alt text: ${c.alt}`);
    for (const s of c.sources) out.push(`  - source: ${sourceText(s)}`);
  }
  if (sheet.charts.length) out.push('');

  section('Links', sheet.links);
  for (const l of sheet.links) out.push(`- [ ] line ${l.line} (${l.kind}): ${l.text} → ${l.url}`);
  if (sheet.links.length) out.push('');

  section('Problems', sheet.problems, 'none found');
  const subject = (p: DeskProblem) =>
    p.what === 'prose'
      ? `typed “${p.field}”`
      : p.what === 'MDX'
        ? 'MDX syntax'
        : p.what === 'frontmatter'
          ? `frontmatter ${p.field}`
          : `<${p.what}> ${p.field}`;
  for (const p of sheet.problems) out.push(`- line ${p.line}: ${subject(p)}: ${p.reason}`);
  if (sheet.problems.length) out.push('');

  out.push('Checked by: ____________________  Date: ____________', '');
  return out.join('\n');
}
