import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Cite from '../../src/components/mdx/Cite.astro';

const render = async (props: Record<string, unknown>, slots: Record<string, string> = {}) => {
  const container = await AstroContainer.create();
  return container.renderToString(Cite, { props, slots, request: new Request('http://localhost/chapters/no-such-chapter/') });
};

describe('<Cite>', () => {
  it('names the source and links to its entry on the Sources page', async () => {
    const html = await render({ source: 'rumyantsev-2017' });
    expect(html).toMatch(/<a class="cite" href="\/sources\/#source-rumyantsev-2017"[^>]*>openDemocracy \(oDR\)<\/a>/);
    expect(html).toContain('title="openDemocracy (oDR), “Long live the Azerbaijani diaspora!”"');
  });

  it('links the words given instead, and flags a partisan source in the title', async () => {
    expect(await render({ source: 'rumyantsev-2017' }, { default: 'the report' })).toMatch(/>the report<\/a>/);
    expect(await render({ source: 'azerbaijan-az-abroad' })).toMatch(/title="[^"]*partisan source"/);
  });

  it('fails on an unknown or missing source, with close matches and the fix', async () => {
    await expect(render({ source: 'rumyantsev-2071' })).rejects.toThrow(
      /<Cite> in \/chapters\/no-such-chapter\/:\n {2}source: unknown source id "rumyantsev-2071" — close matches: rumyantsev-2017[\s\S]*add the source to data\/sources\.json/,
    );
    await expect(render({})).rejects.toThrow(/source: required/);
  });
});
