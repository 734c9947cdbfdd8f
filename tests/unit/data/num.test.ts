import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Num from '../../../src/components/mdx/Num.astro';
import { figure, figures } from '../../../src/data/load.ts';

const render = async (props: Record<string, unknown>, path = '/chapters/bureaucrats/') => {
  const container = await AstroContainer.create();
  return container.renderToString(Num, { props, request: new Request(`http://localhost${path}`) });
};

describe('<Num>', () => {
  it('renders the figure with its qualifier and unit, linked to its first source', async () => {
    const html = await render({ id: 'organisations.2011-07' });
    expect(html).toContain('>about 416 organisations</a>');
    expect(html).toContain('href="https://en.trend.az/azerbaijan/politics/1900976.html"');
    expect(html).toContain('data-record="organisations.2011-07"');
    // The source is named in the number's preview, which is also its accessible description.
    const preview = html.match(/aria-describedby="(preview-[^"]+)"/)?.[1];
    expect(html).toMatch(new RegExp(`id="${preview}"[^>]*>.*Source: <a[^>]*>Trend, “Azerbaijanis abroad play significant role in Eurovision victory”`));
  });

  it('honours format, bare and unit', async () => {
    expect(await render({ id: 'claims.abroad-10m', format: 'full', unit: false })).toContain('>more than 10,000,000</a>');
    expect(await render({ id: 'organisations.2016-05', bare: true })).toContain('>450 organisations</a>');
    expect(await render({ id: 'derived.orgs-growth-2011-2016' })).toContain('>about 46 organisations</a>');
  });

  it('says when a figure is unverified or only partly verified', async () => {
    expect(await render({ id: 'organisations.2006-03' })).toContain('data-verification="partly"');
  });

  it('fails on an unknown id, naming it, the page and close matches', async () => {
    // On a chapter page the message also names the chapter file (tests/unit/lib/chapter-location.test.ts).
    await expect(render({ id: 'organisations.2016-07' }, '/chapters/no-such-chapter/')).rejects.toThrow(
      /Unknown number reference "organisations.2016-07" in \/chapters\/no-such-chapter\/\. Close matches: .*organisations\.2016-06/,
    );
  });

  it('fails on a wrong prop, naming the prop', async () => {
    await expect(render({ id: 'organisations.2016-06', format: 'long' })).rejects.toThrow(/<Num> in .*\/chapters\/bureaucrats\/.*format/s);
    await expect(render({ id: 'organisations.2016-06', size: 3 })).rejects.toThrow(/size/);
  });
});

describe('figure()', () => {
  it('resolves every ref it lists', () => {
    for (const ref of figures.keys()) expect(figure(ref).ref).toBe(ref);
  });
});
