// `npm run test:electron`: the same extension-host suites under a desktop VS Code through
// @vscode/test-electron. It needs a desktop VS Code: set VSCODE_EXECUTABLE to an installed one
// (e.g. /usr/share/code/code), or let test-electron download 1.100.3 where the internet is
// reachable. On a Linux machine without a display, run it under xvfb-run.
// UI checks need the browser workbench and run only in run-code-server.mjs.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { SUITES, copyWorkspace, suiteFiles } from './suites.mjs';
import { repoRoot } from '../../scripts/code-server.mjs';

const { values: opts } = parseArgs({ options: { grep: { type: 'string' }, suite: { type: 'string' } } });

let failedSuites = 0;
for (const suite of SUITES.filter(s => !opts.suite || s.name === opts.suite)) {
  const files = suiteFiles(repoRoot, suite);
  if (!files.length) continue;
  const workspace = copyWorkspace(repoRoot, suite.workspace);
  try {
    console.log(`\nextension host (desktop) · suite ${suite.name} · ${files.length} file(s)`);
    await runTests({
      ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version: '1.100.3' }),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out/test/integration/index.js'),
      extensionTestsEnv: { SEED_INTEGRATION_FILES: JSON.stringify(files), ...(opts.grep ? { SEED_TEST_GREP: opts.grep } : {}) },
      launchArgs: [workspace.folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (err) {
    failedSuites++;
    console.error(`suite ${suite.name} failed: ${err?.message ?? err}`);
  } finally {
    workspace.dispose();
  }
}
process.exit(failedSuites ? 1 : 0);
