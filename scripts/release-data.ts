// `npm run release:data -- draft`: writes data/releases/unreleased.json listing every record changed
// since the last release, with TODO where the editor writes the summary and descriptions.
// `npm run release:data -- 1.3.0`: checks that entry, adds it to data/changelog.json as release
// 1.3.0 dated today, snapshots data/ in data/releases/1.3.0/ (what the next check:data compares
// against) and removes the previous snapshot and the unreleased entry.
import './lib/ts-hooks.mjs';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DATASET_NAMES } from '../src/data/schemas/index.ts';
import { validateDataset } from '../src/data/validate.ts';
import { problemLine } from '../src/data/problems.ts';
import { latestSnapshot, readDataDir, readUnreleased, versionKey } from './lib/data-release.ts';

const { recordChanges, unreleasedProblems, UnreleasedSchema, UNRELEASED_FILE, TODO } = await import('../src/lib/data-impact.ts');
const dataDir = new URL('../data/', import.meta.url);
const arg = process.argv[2] ?? '';

function stop(message: string): never {
  console.error(`release:data: ${message}`);
  process.exit(1);
}

const snapshot =
  latestSnapshot(dataDir) ?? stop('no release snapshot in data/releases/ — the project should hold one for its last release.');
const current = readDataDir(dataDir);
const released = readDataDir(snapshot.dir, `data/releases/${snapshot.version}/`);
if (current.syntax.length || released.syntax.length)
  stop(`fix the JSON first:\n${[...current.syntax, ...released.syntax].map((p) => `  ${problemLine(p)}`).join('\n')}`);
const valid = validateDataset(current.raw);
if (!valid.ok) stop(`data/ has problems — run \`npm run check:data\` and fix them first.`);
const changes = recordChanges(released.raw, current.raw);
const unreleasedUrl = new URL('releases/unreleased.json', dataDir);

if (arg === 'draft') {
  if (existsSync(unreleasedUrl))
    stop(`${UNRELEASED_FILE} already exists — edit it (run \`npm run check:data\` to see what it still lacks).`);
  if (!changes.length) stop(`data/ is the same as release ${snapshot.version}: nothing to record.`);
  const files = [...new Set(changes.map((c) => `${c.type} ${c.file}`))];
  const draft = {
    summary: `${TODO}: one line on what this release changes.`,
    changes: files.map((key) => {
      const [type, file] = key.split(' ') as [string, string];
      return {
        type,
        file,
        records: changes.filter((c) => c.type === type && c.file === file).map((c) => c.id),
        description: `${TODO}: what changed and why, naming the source.`,
      };
    }),
  };
  writeFileSync(unreleasedUrl, `${JSON.stringify(draft, null, 2)}\n`);
  console.log(
    `release:data: wrote ${UNRELEASED_FILE} listing ${changes.length} changed record${changes.length === 1 ? '' : 's'}; replace each ${TODO} with your words.`,
  );
  process.exit(0);
}

if (!/^\d+\.\d+\.\d+$/.test(arg)) stop('give a version, e.g. `npm run release:data -- 1.3.0`, or `draft` to start the unreleased entry.');
if (versionKey(arg) <= versionKey(snapshot.version)) stop(`${arg} is not newer than the last release, ${snapshot.version}.`);
if (!changes.length) stop(`data/ is the same as release ${snapshot.version}: nothing to release.`);
const unreleased = readUnreleased(dataDir);
const problems = unreleased.syntax ? [unreleased.syntax] : unreleasedProblems(changes, unreleased.value, snapshot.version);
if (problems.length) stop(`the unreleased entry is not ready:\n${problems.map((p) => `  ${problemLine(p)}`).join('\n')}`);
const entry = UnreleasedSchema.parse(unreleased.value);
const changelogUrl = new URL('changelog.json', dataDir);
const changelog = JSON.parse(readFileSync(changelogUrl, 'utf8')) as unknown[];
const date = new Date().toISOString().slice(0, 10);
writeFileSync(
  changelogUrl,
  `${JSON.stringify([{ version: arg, date, summary: entry.summary, changes: entry.changes }, ...changelog], null, 2)}\n`,
);
const target = new URL(`releases/${arg}/`, dataDir);
for (const name of DATASET_NAMES) cpSync(new URL(`${name}.json`, dataDir), new URL(`${name}.json`, target));
rmSync(snapshot.dir, { recursive: true }); // only the last release is needed for the comparison
rmSync(unreleasedUrl);
console.log(`release:data: released ${arg} (${date}): data/changelog.json has the entry, data/releases/${arg}/ the snapshot. Commit both.`);
