import { describe, expect, it } from 'vitest';
import { cardSvg } from '../../../src/lib/og-card.ts';

describe('Russian social cards', () => {
  it('wrap a Cyrillic standfirst sooner than a Latin one of the same length, so it stays on the card', () => {
    const lines = (dek: string) => (cardSvg({ kicker: 'k', title: 'Title', dek, footer: 'f' }).match(/<tspan/g) ?? []).length - 1;
    const ru = 'Как Баку считает диаспору в «десять миллионов» и что говорят подсчёты';
    const en = 'How Baku counts a diaspora of ten million, and what the counts say now'.slice(0, ru.length);
    expect(en.length).toBe(ru.length);
    expect(lines(en)).toBe(1);
    expect(lines(ru)).toBe(2);
  });
});
