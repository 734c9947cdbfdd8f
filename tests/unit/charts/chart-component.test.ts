// <Chart> is what chapters write; MDX does not type-check it, so a bad id must stop the build with a
// message naming the page and listing the valid ids.
import { expect, test } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Chart from '../../../src/components/mdx/Chart.astro';
import { CHART_IDS } from '../../../src/charts/registry';

const render = async (props: Record<string, unknown>) =>
  (await AstroContainer.create()).renderToString(Chart, { props, request: new Request('http://localhost/chapters/bureaucrats/') });

test('an unknown id fails naming the page and listing every valid id', async () => {
  const error = await render({ id: 'organisation-counts' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).toMatch(/^<Chart> in .*\/chapters\/bureaucrats\//);
  expect(message).toContain('unknown chart id "organisation-counts"');
  for (const id of CHART_IDS) expect(message).toContain(id);
});

test('a missing id and an unknown prop fail too', async () => {
  await expect(render({})).rejects.toThrow(/<Chart> in [\s\S]*id: required/);
  await expect(render({ id: 'russia', size: 'big' })).rejects.toThrow(/size: <Chart> has no such prop/);
});

test('a valid id renders the figure with its anchor, caption, drawings and table', async () => {
  const html = await render({ id: 'russia' });
  expect(html).toContain('<figure id="chart-russia" class="chart-figure"');
  expect(html).toMatch(/<figcaption>[\s\S]*<\/figcaption>/);
  expect(html.match(/role="img"/g)).toHaveLength(2);
  expect(html).toContain('<summary>Data &amp; downloads</summary>');
});

test('the gallery table names each row’s publishers, never a source id', async () => {
  const { default: ChartTable } = await import('../../../src/components/ChartTable.astro');
  const { charts } = await import('../../../src/charts/registry');
  const { dataset } = await import('../../../src/data/load');
  const chart = charts.find((c) => c.id === 'claimed-vs-counted')!;
  const html = await (await AstroContainer.create()).renderToString(ChartTable, { props: { chart, sources: true } });
  // A row that rests on several sources lists several publishers.
  expect(html).toMatch(/<td>[^<]*Wikipedia \(English\)[^<]*; [^<]+<\/td>/);
  for (const s of dataset.sources) expect(html, s.id).not.toMatch(new RegExp(`[>;]\\s*${s.id}\\s*[;<]`));
});
