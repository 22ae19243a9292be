// Writes l10n/bundle.l10n.json (English, key = message) from every runtime UI
// string in src/extension: `vscode.l10n.t('…')` calls, and `t('…')` calls in
// modules built on a `Translate` function (pure builders such as hover cards);
// and in src/cli, whose `l10n.t('…')` (@vscode/l10n) reads the same bundles.
// Then reports messages that l10n/bundle.l10n.ar.json does not translate yet.
// Usage: node scripts/gen-l10n.mjs [--check]   (--check: exit 1 when anything is missing)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

function listTs(dir) {
  return readdirSync(dir).flatMap(name => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? listTs(p) : /\.ts$/.test(name) ? [p] : [];
  });
}

const LITERAL = String.raw`(['"\`])((?:\\.|(?!\1)[^\\])*)\1`;

/** Messages passed as a literal first argument to l10n.t(), or t() in Translate-based modules. */
export function messagesIn(source) {
  const callee = /\bTranslate\b/.test(source) ? String.raw`(?:\b(?:l10n|ctx)\.t|(?<![\w.])t)` : String.raw`\bl10n\.t`;
  const re = new RegExp(`${callee}\\(\\s*${LITERAL}`, 'g');
  const out = [];
  for (const m of source.matchAll(re)) {
    if (m[1] === '`' && m[2].includes('${')) continue;
    out.push(m[2].replace(/\\(['"`\\])/g, '$1'));
  }
  return out;
}

export function collectMessages() {
  const messages = new Set();
  for (const file of ['src/extension', 'src/cli'].flatMap(dir => listTs(path.join(root, dir)))) {
    for (const m of messagesIn(readFileSync(file, 'utf8'))) messages.add(m);
  }
  return [...messages].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const messages = collectMessages();
  const english = Object.fromEntries(messages.map(m => [m, m]));
  const target = path.join(root, 'l10n/bundle.l10n.json');
  const text = JSON.stringify(english, null, 2) + '\n';
  const current = statSync(target, { throwIfNoEntry: false }) ? readFileSync(target, 'utf8') : '';
  if (!check) writeFileSync(target, text);
  const arabic = JSON.parse(readFileSync(path.join(root, 'l10n/bundle.l10n.ar.json'), 'utf8'));
  const missing = messages.filter(m => !(m in arabic));
  const stale = Object.keys(arabic).filter(k => !english[k]);
  console.log(`${messages.length} messages; ${missing.length} without Arabic; ${stale.length} Arabic entries no longer used`);
  for (const m of missing) console.log(`  missing ar: ${JSON.stringify(m)}`);
  for (const m of stale) console.log(`  unused ar: ${JSON.stringify(m)}`);
  if (check && (missing.length || current !== text)) process.exit(1);
}
