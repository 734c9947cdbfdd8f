import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataset, type RawDataset } from '../../../src/data/validate.ts';
import { DATASET_NAMES } from '../../../src/data/schemas/index.ts';
import { buildFigureIndex } from '../../../src/data/refs.ts';
import { claimedVsCounted } from '../../../src/charts/claimed-vs-counted.ts';
import { worldMap } from '../../../src/charts/world-map.ts';
import { dataImpact, recordChanges, unreleasedProblems } from '../../../src/lib/data-impact.ts';
import { readdirSync } from 'node:fs';

/** The real data/ as raw JSON, so a test can add a record the way an editor would. */
const realRaw = (): Record<string, unknown[]> =>
  Object.fromEntries(DATASET_NAMES.map((n) => [n, JSON.parse(readFileSync(`data/${n}.json`, 'utf8')) as unknown[]]));

/** The record issue #19 found silently replacing the verified 1989 census in two charts. */
const UNVERIFIED_TM_2012 = {
  id: 'tm-2012-unverified',
  kind: 'estimate',
  definition: 'ethnic',
  group: 'azerbaijanis',
  area: 'TM',
  year: 2012,
  unit: 'people',
  value: { kind: 'about', value: 150000 },
  sources: ['wikipedia-azerbaijanis-in-turkmenistan'],
  verification: 'unverified',
};

const parse = (raw: RawDataset) => {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.record} ${p.field}: ${p.reason}`).join('\n'));
  return result.data;
};

describe('an unverified record never displaces a verified one (src/data/selection.ts)', () => {
  const raw = realRaw();
  raw['estimates'] = [...raw['estimates']!, UNVERIFIED_TM_2012];
  const data = parse(raw);

  it('claimed-vs-counted and world-map keep the verified 1989 census for Turkmenistan', () => {
    const tm = claimedVsCounted.rows({ data, figures: buildFigureIndex(data) }).find((r) => r.place === 'Turkmenistan');
    expect(tm).toMatchObject({ year: '1989', value: 33365 });
    const mapped = worldMap.rows({ data, figures: buildFigureIndex(data) }).find((r) => r.area === 'TM');
    expect(mapped).toMatchObject({ year: '1989', value: 33365 });
  });

  it('check:data names the record, the charts and the chapters it would have touched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tm-2012-'));
    cpSync('data', dir, { recursive: true });
    writeFileSync(join(dir, 'estimates.json'), JSON.stringify(raw['estimates'], null, 2));
    const r = spawnSync(process.execPath, ['scripts/check-data.ts', dir], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('added   data/estimates.json › tm-2012-unverified');
    expect(r.stdout).toMatch(/held back: estimates › tm-2012-unverified \(TM, 2012\) is unverified, so the charts claimed-vs-counted and world-map \(in content\/chapters\/\S+\.mdx/);
    expect(r.stdout).toContain('keep the verified tm-1989-census');
    expect(r.stdout).toContain('Changelog step still to do');
    const latest = (JSON.parse(readFileSync('data/changelog.json', 'utf8')) as { version: string }[])[0]!.version;
    // With no unreleased entry the step says the change is not recorded; with one (other unreleased
    // edits in data/), it says the entry does not list the new record. Either way it names it.
    expect(r.stdout).toContain(`release ${latest}`);
    expect(r.stdout).toMatch(
      /data\/ differs from release [\d.]+ \(\d+ records?: [^)]*estimates › tm-2012-unverified[^)]*\) and the change is not recorded|added record estimates › tm-2012-unverified is not listed/,
    );
  });
});

describe('the changelog step', () => {
  const released = realRaw();
  const changed = realRaw();
  changed['estimates'] = [...changed['estimates']!, UNVERIFIED_TM_2012];
  const changes = recordChanges(released, changed);

  it('sees an added record and nothing else', () => {
    expect(changes).toEqual([{ file: 'estimates', id: 'tm-2012-unverified', type: 'added' }]);
  });

  it('refuses a data change without an unreleased entry, and says what to run', () => {
    const [problem] = unreleasedProblems(changes, undefined, '1.2.0');
    expect(problem?.reason).toMatch(/data\/ differs from release 1\.2\.0 .*estimates › tm-2012-unverified.*npm run release:data -- draft/);
  });

  it('refuses an entry left with TODO or missing the record, and accepts a filled one', () => {
    const todo = { summary: 'TODO: one line', changes: [{ type: 'added', file: 'estimates', records: [], description: 'TODO: say what' }] };
    const reasons = unreleasedProblems(changes, todo, '1.2.0').map((p) => `${p.field}: ${p.reason}`);
    expect(reasons).toEqual([
      'summary: still says TODO — write one line on what this release changes',
      'changes[0].description: still says TODO — say what changed and why, naming the source',
      'changes: added record estimates › tm-2012-unverified is not listed — add it to the "records" of a change with "file": "estimates"',
    ]);
    const filled = { summary: 'A Turkmenistan estimate.', changes: [{ type: 'added', file: 'estimates', records: ['tm-2012-unverified'], description: 'An unverified 2012 estimate, held back from the charts.' }] };
    expect(unreleasedProblems(changes, filled, '1.2.0')).toEqual([]);
  });
});

describe('what a changed record alters (dataImpact)', () => {
  it('names the charts, derived figures, ledger entries and chapters that now show something else', () => {
    const released = realRaw();
    const current = realRaw();
    // A corrected census count for Russia, 2010: cited in chapters, drawn in charts, used as evidence.
    current['estimates'] = current['estimates']!.map((r) => (r as { id: string }).id === 'ru-2010-census' ? { ...(r as object), value: { kind: 'exact', value: 600000 } } : r);
    const chapters = new Map(readdirSync('content/chapters').filter((f) => f.endsWith('.mdx')).map((f) => [`content/chapters/${f}`, readFileSync(`content/chapters/${f}`, 'utf8')]));
    const impact = dataImpact({ raw: released, data: parse(released) }, { raw: current, data: parse(current) }, chapters);
    expect(impact.changes).toEqual([{ file: 'estimates', id: 'ru-2010-census', type: 'changed' }]);
    expect(impact.charts).toContain('russia');
    expect(impact.ledger.length).toBeGreaterThan(0);
    const why = [...impact.chapters.values()].flat();
    expect(why).toContain('<Num id="estimates.ru-2010-census">');
    expect(why).toContain('<Chart id="russia">');
  });

  it('still reports while a chapter being edited does not parse (check:data names its syntax error apart)', () => {
    const raw = realRaw();
    const broken = new Map([['content/chapters/90-unclosed.mdx', '---\ntitle: T\n---\n\n<Aside title="A note">\nA note.\n']]);
    const impact = dataImpact({ raw, data: parse(raw) }, { raw, data: parse(raw) }, broken);
    expect(impact.changes).toEqual([]);
    expect([...impact.chapters.keys()]).toEqual([]);
  });
});
