import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { DATASET_NAMES } from '../../../src/data/schemas/index.ts';
import { validateDataset } from '../../../src/data/validate.ts';
import { problemLine } from '../../../src/data/problems.ts';
import * as data from '../../../src/data/load.ts';
import { chapterRefs } from '../../../src/lib/mdx-tree.ts';

const raw = Object.fromEntries(DATASET_NAMES.map((n) => [n, JSON.parse(readFileSync(`data/${n}.json`, 'utf8'))]));

describe('the real dataset in data/', () => {
  it('passes validation with no problem', () => {
    const result = validateDataset(raw);
    expect(result.ok ? [] : result.problems.map(problemLine)).toEqual([]);
  });

  it('loads, frozen, through src/data/load.ts', () => {
    expect(data.sources.length).toBeGreaterThan(40);
    expect(Object.isFrozen(data.claims)).toBe(true);
    expect(Object.isFrozen(data.claims[0])).toBe(true);
    expect(Object.isFrozen(data.figures.get('organisations.2016-06'))).toBe(true);
  });

  it('labels figures in words a reader understands, not in the data files’ enum values', () => {
    // Labels reach readers (number tooltips, the ledger, the copy desk); `migrantStock (bornIn)` must not.
    const enumLike = /\b[a-z]+[A-Z][a-zA-Z]*\b|"|\bin (World|Abroad)\b/;
    expect([...data.figures.values()].map((f) => f.label).filter((l) => enumLike.test(l))).toEqual([]);
    expect(data.figures.get('estimates.ru-2019-born')?.label).toBe('Russia, 2019: migrant stock, born in Azerbaijan');
  });

  it('has the article itself as a source, and flags partisan outlets', () => {
    expect(data.sourceById.get('rumyantsev-2017')?.kind).toBe('article');
    for (const id of ['president-az-2016-congress4', 'orbeli-2020', 'armenianclub-2006-03-15', 'trend-2011-eurovision']) {
      expect(data.sourceById.get(id)?.partisan, id).toBe(true);
    }
  });

  it('uses every source at least once, in a record or in a chapter’s <Cite>', () => {
    const cited = new Set<string>();
    for (const name of DATASET_NAMES) {
      for (const r of raw[name] as { sources?: string[]; examples?: { sources: string[] }[] }[]) {
        r.sources?.forEach((s) => cited.add(s));
        r.examples?.forEach((e) => e.sources.forEach((s) => cited.add(s)));
      }
    }
    // A source may back only a sentence of prose (who the author is, a book behind an argument): chapters name it with <Cite>.
    for (const f of readdirSync('content/chapters').filter((n) => n.endsWith('.mdx'))) {
      chapterRefs(readFileSync(`content/chapters/${f}`, 'utf8')).cites.forEach((s) => cited.add(s));
    }
    expect(data.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('keeps the timeline between 1969 and 2025 and ties it to chapters', () => {
    const years = data.timeline.map((e) => Number(e.date.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(1969);
    expect(Math.max(...years)).toBe(2025);
    expect(new Set(data.timeline.map((e) => e.track))).toEqual(new Set(['stateInstitutions', 'congresses', 'russia', 'conflict', 'law']));
  });

  it('builds the pyramid as one tree from the State Committee down to city bodies', () => {
    const path: string[] = [];
    for (let node = data.hierarchyTree; node; node = node.children[0]!) {
      path.push(node.id);
      if (!node.children.length) break;
    }
    expect(path).toEqual(['state', 'world-congress', 'multi-country', 'country', 'local']);
  });

  it('never counts Israel’s Mountain Jews as Azerbaijanis', () => {
    const israel = data.estimates.filter((e) => e.area === 'IL');
    expect(israel.map((e) => e.group)).toEqual(['mountainJews']);
  });
});
