/**
 * Chart exploration: each mark that stands for a table row (`data-row="<index>"`, written at build
 * time by src/charts/lib/marks.ts) can be reached by keyboard and shows a tooltip read from the
 * figure's own data-table row, so the tooltip and the table cannot disagree. Tab reaches a chart's
 * first mark (one tab stop per chart: a roving tabindex), arrow keys move between its marks, Esc
 * closes; a mouse hovers, a finger taps. The hidden variant (wide or narrow) is not rendered, so
 * it is neither focusable nor hoverable. Without this script the chart is the image it always was.
 */
const MARK = 'svg [data-row]';
const tip = document.createElement('div');
let shown: Element | null = null;

const markOf = (t: EventTarget | null) => (t as Element).closest?.(MARK);
const set = (el: Element, name: string, value: string) => el.setAttribute(name, value);
const rowOf = (mark: Element) =>
  mark.closest('figure')!.querySelectorAll('tbody tr')[+mark.getAttribute('data-row')!] as HTMLTableRowElement;

/** One mark per row (a bound's arrow and its dot share a row: the dot, drawn last, stands for it), in table order. */
function marksOf(svg: Element): Element[] {
  const byRow: Element[] = [];
  svg.querySelectorAll(MARK).forEach((m) => (byRow[+m.getAttribute('data-row')!] = m));
  return byRow.filter(Boolean);
}

function show(mark: Element) {
  if (shown !== mark) {
    hide();
    const row = rowOf(mark);
    const heads = row.closest('table')!.tHead!.rows[0]!.cells;
    tip.replaceChildren(
      ...[...row.cells].flatMap((cell, i) => {
        const line = document.createElement(i ? 'span' : 'strong');
        line.textContent = i ? `${heads[i]!.textContent}: ${cell.textContent}` : cell.textContent;
        return cell.textContent!.trim() ? [line] : [];
      }),
    );
    set(mark, 'aria-describedby', tip.id);
    shown = mark;
  }
  tip.hidden = false;
  const r = mark.getBoundingClientRect();
  const above = r.top - tip.offsetHeight - 8;
  tip.style.left = `${Math.max(6, Math.min(r.left + r.width / 2 - tip.offsetWidth / 2, innerWidth - tip.offsetWidth - 6))}px`;
  tip.style.top = `${above > 0 ? above : r.bottom + 8}px`;
}

function hide() {
  tip.hidden = true;
  shown?.removeAttribute('aria-describedby');
  shown = null;
}

const svgs = [...document.querySelectorAll('figure svg.chart')].filter((s) => s.querySelector(MARK));
if (svgs.length) {
  tip.id = tip.className = 'chart-tip';
  set(tip, 'role', 'tooltip');
  tip.hidden = true;
  document.body.append(tip);
  for (const svg of svgs) {
    // Focusable parts cannot live inside role="img" (its children are presentational): once it can
    // be explored, the chart becomes a named group, still labelled and described as before.
    set(svg, 'role', 'group');
    set(svg, 'aria-roledescription', 'chart');
    marksOf(svg).forEach((m, i) => {
      set(m, 'tabindex', i ? '-1' : '0');
      set(m, 'role', 'img');
      set(m, 'aria-label', rowOf(m).cells[0]!.textContent!);
    });
  }
  addEventListener('focusin', (e) => {
    const m = markOf(e.target);
    if (m) show(m);
    else hide();
  });
  addEventListener('pointerover', (e) => {
    const m = markOf(e.target);
    if (m) show(m);
    else if (document.activeElement !== shown) hide();
  });
  addEventListener('keydown', (e) => {
    const m = markOf(e.target);
    if (!m) return;
    if (e.key === 'Escape') return hide();
    const list = marksOf(m.closest('svg')!);
    const at = list.indexOf(m);
    const last = list.length - 1;
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = list[Math.max(0, Math.min(last, to))] as SVGElement;
    list.forEach((x) => set(x, 'tabindex', x === next ? '0' : '-1'));
    next.focus();
  });
}

// A module, so its names do not clash with the other reader scripts in type checking.
export {};
