import type { Figure, Quantity, Unit, Verification } from './schemas/index.ts';
import { DataError, type Problem } from './problems.ts';
import { difference, ratio, sum } from './quantity-math.ts';

/**
 * Figures computed from the dataset, once, so prose and charts cannot disagree about them.
 * Each lists the refs it is computed from; its sources are the union of theirs and its
 * verification the weakest of theirs. Cite them as `derived.<id>`.
 */
interface Definition {
  id: string;
  label: string;
  unit: Unit;
  /** Refs of the inputs, in the order `compute` receives them. */
  from: readonly string[];
  compute: (inputs: readonly Quantity[]) => Quantity;
  note: string;
}

/**
 * One census-type count of ethnic Azerbaijanis in each other former Soviet republic: the one nearest
 * 2010 (tests/unit/data/derived.test.ts holds it to that rule), so the total has one vintage, not the latest.
 */
export const EX_USSR_COUNT_REFS = [
  'estimates.ru-2010-census', 'estimates.ge-2014-census', 'estimates.kz-2009-census',
  'estimates.ua-2001-census', 'estimates.uz-2000-estimate', 'estimates.tm-1989-census',
  'estimates.kg-2009-census', 'estimates.by-2009-census', 'estimates.am-2001-census',
] as const;

const DEFINITIONS: readonly Definition[] = [
  {
    id: 'claim-gap', label: 'The official claim of Azerbaijanis abroad minus the UN count of emigrants born in Azerbaijan (2019)',
    unit: 'people', from: ['claims.abroad-10m', 'estimates.abroad-2019-born'],
    compute: ([claim, counted]) => difference(claim!, counted!),
    note: 'The UN figure leaves out Azerbaijanis abroad who were born elsewhere (in Georgia, Russia or Turkey, say), whom the claim includes. Iran’s Azerbaijanis are in neither: the official arithmetic places them in the historical homeland, not abroad.',
  },
  {
    id: 'claim-ratio', label: 'How many times the official claim of Azerbaijanis abroad exceeds the UN count of emigrants born in Azerbaijan',
    unit: 'times', from: ['claims.abroad-10m', 'estimates.abroad-2019-born'],
    compute: ([claim, counted]) => ratio(claim!, counted!),
    note: 'Rounded down to one decimal, because the claim is a lower bound.',
  },
  {
    id: 'counted-total-ex-ussr', label: 'Ethnic Azerbaijanis in nine other former Soviet republics, from censuses and one official estimate (the figure nearest 2010 in each)',
    unit: 'people', from: EX_USSR_COUNT_REFS,
    compute: (counts) => ({ ...sum(counts), kind: 'about' }),
    note: 'Adds counts from different years, 1989 to 2014, and Uzbekistan’s official estimate. Where a later count exists (Russia 2021, Kyrgyzstan 2021, Belarus 2019) the one nearest 2010 is used, so the total describes the years around 2010, not today.',
  },
  {
    id: 'fifty-million-remainder', label: 'Left of the official world total once Azerbaijan’s whole population and the article’s “about ten million” abroad are taken away: on our reading of the official arithmetic, chiefly Iran’s Azerbaijanis',
    unit: 'people', from: ['claims.world-50m', 'estimates.az-2017-resident', 'claims.abroad-10m-article'],
    compute: ([world, home, abroad]) => difference(world!, home!, abroad!),
    note: 'Our subtraction, not an official figure; only its first digits mean anything, since it is taken from round numbers. It takes away the republic’s whole resident population, not only its Azerbaijanis, because the official arithmetic subtracts nothing else; and the article’s “about ten million” abroad, where the state portal says “more than ten million”, so on the portal’s own words the remainder would be smaller still. In the official arithmetic this part lives “at home” in the historical homeland beyond the republic, chiefly north-western Iran; it comes close to what Azerbaijani media claim for Iran, and is above every neutral estimate of Iran’s Azerbaijanis.',
  },
  {
    id: 'orgs-growth-2006-2011', label: 'Growth in diaspora organisations from the article’s figure for the second World Congress to the official figure for the third',
    unit: 'organisations', from: ['organisations.2011-07', 'organisations.2006-03'],
    compute: ([after, before]) => difference(after!, before!),
    note: 'Starts from the article’s figure for 2006; the lower total implied by the official breakdown of 2011 would give the number founded since, as that breakdown says.',
  },
  {
    id: 'orgs-growth-2011-2016', label: 'Growth in diaspora organisations between the third and fourth World Congresses, as officially stated',
    unit: 'organisations', from: ['organisations.2016-06', 'organisations.2011-07'],
    compute: ([after, before]) => difference(after!, before!),
    note: 'Stated totals, not audited; nothing says how many closed.',
  },
  {
    id: 'orgs-implied-2006', label: 'Organisations of 2006 implied by the official total of 2011 less those founded after the second World Congress',
    unit: 'organisations', from: ['organisations.2011-07', 'organisations.2011-07.foundedSincePreviousCongress'],
    compute: ([total, founded]) => ({ ...difference(total!, founded!), kind: 'implied' }),
    note: 'Lower than the total the article gives for 2006; the gap can be organisations that closed in between.',
  },
  {
    id: 'orgs-conflict-2006', label: 'Gap between the article’s count of organisations in 2006 and the total implied by the official breakdown of 2011',
    unit: 'organisations', from: ['organisations.2006-03', 'organisations.2006-03-implied'],
    compute: ([stated, implied]) => difference(stated!, implied!),
    note: 'Can be organisations that closed between 2006 and 2011, in which case both figures are right; neither is audited.',
  },
  {
    id: 'ru-census-drop-2010-2021', label: 'Fall in Azerbaijanis counted by Russia’s census, 2010 to 2021',
    unit: 'people', from: ['estimates.ru-2010-census', 'estimates.ru-2021-census'],
    compute: ([before, after]) => difference(before!, after!),
    note: 'Millions of residents stated no nationality in 2021, so part of the fall is non-response.',
  },
  {
    id: 'ru-claim-ratio', label: 'How many times the All-Russian Azerbaijani Congress’s claim of 2017 exceeds the census count of 2010',
    unit: 'times', from: ['claims.russia-2m-2017', 'estimates.ru-2010-census'],
    compute: ([claim, census]) => ratio(claim!, census!),
    note: 'Rounded down to one decimal, because the claim is a lower bound.',
  },
];

