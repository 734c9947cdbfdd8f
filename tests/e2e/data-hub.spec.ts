// The data hub as a researcher meets it, on the built site: every download link on every page
// resolves; each dataset CSV parses back to its JSON's records; the ZIP's checksums match its
// files; datapackage.json describes every file with the CSV's own columns; CITATION.cff and the
// ledger are there. Playwright cannot import the dataset modules, so everything is read over HTTP.
import { test, expect, type APIRequestContext } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { sitemapPaths } from './site';

test.use({ javaScriptEnabled: false });

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  hash: string;
  schema?: { fields: Field[] };
}
interface DataPackage {
  version: string;
  resources: Resource[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const url = (path: string) => `${base}${path.replace(/^\//, '')}`;

async function get(request: APIRequestContext, path: string) {
  const res = await request.get(url(path));
  expect(res.status(), path).toBe(200);
  return res;
}

async function dataPackage(request: APIRequestContext): Promise<DataPackage> {
  return (await (await get(request, 'data/datapackage.json')).json()) as DataPackage;
}

/** A JSON record's cell as the CSV documents it: dots for nesting, `;` lists, JSON for `array` fields. */
function flatCell(record: Record<string, unknown>, name: string, type: string): string {
  let at: unknown = record;
  for (const key of name.split('.')) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  if (at === undefined || at === null) return '';
  if (Array.isArray(at)) return type === 'array' ? JSON.stringify(at) : at.join(';');
  return String(at);
}

test('every download link on every page resolves', async ({ page, request }) => {
  const links = new Set<string>();
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, download: a.hasAttribute('download') })));
    for (const { href, download } of hrefs) {
      const u = new URL(href);
      if (u.origin !== new URL(page.url()).origin) continue;
      if (download || /\.(csv|json|zip|cff|txt|svg|png)$/.test(u.pathname)) links.add(u.pathname);
    }
  }
  for (const must of ['data/diaspora-on-paper-data.zip', 'data/datapackage.json', 'CITATION.cff', 'ledger.json', 'data/SHA256SUMS.txt']) {
    expect([...links], must).toContain(url(must));
  }
  for (const link of links) {
    const res = await request.get(link);
    expect(res.status(), link).toBe(200);
    expect((await res.body()).byteLength, link).toBeGreaterThan(0);
  }
});

test('each dataset CSV parses back to exactly the rows of its JSON', async ({ request }) => {
  const pkg = await dataPackage(request);
  const csvs = pkg.resources.filter((r) => r.format === 'csv');
  expect(csvs.length).toBeGreaterThanOrEqual(8);
  for (const r of csvs) {
    const rows = csvParse(await (await get(request, `data/${r.path}`)).text());
    const records = (await (await get(request, `data/${r.path.replace(/\.csv$/, '.json')}`)).json()) as Record<string, unknown>[];
    expect(rows.length, r.path).toBe(records.length);
    const types = new Map(r.schema!.fields.map((f) => [f.name, f.type]));
    const expected = records.map((rec) => Object.fromEntries(rows.columns.map((c) => [c, flatCell(rec, c, types.get(c) ?? 'string')])));
    expect(
      rows.map((row) => ({ ...row })),
      r.path,
    ).toEqual(expected);
    // Every field of the JSON has a column: nothing is lost in the CSV.
    for (const rec of records)
      for (const key of Object.keys(rec))
        expect(
          rows.columns.some((c) => c === key || c.startsWith(`${key}.`)),
          `${r.path}: ${key}`,
        ).toBe(true);
  }
});

