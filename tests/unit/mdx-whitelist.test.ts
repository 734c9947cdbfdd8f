import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import { checkComponent, unknownComponentMessage, whitelistNames } from '../../src/lib/known-components.mjs';

describe('the MDX component whitelist', () => {
  it('the compile-time check reads exactly the components the chapters receive', () => {
    expect(whitelistNames().sort()).toEqual(Object.keys(mdxComponents).sort());
  });

  it('reads keys written one per line, on one line, or renamed', () => {
    expect(whitelistNames('export const mdxComponents = { Num, Chart: ChartFigure, // why\n Quote };')).toEqual(['Num', 'Chart', 'Quote']);
  });

  it('suggests the nearest component for a typo', () => {
    expect(unknownComponentMessage('Chrat', ['Chart', 'Num'])).toBe(
      '<Chrat> is not a component chapters can use. Did you mean <Chart>? Available: <Chart>, <Num>. See content/EDITING.md.',
    );
  });

  it('rejects an unknown capitalised tag with its line, and lets HTML tags and known components through', () => {
    const at = (line: number) => ({ start: { line } });
    expect(() => checkComponent({ name: 'Nmu', position: at(12) }, ['Num'])).toThrow(
      'line 12: <Nmu> is not a component chapters can use. Did you mean <Num>?',
    );
    expect(() => checkComponent({ name: 'abbr', position: at(3) }, ['Num'])).not.toThrow();
    expect(() => checkComponent({ name: 'Num', position: at(4) }, ['Num'])).not.toThrow();
  });
});
