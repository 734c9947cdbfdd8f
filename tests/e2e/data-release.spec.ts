// The data release used the way a researcher uses it, on the built site: download the ZIP, read only
// its CSV files (d3-dsv, no project code), recompute every derived figure and every ledger comparison,
// join each chart's CSV back to the dataset by ref, and parse the three citations, which must agree
// and name the public site, never the machine that built it.
import { test, expect, type APIRequestContext } from '@playwright/test';
import { csvParse, type DSVRowArray } from 'd3-dsv';
import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';

test.use({ javaScriptEnabled: false });

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const url = (path: string) => `${base}${path.replace(/^\//, '')}`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function get(request: APIRequestContext, path: string) {
  const res = await request.get(url(path));
  expect(res.status(), path).toBe(200);
  return res;
}

interface Reading {
  kind: string;
  value: number | null;
  low: number | null;
  high: number | null;
}
type Tables = Map<string, DSVRowArray>;

/** The downloaded ZIP, unpacked: file name → text. */
async function unzipRelease(request: APIRequestContext): Promise<{ folder: string; text: (name: string) => string; names: string[] }> {
  const zip = unzipSync(new Uint8Array(await (await get(request, 'data/diaspora-on-paper-data.zip')).body()));
  const names = Object.keys(zip);
  const folder = names[0]!.split('/')[0]!;
  return {
    folder,
    names: names.map((n) => n.slice(folder.length + 1)),
    text: (name) => new TextDecoder().decode(zip[`${folder}/${name}`]),
  };
}

function csvTables(names: string[], text: (name: string) => string): Tables {
  return new Map(names.filter((n) => n.endsWith('.csv')).map((n) => [n.replace(/\.csv$/, ''), csvParse(text(n))]));
}

const num = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

/** A ref read from the CSVs as the README says: `<file>.<id>` → `value.*`; `<file>.<id>.<field>` → `<field>.*` or `<field>`. */
function resolve(tables: Tables, ref: string): Reading {
  const [file, id, field, end] = ref.split('.');
  // `congresses.2006.countries.low`: one end of a range that stands for two disagreeing reports.
  if (end === 'low' || end === 'high') {
    const range = resolve(tables, [file, id, field].join('.'));
    return { kind: 'exact', value: range[end], low: null, high: null };
  }
  const row = tables.get(file!)?.find((r) => r['id'] === id);
  if (!row) throw new Error(`${ref}: no row "${id}" in ${file}.csv`);
  // A share of a population is published in `percent.*`, never in `value.*` beside head counts.
  const prefix = field ?? (row['value.kind'] === '' && row['percent.kind'] ? 'percent' : 'value');
  if (`${prefix}.kind` in row) {
    return {
      kind: row[`${prefix}.kind`]!,
      value: num(row[`${prefix}.value`]),
      low: num(row[`${prefix}.low`]),
      high: num(row[`${prefix}.high`]),
    };
  }
  return { kind: 'exact', value: num(row[prefix]), low: null, high: null };
}

const lowOf = (r: Reading) => (r.kind === 'range' ? r.low! : r.value!);
const highOf = (r: Reading) => (r.kind === 'range' ? r.high! : r.value!);