test('datapackage.json lists every data file, with the CSV’s own columns and types that fit', async ({ request, page }) => {
  const pkg = await dataPackage(request);
  await page.goto(url('data/'));
  const offered = await page
    .locator('.data-file__downloads a[download]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').pop()!));
  expect(pkg.resources.map((r) => r.path).sort()).toEqual([...offered].sort());
  const fits: Record<string, RegExp> = {
    integer: /^-?\d+$/,
    number: /^-?\d+(\.\d+)?$/,
    boolean: /^(true|false)$/,
    string: /[\s\S]*/,
    array: /^\[[\s\S]*\]$/,
    date: /^\d{4}-\d{2}-\d{2}$/,
    yearmonth: /^\d{4}-\d{2}$/,
    year: /^\d{4}$/,
  };
  for (const r of pkg.resources) {
    const res = await get(request, `data/${r.path}`);
    expect(r.hash, r.path).toBe(`sha256:${sha256(await res.body())}`);
    if (r.format !== 'csv') continue;
    const rows = csvParse(await res.text());
    expect(
      r.schema!.fields.map((f) => f.name),
      r.path,
    ).toEqual(rows.columns);
    for (const f of r.schema!.fields) {
      expect(Object.keys(fits), `${r.path}: ${f.name}`).toContain(f.type);
      for (const row of rows) {
        const cell = row[f.name] ?? '';
        if (cell === '') expect(f.constraints?.required ?? false, `${r.path}: ${f.name} empty in ${row['id']}`).toBe(false);
        else expect(cell, `${r.path}: ${f.name} in ${row['id']}`).toMatch(fits[f.type]!);
      }
    }
  }
});

test('the ZIP holds the whole release and its SHA256SUMS match its files', async ({ request }) => {
  const pkg = await dataPackage(request);
  const zip = unzipSync(new Uint8Array(await (await get(request, 'data/diaspora-on-paper-data.zip')).body()));
  const folder = `diaspora-on-paper-data-${pkg.version}/`;
  const names = Object.keys(zip);
  expect(names.every((n) => n.startsWith(folder))).toBe(true);
  const sums = new TextDecoder().decode(zip[`${folder}SHA256SUMS`]).trim().split('\n');
  const listed = sums.map((line) => {
    const [hash, path] = line.split(/ {2}/);
    expect(sha256(zip[`${folder}${path}`]!), path).toBe(hash);
    return path!;
  });
  expect([...listed, 'SHA256SUMS'].sort()).toEqual(names.map((n) => n.slice(folder.length)).sort());
  for (const must of [
    'README.md',
    'LICENSE.txt',
    'CITATION.cff',
    'datapackage.json',
    'changelog.json',
    ...pkg.resources.map((r) => r.path),
  ]) {
    expect(listed, must).toContain(must);
  }
  // The files in the ZIP are the files the site serves.
  for (const path of ['claims.csv', 'datapackage.json']) {
    expect(sha256(zip[`${folder}${path}`]!), path).toBe(sha256(await (await get(request, `data/${path}`)).body()));
  }
});

test('/CITATION.cff is Citation File Format YAML with the dataset version', async ({ request }) => {
  const pkg = await dataPackage(request);
  const cff = await (await get(request, 'CITATION.cff')).text();
  expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
  expect(cff).toMatch(/^title: ".+"$/m);
  expect(cff).toContain(`version: "${pkg.version}"`);
  expect(cff).toMatch(/^date-released: \d{4}-\d{2}-\d{2}$/m);
  expect(cff).toMatch(/^authors:\n {2}- name: /m);
  // Every line is a key, a list item or a nested key: no tabs, no stray text.
  for (const line of cff.trimEnd().split('\n')) expect(line).toMatch(/^( {2})*(- )?[a-z-]+: .*$|^( {2})*[a-z-]+:$|^( {2})*- ".*"$/);
});

