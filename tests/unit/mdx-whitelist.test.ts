import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx-names';
import { checkComponent, unknownComponentMessage } from '../../src/lib/known-components.mjs';

describe('the MDX component whitelist', () => {
  it('the compile-time check reads exactly the components the chapters receive', () => {
    expect([...MDX_COMPONENT_NAMES].sort()).toEqual(Object.keys(mdxComponents).sort());
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
