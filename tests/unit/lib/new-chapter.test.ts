import { describe, expect, it } from 'vitest';
import { slugify } from '../../../scripts/new-chapter.mjs';

describe('new:chapter file names', () => {
  it.each([
    ["The congress can't count", 'the-congress-cant-count'],
    ['The “great national leader” and the birth of a diaspora', 'the-great-national-leader-and-the-birth-of-a-diaspora'],
    ['Şəki and the sums that do not add up', 'seki-and-the-sums-that-do-not-add-up'],
    ['Bureaucrats of the diaspora, unite!', 'bureaucrats-of-the-diaspora-unite'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
