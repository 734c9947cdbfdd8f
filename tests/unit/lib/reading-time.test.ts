import { describe, expect, it } from 'vitest';
import { readingTime, WORDS_PER_MINUTE } from '../../../src/lib/reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('readingTime', () => {
  it.each([
    ['plain prose', 'One two three four.', 4],
    ['a link counts its text, not its URL', 'See [the sources page](https://example.org/a/b) now.', 5],
    ['a component keeps its children', '<Quote by="Someone Else">three quoted words</Quote>', 3],
    ['a self-closing component is one word', 'There were <Num id="orgs-2016" /> organisations.', 4],
    ['ESM lines and comments are skipped', 'import X from "y";\n\n{/* note to self */}\nTwo words.', 2],
    ['footnote markers are not words', 'A claim.[^1]\n\n[^1]: The note.', 4],
    ['hyphenated and apostrophised words are one word', "The state's well-known self-description", 4],
    ['markdown punctuation is not a word', '## Heading here\n\n- one\n- two\n\n> quoted — text', 6],
  ])('%s', (_, body, expected) => {
    expect(readingTime(body).words).toBe(expected);
  });

  it('rounds to whole minutes at ~230 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingTime(words(230 * 4)).minutes).toBe(4);
    expect(readingTime(words(230 * 4 + 120)).minutes).toBe(5);
  });

  it('never says zero minutes', () => {
    expect(readingTime('')).toEqual({ words: 0, minutes: 1 });
    expect(readingTime('Short.').minutes).toBe(1);
  });

  it('takes another speed and refuses a nonsensical one', () => {
    expect(readingTime(words(600), 200).minutes).toBe(3);
    expect(() => readingTime('x', 0)).toThrow(/wordsPerMinute/);
  });
});
