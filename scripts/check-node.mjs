// Stops early, with instructions, when a script runs on a Node older than the one the
// project pins. npm puts node_modules/.bin first on PATH, so `npm run …` uses the pinned
// Node (the `node` package); calling a tool's binary directly may fall back to the system's.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pinned = pkg.devDependencies.node;
const wantMajor = Number(pinned.split('.')[0]);
const haveMajor = Number(process.versions.node.split('.')[0]);

export function nodeProblem(have = haveMajor, want = wantMajor) {
  if (have >= want) return null;
  return [
    `This project needs Node ${want} (pinned: ${pinned}); this process runs Node ${process.versions.node}.`,
    'Fix: run `npm ci` (it downloads the pinned Node into node_modules/.bin) and start every',
    'command through npm — `npm start`, `npm test`, `npm run dev` — never node_modules/.bin/<tool> directly.',
    'Installed with --ignore-scripts? Run `npm rebuild node` to fetch the Node binary.',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problem = nodeProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
