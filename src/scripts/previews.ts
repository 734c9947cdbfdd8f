/**
 * Opens the preview of a number (written by NumPreview.astro) or of a footnote (built here from
 * the note) in place: on hover with a mouse, on keyboard focus, on a tap. Esc, a click elsewhere
 * (the Popover API's light dismiss), moving the pointer or the focus away close it. Nothing opens
 * until the reader points at something. The preview's links are out of the Tab order: ↓ on a
 * focused number moves into its open preview, Esc there goes back. Without this script the
 * numbers and footnote references are plain links, as they always were.
 */
// Footnote references are found by their target (Markdown footnotes' `#user-content-fn-…`), not by
// their data attribute: tests detect pages with footnotes by that attribute in the HTML, and this
// script is inlined into every page with a number.
const NOTE_REFS = 'sup > a[href^="#user-content-fn-"]';
const TRIGGERS = `a.num[aria-describedby], ${NOTE_REFS}`;
const OPEN_DELAY = 120;
const CLOSE_DELAY = 300;
const GAP = 6;

let current: { trigger: HTMLElement; pop: HTMLElement } | null = null;
let timer = 0;
// Whether the preview of the trigger under a finger was already open when the tap began:
// a first tap opens it, a second one follows the link.
let openAtTouch = false;
let lastPointer = '';

const triggerOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>(TRIGGERS) : null);
const inPreview = (t: EventTarget | null) => t instanceof Node && !!current && (current.pop.contains(t) || current.trigger.contains(t));

/** The footnote's text as a popover, made once; the back link ("↩") stays in the note. */
function notePreview(ref: HTMLAnchorElement): HTMLElement | null {
  const note = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
  if (!note) return null;
  const id = `preview-${note.id}`;
  const made = document.getElementById(id);
  if (made) return made;
  const pop = document.createElement('span');
  pop.id = id;
  pop.popover = 'auto';
  pop.className = 'preview preview--note';
  pop.setAttribute('role', 'group');
  pop.setAttribute('aria-label', `Note ${ref.textContent ?? ''}`);
  for (const child of note.children) {
    const copy = child.cloneNode(true) as Element;
    copy.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove());
    copy.removeAttribute('id');
    copy.querySelectorAll('a').forEach((a) => (a.tabIndex = -1));
    pop.append(copy);
  }
  document.body.append(pop);
  return pop;
}

function previewOf(trigger: HTMLElement): HTMLElement | null {
  if (trigger.matches(NOTE_REFS)) return notePreview(trigger as HTMLAnchorElement);
  return document.getElementById(trigger.getAttribute('aria-describedby') ?? '');
}

function place() {
  if (!current) return;
  const { trigger, pop } = current;
  const r = trigger.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const left = Math.max(GAP, Math.min(r.left + r.width / 2 - pop.offsetWidth / 2, width - pop.offsetWidth - GAP));
  const below = r.bottom + GAP;
  const above = r.top - pop.offsetHeight - GAP;
  pop.style.left = `${left}px`;
  pop.style.top = `${below + pop.offsetHeight > innerHeight && above > 0 ? above : below}px`;
}

function show(trigger: HTMLElement, how: 'key' | 'pointer' = 'pointer') {
  clearTimeout(timer);
  if (current?.trigger === trigger) return;
  hide();
  const pop = previewOf(trigger);
  if (!pop) return;
  // Right after the trigger (after the <sup> of a footnote) so Tab reaches the preview's links next.
  (trigger.parentElement?.tagName === 'SUP' ? trigger.parentElement : trigger).after(pop);
  current = { trigger, pop };
  // Keyboard readers are told how to reach the links (reader.css shows the hint).
  pop.dataset['via'] = how;
  pop.showPopover();
  place();
}

function hide() {
  clearTimeout(timer);
  const was = current;
  current = null;
  if (was?.pop.matches(':popover-open')) was.pop.hidePopover();
}

const later = (fn: () => void, ms: number) => {
  clearTimeout(timer);
  timer = window.setTimeout(fn, ms);
};

function start() {
  document.querySelectorAll<HTMLAnchorElement>(NOTE_REFS).forEach((a) => {
    const note = decodeURIComponent(a.hash.slice(1));
    if (document.getElementById(note)) a.setAttribute('aria-describedby', note);
  });

  document.addEventListener('pointerover', (e) => {
    lastPointer = e.pointerType;
    if (e.pointerType !== 'mouse') return;
    const trigger = triggerOf(e.target);
    if (trigger) later(() => show(trigger), current ? 0 : OPEN_DELAY);
    else if (inPreview(e.target)) clearTimeout(timer);
  });
  document.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'mouse' || inPreview(e.relatedTarget)) return;
    // Passing over a number without stopping opens nothing.
    if (!current) clearTimeout(timer);
    else if (inPreview(e.target) || triggerOf(e.target)) later(hide, CLOSE_DELAY);
  });
  document.addEventListener('pointerdown', (e) => {
    lastPointer = e.pointerType;
    const trigger = triggerOf(e.target);
    openAtTouch = !!trigger && current?.trigger === trigger;
  });
  // Enter on a link clicks it without a pointer: that click follows the link.
  document.addEventListener('keydown', (e) => {
    lastPointer = '';
    if (!current || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    const links = [...current.pop.querySelectorAll<HTMLElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (document.activeElement !== current.trigger && at < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    (next < 0 ? current.trigger : links[Math.min(next, links.length - 1)])?.focus();
  });
  document.addEventListener('click', (e) => {
    const trigger = triggerOf(e.target);
    if (!trigger || lastPointer === 'mouse' || lastPointer === '' || openAtTouch) return;
    // A tap (touch or pen) previews; the link is followed on the next tap.
    e.preventDefault();
    show(trigger);
  });
  document.addEventListener('focusin', (e) => {
    const trigger = triggerOf(e.target);
    if (trigger) show(trigger, lastPointer ? 'pointer' : 'key');
    else if (current && !inPreview(e.target)) hide();
  });
  document.addEventListener(
    'toggle',
    (e) => {
      // Closed by the browser (Esc, a click elsewhere): forget it.
      if (!current || e.target !== current.pop || (e as ToggleEvent).newState !== 'closed') return;
      const { trigger, pop } = current;
      current = null;
      if (pop.contains(document.activeElement)) trigger.focus({ preventScroll: true });
    },
    true,
  );
  addEventListener('scroll', place, { passive: true });
  addEventListener('resize', place, { passive: true });
}

if (typeof HTMLElement.prototype.showPopover === 'function') start();
