// `npm run test:integration`: the extension-host suites and the UI checks in a real VS Code
// (code-server 4.100.3 = VS Code 1.100.3) driven through Debian's Chromium. It builds nothing:
// `npm test` builds first. Everything it starts (code-server process groups, the browser, temp
// folders) is stopped on success, failure, timeout and Ctrl+C.
//
//   node test/harness/run-code-server.mjs [--workspace DIR] [--grep RE] [--suite NAME]
//                                         [--no-ui | --ui-only] [--timeout MS] [--vsix FILE]
// --vsix installs a packaged extension into code-server instead of loading this folder as the
// development extension, and runs the UI checks only (`npm run test:vsix`).
// Set SEED_TEST_VERBOSE=1 to see code-server's own log.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCodeServer, repoRoot, startCodeServer } from '../../scripts/code-server.mjs';
import { SetupError, ensureSystemPackages } from '../../scripts/setup.mjs';
import { runExtensionHostSuite } from './extension-host.mjs';
import { SUITES, copyWorkspace, suiteFiles } from './suites.mjs';
import { listUiChecks, runUiChecks } from './ui-checks.mjs';
import { launchBrowser } from './workbench.mjs';

const { values: opts } = parseArgs({
  options: {
    workspace: { type: 'string' },
    grep: { type: 'string' },
    suite: { type: 'string' },
    'no-ui': { type: 'boolean', default: false },
    'ui-only': { type: 'boolean', default: false },
    timeout: { type: 'string', default: String(45 * 60_000) },
    vsix: { type: 'string' },
  },
});

const write = line => process.stdout.write(`${line}\n`);
const verbose = process.env.SEED_TEST_VERBOSE === '1';
const totals = { passed: 0, failed: 0 };
const cleanups = new Set();

function cleanupAll() {
  for (const fn of [...cleanups].reverse()) {
    try { fn(); } catch { /* keep cleaning */ }
  }
  cleanups.clear();
}

function finish(code) {
  cleanupAll();
  write(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

process.on('exit', cleanupAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    write(`\ninterrupted (${signal}): stopping code-server and the browser`);
    totals.failed++;
    finish(130);
  });
}
setTimeout(() => {
  write(`\nthe whole run exceeded ${opts.timeout} ms: stopping`);
  totals.failed++;
  finish(1);
}, Number(opts.timeout)).unref();

function requireBuilt() {
  const needed = opts.vsix ? [opts.vsix] : ['dist/extension.js', 'out/test/integration/index.js'];
  const missing = needed.filter(p => !existsSync(path.resolve(repoRoot, p)));
  if (missing.length) {
    write(`missing ${missing.join(', ')}: run \`${opts.vsix ? 'npm run package' : 'npm run build'}\` first (npm test does).`);
    totals.failed++;
    finish(1);
  }
}

async function withServer(folder, env, body) {
  const serverLog = [];
  const server = await startCodeServer({
    folder,
    env,
    vsix: opts.vsix,
    log: chunk => (verbose ? process.stderr.write(chunk) : serverLog.push(chunk)),
  });
  cleanups.add(server.stop);
  try {
    return await body(server);
  } catch (err) {
    if (!verbose) process.stderr.write(serverLog.join(''));
    throw err;
  } finally {
    server.stop();
    cleanups.delete(server.stop);
  }
}

async function runSuites(browser) {
  const selected = SUITES.filter(s => !opts.suite || s.name === opts.suite);
  for (const suite of selected) {
    const files = suiteFiles(repoRoot, suite);
    if (!files.length) continue;
    const workspace = copyWorkspace(repoRoot, suite === SUITES[0] && opts.workspace ? opts.workspace : suite.workspace);
    cleanups.add(workspace.dispose);
    write(`\nextension host · suite ${suite.name} · ${files.length} file(s) · workspace ${path.basename(workspace.folder)}`);
    const env = { SEED_INTEGRATION_FILES: JSON.stringify(files), ...(opts.grep ? { SEED_TEST_GREP: opts.grep } : {}) };
    const result = await withServer(workspace.folder, env, server => runExtensionHostSuite({
      browser,
      baseUrl: server.baseUrl,
      folder: workspace.folder,
      extensionPath: repoRoot,
      testsEntry: path.join(repoRoot, 'out/test/integration/index.js'),
      timeoutMs: 15 * 60_000, // a hang guard: a whole suite, on a machine that may be busy
      write,
    }));
    workspace.dispose();
    cleanups.delete(workspace.dispose);
    totals.passed += result.passed;
    totals.failed += result.failed;
  }
}

async function runUi(browser) {
  const files = listUiChecks(repoRoot, opts.grep);
  if (!files.length) return;
  write(`\nUI checks · ${files.length} file(s)`);
  const result = await withServer(undefined, {}, server => runUiChecks({
    browser,
    baseUrl: server.baseUrl,
    repoRoot,
    extensionDevelopmentPath: opts.vsix ? undefined : repoRoot,
    files,
    resultsDir: path.join(repoRoot, 'test-results'),
    write,
  }));
  totals.passed += result.passed;
  totals.failed += result.failed;
}

async function main() {
  requireBuilt();
  // `npm test` ran the setup already (a no-op then); this covers `npm run test:integration` alone.
  ensureSystemPackages('test', { log: write });
  ensureCodeServer({ log: write });
  const browser = await launchBrowser();
  const closeBrowser = () => { void browser.close().catch(() => {}); };
  cleanups.add(closeBrowser);
  try {
    if (!opts['ui-only'] && !opts.vsix) await runSuites(browser);
    if (!opts['no-ui']) await runUi(browser);
  } finally {
    await browser.close().catch(() => {});
    cleanups.delete(closeBrowser);
  }
}

main().then(
  () => finish(totals.failed > 0 || totals.passed === 0 ? 1 : 0),
  err => {
    write(err instanceof SetupError ? err.message : `harness error: ${err?.stack ?? err}`);
    totals.failed++;
    finish(1);
  },
);