const STRENGTH: Readonly<Record<Verification, number>> = { unverified: 0, partly: 1, yes: 2 };
const weakest = (levels: readonly Verification[]): Verification =>
  levels.reduce((a, b) => (STRENGTH[b] < STRENGTH[a] ? b : a), 'yes');

/** Computes every derived figure from the record figures; throws a DataError naming each bad input. */
export function computeDerived(records: ReadonlyMap<string, Figure>): Figure[] {
  const problems: Problem[] = [];
  const out: Figure[] = [];
  for (const def of DEFINITIONS) {
    const inputs = def.from.map((ref) => records.get(ref));
    const missing = def.from.filter((_, i) => !inputs[i]);
    const problem = (reason: string) => problems.push({ file: 'src/data/derived.ts', record: def.id, field: 'from', reason });
    if (missing.length) {
      problem(`unknown input ${missing.map((m) => `"${m}"`).join(', ')}`);
      continue;
    }
    const figures = inputs as Figure[];
    try {
      out.push({
        ref: `derived.${def.id}`, origin: 'derived', recordId: def.id, label: def.label,
        quantity: def.compute(figures.map((f) => f.quantity)), unit: def.unit,
        sources: [...new Set(figures.flatMap((f) => f.sources))],
        verification: weakest(figures.map((f) => f.verification)),
        from: [...def.from], note: def.note,
      });
    } catch (error) {
      problem(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length) throw new DataError(problems);
  return out;
}

/** Ids of all derived figures, for documentation and tests. */
export const DERIVED_IDS: readonly string[] = DEFINITIONS.map((d) => d.id);

/** The refs each derived figure is computed from, by id: the ledger's rules ask whether a derived figure is official. */
export const DERIVED_INPUTS: ReadonlyMap<string, readonly string[]> = new Map(DEFINITIONS.map((d) => [d.id, d.from]));