test('the ledger has a row, with a status, for every verdict in the data', async ({ page, request }) => {
  const verdicts = (await (await get(request, 'data/ledger.json')).json()) as { id: string; status: string; claim: string }[];
  const resolved = (await (await get(request, 'ledger.json')).json()) as {
    entries: { id: string; status: string; claim: { text: string }; sources: string[] }[];
  };
  const titles = new Map(
    ((await (await get(request, 'data/sources.json')).json()) as { id: string; title: string }[]).map((s) => [s.id, s.title]),
  );
  expect(resolved.entries.map((e) => [e.id, e.status])).toEqual(verdicts.map((v) => [v.id, v.status]));
  const claims = (await (await get(request, 'data/claims.json')).json()) as { id: string }[];
  expect(claims.map((c) => `claims.${c.id}`).filter((ref) => !verdicts.some((v) => v.claim === ref))).toEqual([]);
  await page.goto(url('ledger/'));
  for (const v of verdicts) {
    const row = page.locator(`#ledger-${v.id}`);
    await expect(row).toHaveCount(1);
    await expect(row.locator('.ledger-entry__verdict .ledger__badge')).toHaveText(new RegExp(`^${v.status}$`, 'i'));
    const entry = resolved.entries.find((e) => e.id === v.id)!;
    await expect(row.locator('.ledger-entry__figure')).toHaveText(entry.claim.text);
    // Each source is named by its own title and links to its entry on the Sources page.
    const links = await row.locator('.ledger-entry__sources a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    const expected = entry.sources.map((id) => [url(`sources/#source-${id}`), titles.get(id)]);
    expect(links.toSorted(), v.id).toEqual(expected.toSorted());
  }
});

test('each ledger verdict names its deciding figure, and official evidence is not shown as a count', async ({ page, request }) => {
  const verdicts = (await (await get(request, 'data/ledger.json')).json()) as {
    id: string;
    status: string;
    decidedBy?: string;
    secondHand?: boolean;
    evidence: string[];
  }[];
  await page.goto(url('ledger/'));
  for (const v of verdicts) {
    const row = page.locator(`#ledger-${v.id}`);
    await expect(row.locator('.ledger-entry__decided'), v.id).toHaveCount(v.decidedBy ? 1 : 0);
    if (v.decidedBy) await expect(row.locator('.ledger-entry__decided')).toHaveText(/times apart|overlap/);
    await expect(row.getByText('Known second-hand'), v.id).toHaveCount(v.secondHand ? 1 : 0);
    // Official figures used as evidence (claims, organisation counts, congress tallies) say so, in the claim colour.
    const official = v.evidence.filter((ref) => /^(claims|organisations|congresses)\./.test(ref)).length;
    // (A derived figure computed only from official ones is flagged too, so this is a lower bound.)
    expect(await row.locator('td.ledger-entry__official').count(), v.id).toBeGreaterThanOrEqual(official);
    if (official === 0 && v.evidence.every((ref) => ref.startsWith('estimates.')))
      await expect(row.locator('td.ledger-entry__official'), v.id).toHaveCount(0);
    // Our own arithmetic is never passed off as an official figure.
    for (const [i, ref] of v.evidence.entries()) {
      if (ref.startsWith('derived.'))
        await expect(row.locator('.ledger-entry__evidence tbody tr').nth(i).locator('td'), `${v.id} ${ref}`).not.toContainText(
          '(official)',
        );
    }
  }
  const cell = page.locator('#ledger-countries-70 td.ledger-entry__official').first();
  const count = page.locator('#ledger-russia-2m-2017 .ledger-entry__evidence td:not(.ledger-entry__official)').first();
  const colour = (l: typeof cell) => l.evaluate((el) => getComputedStyle(el).color);
  expect(await colour(cell)).not.toBe(await colour(count));
});

test('the About page states the reading of the arithmetic, the verdict rules and the corrections', async ({ page, request }) => {
  const [release] = (await (await get(request, 'data/changelog.json')).json()) as {
    version: string;
    changes: { type: string; description: string }[];
  }[];
  await page.goto(url('about/'));
  await expect(page.locator('#reading + p')).toContainText('ambiguous');
  await expect(page.locator('#verdicts + p + ul li')).toHaveCount(5);
  await expect(page.locator('#verdicts + p + ul li').first()).toContainText(/at least \d+ times away/);
  const corrected = release!.changes.filter((c) => c.type === 'corrected');
  await expect(page.locator('#corrections + ul li')).toHaveText(corrected.map((c) => c.description));
});

test('every source has its anchor, and figures link to their sources there', async ({ page, request }) => {
  const sources = (await (await get(request, 'data/sources.json')).json()) as { id: string }[];
  await page.goto(url('sources/'));
  for (const s of sources) await expect(page.locator(`#source-${s.id}`)).toHaveCount(1);
  await page.goto(url('charts/'));
  const targets = await page
    .locator('.provenance a[href*="sources/#source-"]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
  expect(targets.length).toBeGreaterThan(0);
  const ids = new Set(sources.map((s) => `source-${s.id}`));
  expect(targets.filter((t) => !ids.has(t))).toEqual([]);
});
