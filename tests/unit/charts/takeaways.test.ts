/**
 * The takeaways are written by code from the rows; these tests hold each one to the rows it
 * summarises, so a sentence cannot outlive the data (as "the best-attended congress" once did).
 */
import { describe, expect, test } from 'vitest';
import { chartById } from '../../../src/charts/registry';
import { formatQuantity } from '../../../src/data/format';
import { centre, quantityOf, type FigureMark } from '../../../src/charts/lib/marks';
import { AREA_NAMES } from '../../../src/data/areas';
import type { Unit } from '../../../src/data/schemas/index.ts';

type Row = FigureMark & Record<string, unknown>;
const rowsOf = (id: string) => chartById(id).rows as unknown as Row[];
const text = (r: Row, unit: Unit) => formatQuantity(quantityOf(r), unit);
const largest = (rows: Row[]) => [...rows].sort((a, b) => centre(b) - centre(a))[0]!;
const smallest = (rows: Row[]) => [...rows].sort((a, b) => centre(a) - centre(b))[0]!;

describe('country-count takeaway', () => {
  const rows = rowsOf('country-count');
  const takeaway = chartById('country-count').takeaway;
  const residence = rows.filter((r) => r.measures === 'residence');
  const tallies = rows.filter((r) => r.measures !== 'residence');

  test('gives the range of the residence claims and of the tallies, each from its own rows', () => {
    // Ties (two claims of 70) may be quoted either way: any row at the extreme will do.
    for (const [list, pick] of [[residence, smallest], [residence, largest], [tallies, smallest], [tallies, largest]] as const) {
      const extreme = centre(pick(list));
      const candidates = list.filter((r) => centre(r) === extreme).map((r) => text(r, 'countries'));
      expect(candidates.some((t) => takeaway.includes(t)), `${candidates.join(' / ')} in “${takeaway}”`).toBe(true);
    }
  });

  test('does not call a tally of activity a claim about residence, nor crown a “best-attended” congress', () => {
    expect(takeaway).not.toMatch(/best-attended/);
    expect(takeaway).toMatch(/attendance, not residence/);
  });
});

describe('claimed-vs-counted takeaway', () => {
  const rows = rowsOf('claimed-vs-counted');
  const takeaway = chartById('claimed-vs-counted').takeaway;

  test('names the largest figure outside Iran, whose Azerbaijanis are not part of the claim', () => {
    const countries = rows.slice(3).filter((r) => r.place !== AREA_NAMES.IR);
    const top = largest(countries);
    expect(takeaway).toContain(`${String(top.place)}’s ${text(top, 'people')}`);
    expect(takeaway).not.toMatch(/Iran’s uncounted millions come near/);
  });
});

describe('organisation-count takeaway', () => {
  const rows = rowsOf('organisation-count');
  const takeaway = chartById('organisation-count').takeaway;

  test('runs from the first stated count to the last, and blames no disagreement on official texts', () => {
    const stated = rows.filter((r) => r.qualifier !== 'implied');
    expect(takeaway).toContain(`${text(stated[0]!, 'organisations')} in ${String(stated[0]!.date).slice(0, 4)}`);
    expect(takeaway).toContain(`${text(stated.at(-1)!, 'organisations')} in ${String(stated.at(-1)!.date).slice(0, 4)}`);
    expect(takeaway).not.toMatch(/its own figures/);
  });
});

describe('fifty-million takeaway', () => {
  const rows = rowsOf('fifty-million');
  const takeaway = chartById('fifty-million').takeaway;

  test('gives the implied remainder and the encyclopaedic total from the rows, placing the remainder at home', () => {
    const rest = rows.find((r) => r.qualifier === 'implied')!;
    const world = rows.find((r) => r.bar !== rows[0]!.bar)!;
    expect(takeaway).toContain(text(rest, 'people'));
    expect(takeaway).toContain(text(world, 'people'));
    expect(takeaway).toMatch(/at home beyond the republic, chiefly in Iran/);
  });
});

describe('russia takeaway', () => {
  test('quotes the latest census in the rows', () => {
    const rows = rowsOf('russia').filter((r) => r.kind === 'census' && r.definition === 'ethnic self-identification');
    const latest = [...rows].sort((a, b) => Number(b.year) - Number(a.year))[0]!;
    expect(chartById('russia').takeaway).toContain(`in ${String(latest.year)}`);
  });
});

describe('world-map takeaway', () => {
  test('names the two largest figures outside Iran, and says Iran is not part of the claim', () => {
    const rows = rowsOf('world-map').filter((r) => r.kind !== 'claim');
    const outside = [...rows.filter((r) => r.area !== 'IR')].sort((a, b) => centre(b) - centre(a));
    const takeaway = chartById('world-map').takeaway;
    for (const r of outside.slice(0, 2)) expect(takeaway).toContain(`${String(r.place)}’s ${text(r, 'people')}`);
    if (rows.some((r) => r.area === 'IR')) expect(takeaway).toMatch(/Iran’s .* not abroad/);
  });
});

describe('encodings follow the records', () => {
  test('a congress tally drawn with the census encoding is refused', async () => {
    const { encodingProblems } = await import('../../../src/charts/rows');
    const { dataset, figures } = await import('../../../src/data/load');
    const tally = chartById('country-count').rows.find((r) => r['measures'] === 'attendance')!;
    expect(encodingProblems('country-count', [tally], dataset, figures)).toEqual([]);
    expect(encodingProblems('country-count', [{ ...tally, kind: 'census' }], dataset, figures)[0]).toMatch(/drawn as "census" but congresses\.\S+ is a "claim"/);
  });

  test('every chart’s rows agree with their records', async () => {
    const { encodingProblems } = await import('../../../src/charts/rows');
    const { dataset, figures } = await import('../../../src/data/load');
    const { charts } = await import('../../../src/charts/registry');
    expect(charts.flatMap((c) => encodingProblems(c.id, c.rows, dataset, figures))).toEqual([]);
  });
});
