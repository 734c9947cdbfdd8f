/**
 * The takeaways are written by code from the rows; these tests hold each one to the rows it
 * summarises, so a sentence cannot outlive the data (as "the best-attended congress" once did).
 */
import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../src/charts/lib/build';
import { encodingProblems } from '../../../src/charts/lib/encoding';
import { charts } from '../../../src/charts/registry';
import { claimedVsCounted } from '../../../src/charts/claimed-vs-counted';
import { countryCount } from '../../../src/charts/country-count';
import { fiftyMillion } from '../../../src/charts/fifty-million';
import { organisationCount } from '../../../src/charts/organisation-count';
import { russia } from '../../../src/charts/russia';
import { worldMap } from '../../../src/charts/world-map';
import { dataset, figures } from '../../../src/data/load';
import { formatQuantity } from '../../../src/data/format';
import { centre, quantityOf, type FigureMark } from '../../../src/charts/lib/marks';
import { AREA_NAMES } from '../../../src/data/areas';
import type { Unit } from '../../../src/data/schemas/index.ts';

const text = (r: FigureMark, unit: Unit) => formatQuantity(quantityOf(r), unit);
const largest = <R extends FigureMark>(rows: readonly R[]) => [...rows].sort((a, b) => centre(b) - centre(a))[0]!;
const smallest = <R extends FigureMark>(rows: readonly R[]) => [...rows].sort((a, b) => centre(a) - centre(b))[0]!;

describe('country-count takeaway', () => {
  const rows = buildChart(countryCount).drawn;
  const takeaway = buildChart(countryCount).takeaway;
  const residence = rows.filter((r) => r.measures === 'residence');
  const tallies = rows.filter((r) => r.measures !== 'residence');

  test('gives the range of the tallies from their own rows (the headline gives the claims’)', () => {
    for (const pick of [smallest, largest]) expect(takeaway).toContain(`${pick(tallies).value}`);
    expect(residence.length).toBeGreaterThan(0);
  });

  test('does not call a tally of activity a claim about residence, nor crown a “best-attended” congress', () => {
    expect(takeaway).not.toMatch(/best-attended/);
    expect(takeaway).toMatch(/attendance or activity, not residence/);
  });
});

describe('claimed-vs-counted takeaway', () => {
  const rows = buildChart(claimedVsCounted).drawn;
  const takeaway = buildChart(claimedVsCounted).takeaway;

  test('names the largest figure outside Iran, whose Azerbaijanis are not part of the claim', () => {
    const countries = rows.slice(3).filter((r) => r.place !== AREA_NAMES.IR);
    const top = largest(countries);
    expect(takeaway).toContain(`${String(top.place)}’s ${text(top, 'people')}`);
    expect(takeaway).not.toMatch(/Iran’s uncounted millions come near/);
  });
});

describe('organisation-count takeaway', () => {
  const rows = buildChart(organisationCount).drawn;
  const takeaway = buildChart(organisationCount).takeaway;

  test('names the years whose official figures differ (the headline gives the first and last), and blames no one', () => {
    for (const r of rows.filter((r) => r.qualifier === 'implied')) expect(takeaway).toContain(String(r.date).slice(0, 4));
    expect(takeaway).not.toMatch(/its own figures/);
  });
});

describe('fifty-million takeaway', () => {
  const rows = buildChart(fiftyMillion).drawn;
  const takeaway = buildChart(fiftyMillion).takeaway;

  test('gives the implied remainder, placing it chiefly in Iran; the headline gives the encyclopaedic total', () => {
    const rest = rows.find((r) => r.qualifier === 'implied')!;
    const world = rows.find((r) => r.bar !== rows[0]!.bar)!;
    expect(takeaway).toContain(text(rest, 'people'));
    expect(takeaway).toMatch(/“at home”, chiefly in Iran/);
    expect(buildChart(fiftyMillion).headline).toContain(text(world, 'people').replace(/ people$/, ''));
  });
});

describe('russia takeaway', () => {
  test('quotes the latest census in the rows', () => {
    const rows = buildChart(russia).drawn.filter((r) => r.kind === 'census' && r.definition === 'ethnic self-identification');
    const latest = [...rows].sort((a, b) => Number(b.year) - Number(a.year))[0]!;
    expect(buildChart(russia).takeaway).toContain(`in ${String(latest.year)}`);
  });
});

describe('world-map takeaway', () => {
  test('names the two largest figures outside Iran; the notes say Iran is not part of the claim', () => {
    const chart = buildChart(worldMap);
    const rows = chart.drawn.filter((r) => r.kind !== 'claim');
    const outside = [...rows.filter((r) => r.area !== 'IR')].sort((a, b) => centre(b) - centre(a));
    for (const r of outside.slice(0, 2))
      expect(chart.takeaway).toContain(`${String(r.place)}’s ${text(r, 'people').replace(/ people$/, '')}`);
    if (rows.some((r) => r.area === 'IR')) expect(chart.notes.join(' ')).toMatch(/Iran’s .* not abroad/);
  });
});

describe('encodings follow the records', () => {
  test('a congress tally drawn with the census encoding is refused', () => {
    const tally = buildChart(countryCount).drawn.find((r) => r['measures'] === 'attendance')!;
    expect(encodingProblems('country-count', [tally], dataset, figures)).toEqual([]);
    expect(encodingProblems('country-count', [{ ...tally, kind: 'census' }], dataset, figures)[0]).toMatch(
      /drawn as "census" but congresses\.\S+ is a "claim"/,
    );
  });

  test('every chart’s rows agree with their records', () => {
    expect(charts.flatMap((c) => encodingProblems(c.id, c.rows, dataset, figures))).toEqual([]);
  });
});
