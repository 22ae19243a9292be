// Which extension-host tests run against which workspace. Each suite gets its own code-server
// (the test list reaches the extension host through its environment). The first suite takes
// every compiled test under out/test/integration except the folders other suites claim.
// To test against a fixture workspace, add a suite here, e.g.
//   { name: 'corpus', workspace: 'test/fixtures/corpus', testDir: 'corpus' }
// and put its tests in test/integration/corpus/. UI checks choose their workspace themselves
// (see ui-checks.mjs).
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SUITES = [
  { name: 'seeds', workspace: 'seeds', testDir: '' },
  { name: 'corpus', workspace: 'test/fixtures/corpus', testDir: 'corpus' },
];

/** Absolute paths of the compiled test files of one suite. */
export function suiteFiles(repoRoot, suite, suites = SUITES) {
  const base = path.join(repoRoot, 'out', 'test', 'integration');
  const dir = path.join(base, suite.testDir);
  if (!existsSync(dir)) return [];
  const claimed = suites.filter(s => s !== suite && s.testDir).map(s => path.join(base, s.testDir) + path.sep);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.test.js'))
    .map(f => path.join(dir, f))
    .filter(f => !claimed.some(c => f.startsWith(c) && !dir.startsWith(c)))
    .sort();
}

/**
 * Copies a workspace folder into a temp folder under the same name (so the language's
 * seeds-folder pattern still matches) and returns its path plus a cleanup function: tests may
 * write to the copy freely.
 */
export function copyWorkspace(repoRoot, relOrAbs) {
  const source = path.resolve(repoRoot, relOrAbs);
  if (!existsSync(source)) throw new Error(`workspace folder not found: ${source}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'seed-annotator-ws-'));
  const folder = path.join(tmp, path.basename(source));
  cpSync(source, folder, { recursive: true });
  return { folder, dispose: () => rmSync(tmp, { recursive: true, force: true }) };
}
