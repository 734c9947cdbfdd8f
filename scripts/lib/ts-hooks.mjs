// Lets Node's built-in TypeScript support (type stripping) load the site's modules the way Vite
// does: `import x from './rows'` resolves to `./rows.ts`, a `.json` import needs no import
// attribute, and `import text from './x.md?raw'` gives the file's text. Used by the scripts that
// need the chart registry (check:data, copydesk). A script imports this first and then imports
// such modules dynamically, since static imports are resolved before any code runs:
//   import './lib/ts-hooks.mjs';
//   const { charts } = await import('../src/charts/registry.ts');
import { registerHooks } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.endsWith('?raw') && context.parentURL?.startsWith('file:')) {
      return { url: new URL(specifier, context.parentURL).href, format: 'module', shortCircuit: true };
    }
    const relativeWithoutExtension = /^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$|\.json$/.test(specifier);
    if (relativeWithoutExtension && context.parentURL?.startsWith('file:')) {
      if (existsSync(fileURLToPath(new URL(`${specifier}.ts`, context.parentURL)))) return next(`${specifier}.ts`, context);
    }
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url.startsWith('file:') && url.endsWith('?raw')) {
      const text = readFileSync(fileURLToPath(url.slice(0, -'?raw'.length)), 'utf8');
      return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
    }
    if (url.endsWith('.json')) return next(url, { ...context, importAttributes: { type: 'json' } });
    return next(url, context);
  },
});
