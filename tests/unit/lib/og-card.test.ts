import { describe, expect, it } from 'vitest';
import { cardSvg } from '../../../src/lib/og-card';
import { wrapText } from '../../../src/lib/text';

describe('wrapText', () => {
  it('breaks between words within the width', () => {
    expect(wrapText('one two three four five', 9)).toEqual(['one two', 'three', 'four five']);
  });

  it('keeps an over-long word whole', () => {
    expect(wrapText('a extraordinarily b', 5)).toEqual(['a', 'extraordinarily', 'b']);
  });

  it('ends with an ellipsis when lines run out', () => {
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});

describe('cardSvg', () => {
  const card = { kicker: 'Chapter 1', title: 'Tom & “Jerry” <b>', dek: 'A dek.', footer: 'Site · credit' };

  it('is deterministic, 1200 × 630, and escapes text', () => {
    const svg = cardSvg(card);
    expect(svg).toBe(cardSvg(card));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('Tom &amp; “Jerry” &lt;b&gt;');
    expect(svg).toContain('CHAPTER 1');
  });

  it('keeps a long title to three lines', () => {
    const svg = cardSvg({ ...card, title: 'word '.repeat(60) });
    expect(svg.match(/font-size="58" font-weight="700"[^>]*>(.*?)<\/text>/)![1]!.match(/<tspan/g)).toHaveLength(3);
  });
});
