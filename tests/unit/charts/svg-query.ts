// Reading a chart's SVG the way a reviewer would: which marks are drawn, with which classes and labels.
import { parseHTML } from 'linkedom';

export function parse(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error('no <svg> in chart output');
  return root as unknown as Element;
}

/** The shapes (circle, rect, path, line) inside mark groups carrying every given class. */
export function shapes(root: Element, ...classes: string[]): Element[] {
  const groups = [...root.querySelectorAll('g')].filter((g) => classes.every((c) => g.classList.contains(c)));
  return groups.flatMap((g) => [...g.children].filter((el) => ['circle', 'rect', 'path', 'line'].includes(el.tagName.toLowerCase())));
}

/** Arrows of bounds: path shapes in `q-lower-bound` / `q-upper-bound` groups drawn as lines (`l-*`). */
export function arrows(root: Element, bound: 'q-lower-bound' | 'q-upper-bound' = 'q-lower-bound'): Element[] {
  return [...root.querySelectorAll(`g.${bound}`)]
    .filter((g) => [...g.classList].some((c) => c.startsWith('l-')))
    .flatMap((g) => [...g.children].filter((el) => el.tagName.toLowerCase() === 'path'));
}

/** Text content of every <text> inside groups with the class, in document order. */
export function texts(root: Element, className?: string): string[] {
  const scope = className ? [...root.querySelectorAll(`g.${className}`)] : [root];
  return scope.flatMap((g) => [...g.querySelectorAll('text')].map(textOf));
}

/** All text in the chart, joined: for "this label is shown somewhere". */
export function allText(root: Element): string {
  return [...root.querySelectorAll('text')].map(textOf).join('\n');
}

/** A <text>'s words, its <tspan> lines joined by spaces. */
export function textOf(t: Element): string {
  const spans = [...t.querySelectorAll('tspan')];
  return spans.length ? spans.map((s) => s.textContent ?? '').join(' ') : (t.textContent ?? '');
}

/**
 * SVG laid out for a reviewer: one element per line, indented by depth; an element holding only text
 * stays on its line (`<text …>label</text>`). Only whitespace changes, so the drawing is the same.
 */
export function prettySvg(svg: string): string {
  const tokens = svg.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (t.startsWith('</')) {
      depth--;
      lines.push(`${'  '.repeat(depth)}${t}`);
    } else if (t.startsWith('<') && !t.endsWith('/>')) {
      const [text, close] = [tokens[i + 1], tokens[i + 2]];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        lines.push(`${pad}${t}${text}${close}`);
        i += 2;
      } else {
        lines.push(`${pad}${t}`);
        depth++;
      }
    } else if (t.startsWith('<')) {
      lines.push(`${pad}${t}`);
    } else if (t.trim()) {
      lines.push(`${pad}${t.trim()}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
