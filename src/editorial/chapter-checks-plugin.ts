import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { chapterProblems, chapterProblemsMessage } from './chapter-checks.ts';
import { parseJson } from '../data/json-syntax.ts';

/**
 * Vite plugin (astro.config.mjs): runs src/editorial/chapter-checks.ts on each chapter as it is compiled
 * (and names the line and column of a JSON syntax error in data/),
 * so `npm run build` stops and `npm run dev` shows the message over the page, with the file and line.
 * Reads the file from disk (not the code handed on by other plugins), so it sees what the editor wrote.
 */
export function chapterChecks(): Plugin {
  return {
    name: 'chapter-checks',
    enforce: 'pre',
    transform(_code, id) {
      const path = id.split('?')[0] ?? id;
      if (/[\\/]data[\\/][a-z]+\.json$/.test(path)) {
        // A data file that is not JSON: say where and what, as check:data does, not Vite's parser error.
        const parsed = parseJson(readFileSync(path, 'utf8'));
        if (parsed.ok) return null;
        const { line, column, reason } = parsed.error;
        const error = new Error(`${relative(process.cwd(), path).split('\\').join('/')}:${line}:${column}: ${reason}`);
        Object.assign(error, { id: path, loc: { file: path, line, column }, stack: '' });
        throw error;
      }
      if (!/[\\/]content[\\/]chapters[\\/][^\\/]+\.mdx$/.test(path)) return null;
      const file = relative(process.cwd(), path).split('\\').join('/');
      const problems = chapterProblems(file, readFileSync(path, 'utf8'));
      if (!problems.length) return null;
      const error = new Error(chapterProblemsMessage(problems));
      // The file and line Vite's overlay and the build's error header point at; no stack: it is not ours.
      Object.assign(error, { id: path, loc: { file: path, line: problems[0]!.line, column: 1 }, stack: '' });
      throw error;
    },
  };
}