test('every derived figure can be recomputed from the ZIP’s CSV files alone', async ({ request }) => {
  const zip = await unzipRelease(request);
  const tables = csvTables(zip.names, zip.text);
  const derived = tables.get('derived')!;
  expect(derived.length).toBeGreaterThan(0);
  // Every derived ref the ledger cites is a row of derived.csv.
  const cited = new Set(
    tables
      .get('ledger')!
      .flatMap((r) => [r['claim']!, ...r['evidence']!.split(';')])
      .filter((ref) => ref.startsWith('derived.')),
  );
  for (const ref of cited)
    expect(
      derived.map((r) => `derived.${r['id']}`),
      ref,
    ).toContain(ref);
  for (const row of derived) {
    const inputs = row['inputs']!.split(';').map((ref) => resolve(tables, ref));
    const values = inputs.map(lowOf);
    const got = Number(row['value.value']);
    let expected: number;
    if (row['operation'] === 'sum') expected = values.reduce((a, b) => a + b, 0);
    else if (row['operation'] === 'difference') expected = values.slice(1).reduce((a, b) => a - b, values[0]!);
    else if (row['operation'] === 'ratio') {
      const raw = (values[0]! / values[1]!) * 10;
      expected = (inputs[0]!.kind === 'moreThan' ? Math.floor(raw) : Math.round(raw)) / 10;
    } else throw new Error(`${row['id']}: unknown operation "${row['operation']}"`);
    expect(got, `derived.${row['id']} = ${row['formula']}`).toBeCloseTo(expected, 9);
    // A lower bound in the first place of a difference or ratio keeps the result a lower bound.
    if (row['operation'] !== 'sum' && inputs[0]!.kind === 'moreThan') expect(row['value.kind'], row['id']).toBe('moreThan');
    // Sources are the union of the inputs' sources, each of which is a row of sources.csv.
    const sourceIds = new Set(tables.get('sources')!.map((s) => s['id']));
    for (const id of row['sources']!.split(';')) expect(sourceIds.has(id), `${row['id']}: source ${id}`).toBe(true);
  }
});

test('every ledger comparison can be recomputed from the CSV files, and covers every piece of evidence', async ({ request }) => {
  const zip = await unzipRelease(request);
  const tables = csvTables(zip.names, zip.text);
  const comparisons = tables.get('ledger-evidence')!;
  for (const entry of tables.get('ledger')!) {
    const rows = comparisons.filter((c) => c['ledger'] === entry['id']);
    expect(
      rows.map((r) => r['evidence']),
      entry['id'],
    ).toEqual(entry['evidence'] ? entry['evidence'].split(';') : []);
    for (const r of rows) {
      expect(r['status']).toBe(entry['status']);
      const claimLow = lowOf(resolve(tables, r['claim']!));
      const evidenceHigh = highOf(resolve(tables, r['evidence']!));
      expect(Number(r['claimLow']), r['id']).toBe(claimLow);
      expect(Number(r['evidenceHigh']), r['id']).toBe(evidenceHigh);
      if (r['ratio'] !== '') expect(Number(r['ratio']), r['id']).toBeCloseTo(Math.round((claimLow / evidenceHigh) * 100) / 100, 9);
      if (r['gap'] !== '') expect(Number(r['gap']), r['id']).toBe(claimLow - evidenceHigh);
      if (r['claimUnit'] === r['evidenceUnit']) expect(r['gap'], `${r['id']}: same unit, so a gap`).not.toBe('');
    }
  }
});

