/**
 * A JSON syntax error as an editor can act on it: the line and column, and what is wrong in
 * words ("trailing comma after the last field") rather than the parser's "Unexpected token".
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

/** Parses `text`, or says where and why it is not JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: describeJsonError(text, (error as Error).message) };
  }
}

export function describeJsonError(text: string, message: string): JsonSyntaxError {
  const at = /position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : text.length;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const prev = before.trimEnd().at(-1) ?? '';
  const next = text[position] ?? '';
  let reason: string;
  if (prev === ',' && (next === '}' || next === ']')) reason = `trailing comma after the last ${next === '}' ? 'field' : 'item'} — remove the comma before "${next}"`;
  else if (position >= text.trimEnd().length) reason = 'the file ends too early — a closing "}" or "]" is missing';
  else if (/["\d}\]el]/.test(prev) && (next === '"' || next === '{' || next === '[')) reason = 'missing comma between two fields or items — add "," at the end of the line before';
  else if (next === "'") reason = 'single quotes — JSON needs double quotes "…"';
  else if (/[A-Za-z_]/.test(next) && (prev === '{' || prev === ',')) reason = 'a field name without quotes — write it in double quotes: "name": …';
  else reason = `unexpected ${next === '\n' ? 'end of line' : `"${next}"`} — ${message.replace(/ in JSON at position.*$/, '')}`;
  return { line, column, reason };
}
