/** Small text helpers shared by the chart SVGs and the social cards. */

/** Escapes text for SVG/HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Greedy word wrap to at most `maxLines` lines of `maxChars` characters. Words longer than a
 * line are kept whole (they overflow rather than being split mid-word). If text remains, the
 * last line ends with "…".
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s,;:.—–-]+$/, '')}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Levenshtein edit distance, to suggest the name an editor probably meant. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * An SVG as the body of a `data:image/svg+xml,` URL, percent-encoding only what a URL may not carry
 * (spaces, `%`, `#`, angle brackets, double quotes, line breaks; the HTML checker rejects a raw space):
 * encodeURIComponent would also encode every `=`, `/`, `:` and quote, and the favicon is inlined in
 * every page's <head>.
 */
export function svgDataUri(svg: string): string {
  return svg
    .trim()
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[ %#<>"]/g, (c) => encodeURIComponent(c));
}