test('each chart’s CSV joins back to the dataset by ref, with the dataset’s version and list separator', async ({ request }) => {
  const zip = await unzipRelease(request);
  const tables = csvTables(zip.names, zip.text);
  const pkg = JSON.parse(zip.text('datapackage.json')) as { version: string };
  const page = await (await get(request, 'data/')).text();
  const chartCsvs = [...new Set([...page.matchAll(/href="([^"]*charts\/[a-z-]+\.csv)"/g)].map((m) => m[1]!))];
  expect(chartCsvs.length).toBeGreaterThan(5);
  for (const path of chartCsvs) {
    const rows = csvParse(await (await request.get(path)).text());
    for (const col of ['ref', 'verification', 'sources', 'datasetVersion', 'licence'])
      expect(rows.columns, `${path}: ${col}`).toContain(col);
    expect(new Set(rows.map((r) => r['ref'])).size, `${path}: one ref per row`).toBe(rows.length);
    for (const row of rows) {
      const [file, id, field] = row['ref']!.split('.');
      const record = tables.get(file!)?.find((r) => r['id'] === id);
      expect(record, `${path}: ${row['ref']}`).toBeDefined();
      expect(row['datasetVersion']).toBe(pkg.version);
      expect(row['licence']).toBe('CC-BY-4.0');
      expect(row['sources'], path).not.toMatch(/;\s/);
      if ('year' in row && row['year'] !== '') expect(row['year'], path).toMatch(/^\d{4}$/);
      if ('year' in row && row['year'] === '') expect(row['yearNote'], `${path}: a missing year says why`).not.toBe('');
      if (record && 'verification' in record) expect(row['verification'], row['ref']).toBe(record['verification']);
      // A figure's numbers are the record's numbers.
      if (rows.columns.includes('qualifier') && file !== 'hierarchy' && file !== 'timeline') {
        const r = resolve(tables, row['ref']!);
        if (row['qualifier'] === 'range') expect([num(row['low']), num(row['high'])], row['ref']).toEqual([r.low, r.high]);
        else if (!field || field !== 'share') expect(num(row['value']), row['ref']).toBe(r.value);
      }
    }
  }
});

test('plain, BibTeX and CFF citations agree, name a permanent URL that resolves, and never localhost', async ({ request }) => {
  const zip = await unzipRelease(request);
  const readme = zip.text('README.md');
  const cff = zip.text('CITATION.cff');
  const pkg = JSON.parse(zip.text('datapackage.json')) as { version: string; id: string; homepage: string };
  const field = (text: string, key: string) => new RegExp(`^${key}: "?([^"\\n]+)"?$`, 'm').exec(text)?.[1];
  const cffUrl = field(cff, 'repository-artifact')!;
  const cffYear = field(cff, 'date-released')!.slice(0, 4);
  expect(field(cff, 'version')).toBe(pkg.version);
  expect(cff).toMatch(/^authors:\n {2}- name: "A Diaspora on Paper"$/m);

  const bib = /```bibtex\n(@misc\{[\s\S]*?\n\})\n```/.exec(readme)?.[1];
  expect(bib, 'a BibTeX entry in README.md').toBeDefined();
  const bibField = (key: string) => new RegExp(`^\\s*${key}\\s*=\\s*\\{(.*)\\},?$`, 'm').exec(bib!)?.[1];
  expect(bibField('author')).toBe('{A Diaspora on Paper}');
  expect(bibField('year')).toBe(cffYear);
  expect(bibField('version')).toBe(pkg.version);
  expect(bibField('url')).toBe(cffUrl);
  expect(bibField('urldate')).toBe('YYYY-MM-DD');

  const plain = readme.split('\n').find((l) => l.startsWith('A Diaspora on Paper ('));
  expect(plain, 'a plain-text citation in README.md').toBeDefined();
  expect(plain).toContain(`(${cffYear})`);
  expect(plain).toContain(`Version ${pkg.version}`);
  expect(plain).toContain(cffUrl);
  expect(plain).toContain('Accessed YYYY-MM-DD');
  expect(pkg.id).toBe(cffUrl);

  // The permanent URL is this version's own path, and the file there is the latest ZIP, byte for byte.
  const permanent = new URL(cffUrl);
  expect(permanent.pathname).toBe(url(`data/${pkg.version}/diaspora-on-paper-data.zip`));
  const kept = await (await request.get(permanent.pathname)).body();
  const latest = await (await get(request, 'data/diaspora-on-paper-data.zip')).body();
  expect(sha256(kept)).toBe(sha256(latest));

  // No identifier of a default build names the machine that built it.
  const published = [
    readme,
    cff,
    zip.text('datapackage.json'),
    await (await get(request, 'CITATION.cff')).text(),
    await (await get(request, 'data/')).text(),
    await (await get(request, '')).text(),
    await (await get(request, 'charts/claimed-vs-counted.json')).text(),
  ];
  for (const text of published) expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
  expect(readme).toMatch(/Report an error/);
});

test('SHA256SUMS.txt verifies against the files /data/ serves', async ({ request }) => {
  const sums = (await (await get(request, 'data/SHA256SUMS.txt')).text()).trim().split('\n');
  expect(sums.length).toBeGreaterThan(10);
  for (const line of sums) {
    const [hash, path] = line.split(/ {2}/);
    const body = await (await get(request, `data/${path}`)).body();
    expect(sha256(body), path).toBe(hash);
  }
});
