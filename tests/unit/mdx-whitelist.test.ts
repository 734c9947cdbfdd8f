import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx/names';
import * as propSchemas from '../../src/components/mdx/props';
import { checkComponent, knownComponentsPlugin, unknownComponentMessage } from '../../src/lib/known-components.mjs';

describe('the MDX component whitelist', () => {
  it('the compile-time check reads exactly the components the chapters receive', () => {
    expect([...MDX_COMPONENT_NAMES].sort()).toEqual(Object.keys(mdxComponents).sort());
  });

  it('every component chapters may use exports the schema of its props, and a prop it lacks is refused', () => {
    expect(Object.keys(propSchemas).sort()).toEqual(MDX_COMPONENT_NAMES.map((name) => `${name}Props`).sort());
    for (const schema of Object.values(propSchemas)) expect(schema.safeParse({ notAProp: true }).success).toBe(false);
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

  it('lets the About page use its own components, which chapters cannot', () => {
    const plugin = (path: string) => knownComponentsPlugin({ fileURL: new URL(`file:///project/${path}`) });
    const term = { name: 'Term', position: { start: { line: 4 } } };
    expect(() => plugin('content/pages/about.mdx').mdxJsxFlowElement(term)).not.toThrow();
    expect(() => plugin('content/chapters/02-historical-homeland.mdx').mdxJsxFlowElement(term)).toThrow(
      /line 4: <Term> is not a component chapters can use/,
    );
    expect(() => plugin('content/pages/about.mdx').mdxJsxFlowElement({ name: 'Chart', position: { start: { line: 9 } } })).toThrow(
      /<Chart>/,
    );
  });
});
