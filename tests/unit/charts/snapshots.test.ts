/**
 * Chart snapshots: each chart draws its fixture rows (tests/fixtures/charts/<id>.ts), not the live
 * dataset, so a data edit never moves a snapshot; only a change to the drawing code does. Stored
 * one element per line so a review reads the diff. To accept an intended change:
 *   npx vitest run --project unit -u tests/unit/charts/snapshots.test.ts
 */
import { describe, expect, test } from 'vitest';
import { charts } from '../../../src/charts/registry';
import { chartSvg, type ChartSpec, type ChartWords } from '../../../src/charts/lib/definition';
import type { ChartVariant } from '../../../src/charts/lib/grammar';
import type { ChartRow } from '../../../src/charts/lib/types';
import { claimVsCount } from '../../../src/charts/claim-vs-count';
import { claimedVsCounted } from '../../../src/charts/claimed-vs-counted';
import { countryCount } from '../../../src/charts/country-count';
import { fiftyMillion } from '../../../src/charts/fifty-million';
import { organisationCount } from '../../../src/charts/organisation-count';
import { pyramid } from '../../../src/charts/pyramid';
import { russia } from '../../../src/charts/russia';
import { timeline } from '../../../src/charts/timeline';
import { worldMap } from '../../../src/charts/world-map';
import * as fixtures from '../../fixtures/charts/index';
import { parse, prettySvg } from './svg-query';

/** A chart's SVG for fixture rows, with the words it would carry on the page. */
function drawFixture<R extends ChartRow, W extends ChartWords>(spec: ChartSpec<R, W>, rows: readonly R[]) {
  const chart = {
    id: spec.id,
    title: spec.words.title,
    description: spec.description(rows, spec.words),
    render: (size: { variant: ChartVariant; width: number }) => spec.render(rows, size, spec.words),
  };
  return { id: spec.id, svg: (variant: ChartVariant) => chartSvg(chart, variant) };
}

const drawn = [
  drawFixture(claimVsCount, fixtures.claimVsCount),
  drawFixture(claimedVsCounted, fixtures.claimedVsCounted),
  drawFixture(fiftyMillion, fixtures.fiftyMillion),
  drawFixture(organisationCount, fixtures.organisationCount),
  drawFixture(countryCount, fixtures.countryCount),
  drawFixture(russia, fixtures.russia),
  drawFixture(pyramid, fixtures.pyramid),
  drawFixture(timeline, fixtures.timeline),
  drawFixture(worldMap, fixtures.worldMap),
];

test('every chart has fixture rows and a snapshot (add tests/fixtures/charts/<id>.ts for a new chart)', () => {
  expect(drawn.map((d) => d.id)).toEqual(charts.map((c) => c.id));
});

test('pretty-printing changes only whitespace between elements', () => {
  const svg = drawn[0]!.svg('wide');
  expect(prettySvg(svg).replace(/\n\s*/g, '')).toBe(svg);
  expect(parse(prettySvg(svg)).outerHTML.replace(/>\s+</g, '><')).toBe(parse(svg).outerHTML);
});

describe.each(drawn.map((d) => [d.id, d] as const))('%s', (id, d) => {
  test.each(['wide', 'narrow'] as const)('%s drawing of the fixture rows matches its snapshot (review the diff)', async (variant) => {
    await expect(prettySvg(d.svg(variant))).toMatchFileSnapshot(`__snapshots__/${id}.${variant}.svg`);
  });
});
