/**
 * The real dataset through every chart: it draws without error, and the headline figures (each chart's
 * takeaway, written from the rows) are pinned, so a data edit that moves one is seen and confirmed.
 * The drawings themselves are snapshotted from fixture rows (snapshots.test.ts), not from here.
 */
import { expect, test } from 'vitest';
import { charts } from '../../../src/charts/registry';
import { chartSvg } from '../../../src/charts/lib/definition';

const WHAT_TO_DO =
  'A data edit changed what a chart says. If the edit is intended, check the chapters that quote the figure, then accept the new headline with: npx vitest run --project unit -u tests/unit/charts/live-data.test.ts (and commit tests/unit/charts/__snapshots__/headlines.txt with the data edit).';

test.each(charts.map((c) => [c.id, c] as const))('%s draws the real data at both sizes', (_id, chart) => {
  for (const variant of ['wide', 'narrow'] as const) expect(chartSvg(chart, variant)).toMatch(/^<svg [^>]*role="img"/);
});

test('the headline figures of every chart are the ones pinned', async () => {
  const headlines = charts.map((c) => `${c.id}\n  ${c.title}\n${c.headline ? `  ${c.headline}\n` : ''}  ${c.takeaway}\n`).join('\n');
  await expect(headlines, WHAT_TO_DO).toMatchFileSnapshot('__snapshots__/headlines.txt');
});
