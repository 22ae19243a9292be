// UI checks: every test/e2e/*.e2e.mjs runs against a fresh workbench page with the extension
// loaded (from this folder, or installed from a .vsix) and no test entry, as a person sees it. A check module exports
//   export async function run({ page, baseUrl, workspace, screenshot, assert, ui }) { … }
// and may export `workspace` (a folder relative to the repo, default 'seeds') and `timeoutMs`.
// `screenshot(name)` saves test-results/<name>.png; `ui` holds shared gestures (workbench.mjs).
import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyWorkspace } from './suites.mjs';
import { workbenchHelpers, workbenchUrl } from './workbench.mjs';

// A hang guard for a busy machine, not a speed limit.
const DEFAULT_TIMEOUT_MS = 300_000;

export function listUiChecks(repoRoot, grep) {
  const dir = path.join(repoRoot, 'test', 'e2e');
  let names = [];
  try { names = readdirSync(dir).filter(f => f.endsWith('.e2e.mjs')).sort(); } catch { /* no checks yet */ }
  return names.filter(n => !grep || new RegExp(grep).test(n)).map(n => path.join(dir, n));
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function runUiChecks({ browser, baseUrl, repoRoot, extensionDevelopmentPath, files, resultsDir, write }) {
  mkdirSync(resultsDir, { recursive: true });
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const name = path.basename(file, '.e2e.mjs');
    const started = Date.now();
    const check = await import(pathToFileURL(file).href);
    const workspace = copyWorkspace(repoRoot, check.workspace ?? 'seeds');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const screenshot = async shot => {
      const target = path.join(resultsDir, `${shot}.png`);
      await page.screenshot({ path: target });
      return target;
    };
    try {
      if (typeof check.run !== 'function') throw new Error(`${path.basename(file)} exports no run()`);
      await page.goto(workbenchUrl(baseUrl, { folder: workspace.folder, extensionDevelopmentPath }));
      const ui = workbenchHelpers(page);
      await withTimeout((async () => {
        await ui.ready();
        await check.run({ page, baseUrl, workspace: workspace.folder, screenshot, assert, ui });
      })(), check.timeoutMs ?? DEFAULT_TIMEOUT_MS, `UI check ${name}`);
      passed++;
      write(`  ✓ ui: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (err) {
      failed++;
      write(`  ✗ ui: ${name}: ${err?.stack ?? err}`);
      await screenshot(`${name}-failure`).then(p => write(`    screenshot: ${path.relative(repoRoot, p)}`)).catch(() => {});
    } finally {
      await context.close().catch(() => {});
      workspace.dispose();
    }
  }
  return { passed, failed };
}
