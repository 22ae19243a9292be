// Bundles what ships (extension, CLI, worker, webview) into dist/ and
// transpiles sources, tests and TypeScript scripts file by file into out/
// so mocha and the extension-host suites run the same code the bundles hold.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

function listTs(dir) {
  const abs = path.join(root, dir);
  let out = [];
  for (const name of readdirSync(abs)) {
    const p = path.join(abs, name);
    if (statSync(p).isDirectory()) out = out.concat(listTs(path.join(dir, name)));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path.join(dir, name));
  }
  return out;
}
const exists = p => { try { statSync(path.join(root, p)); return true; } catch { return false; } };

const bundles = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/core/worker.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['media/webview/reading-view.ts'], outfile: 'dist/webview/reading-view.js', platform: 'browser', format: 'iife' },
  // The core as the worker and the CLI ship it, for `npm run bench`.
  { entryPoints: ['scripts/bench/shipped-core.ts'], outfile: 'out/scripts/bench/shipped-core.bundle.js', platform: 'node', format: 'cjs' },
].filter(b => exists(b.entryPoints[0]));

// Node 20 runs \p{…} in regular expressions; without this esbuild rewrites each such literal as a
// `new RegExp(…)` that runs every time the expression is evaluated, per token in the name rules.
const supported = { 'regexp-unicode-property-escapes': true };

const common = {
  absWorkingDir: root,
  bundle: true,
  target: 'node20',
  supported,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
};

const transpiled = {
  absWorkingDir: root,
  entryPoints: [...listTs('src'), ...listTs('test'), ...(exists('scripts') ? listTs('scripts') : [])],
  outdir: 'out',
  outbase: '.',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  supported,
  sourcemap: 'inline',
  logLevel: 'warning',
};


const configs = [...bundles.map(b => ({ ...common, ...b })), transpiled];
if (watch) {
  for (const c of configs) await (await esbuild.context(c)).watch();
  console.log('watching…');
} else {
  await Promise.all(configs.map(c => esbuild.build(c)));
  console.log(`built ${bundles.length} bundles${production ? ' (production)' : ''} and ${transpiled.entryPoints.length} files into out/`);
}
