// Astro templates follow JSX whitespace rules: a line break between text and an expression or an
// inline element is dropped, not turned into a space. "translated by⏎{translator}" renders as
// "translated byMaxim Edwards". This scan finds such joins in src/ before a reader does.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const INLINE = /^(\{|<(a|abbr|b|cite|code|em|FormattedDate|i|kbd|Num|q|span|strong|time)\b)/;

/** Lines of an .astro template where text runs into the next line's expression or inline element. */
export function gluedJoins(source: string): number[] {
  const lines = source.split('\n');
  const fences = lines.flatMap((l, i) => (l.trim() === '---' ? [i] : []));
  const templateStart = fences.length >= 2 ? fences[1]! + 1 : 0;
  const found: number[] = [];
  for (let i = templateStart; i < lines.length - 1; i++) {
    const line = lines[i]!.trimEnd();
    const next = lines[i + 1]!.trim();
    const endsInText = /[\p{L}\p{N},.;:)”’]$/u.test(line) && !/^\s*(\/\/|\/?\*)/.test(line);
    if (endsInText && INLINE.test(next) && !next.startsWith('{/*')) found.push(i + 1);
  }
  return found;
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );
}

describe('template whitespace', () => {
  test('finds text that runs into an expression or a link on the next line', () => {
    const page = [
      '---',
      'const who = "Maxim";',
      '---',
      '<p>',
      '  translated by',
      '  {who}. See',
      '  <a href="/">the site</a>.',
      '</p>',
    ].join('\n');
    expect(gluedJoins(page)).toEqual([5, 6]);
    expect(gluedJoins(page.replace('translated by', "translated by{' '}").replace('See', "See{' '}"))).toEqual([]);
  });

  test('no template in src/ glues words together', () => {
    const offenders = astroFiles('src').flatMap((f) => gluedJoins(readFileSync(f, 'utf8')).map((line) => `${f}:${line}`));
    expect(offenders, "end the line with {' '} or keep the words on one line").toEqual([]);
  });
});
