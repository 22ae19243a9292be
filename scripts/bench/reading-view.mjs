// The reading view on a 1 MB article, timed in a real workbench (code-server + Debian's Chromium):
// how long the workbench's own timer is held up at most while the view draws, and one round trip
// to the workbench while it does. The same gestures as test/e2e/reading-view-large.e2e.mjs, which
// checks what the analyst sees; this only measures. Prints one JSON line; `npm run bench` runs it.
import { strict as assert } from 'node:assert';
import { repoRoot, startCodeServer } from '../code-server.mjs';
import { copyWorkspace } from '../../test/harness/suites.mjs';
import { launchBrowser, workbenchHelpers, workbenchUrl } from '../../test/harness/workbench.mjs';
import { openLargeAtEnd, openReadingView, waitForHighlightsAtEnd } from '../../test/e2e/reading-view-large.e2e.mjs';

const workspace = copyWorkspace(repoRoot, 'seeds');
let server;
let browser;
const done = async result => {
  console.log(JSON.stringify(result));
  await browser?.close().catch(() => {});
  server?.stop();
  workspace.dispose();
  process.exit('error' in result ? 1 : 0);
};
setTimeout(() => void done({ error: 'no result within 10 minutes' }), 600_000).unref();

try {
  server = await startCodeServer({});
  browser = await launchBrowser();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(workbenchUrl(server.baseUrl, { folder: workspace.folder, extensionDevelopmentPath: repoRoot }));
  const ui = workbenchHelpers(page);
  await ui.ready();
  const gear = { page, workspace: workspace.folder, assert, ui };
  const article = await openReadingView(gear);
  // A timer in the workbench's frame records how long it is held up from here on.
  await page.evaluate(() => {
    globalThis.seedStalls = [];
    let last = performance.now();
    globalThis.seedStallTimer = setInterval(() => {
      const now = performance.now();
      globalThis.seedStalls.push(now - last);
      last = now;
    }, 20);
  });
  await openLargeAtEnd(gear, article);
  const t0 = Date.now();
  await page.evaluate(() => 1);
  const roundTripMs = Date.now() - t0;
  await waitForHighlightsAtEnd(gear, article);
  const stalls = await page.evaluate(() => {
    clearInterval(globalThis.seedStallTimer);
    const s = globalThis.seedStalls;
    return { ticks: s.length, maxStallMs: Math.round(Math.max(...s)), over100: s.filter(x => x > 100).length };
  });
  if (stalls.ticks < 20) throw new Error(`the workbench timer ran ${stalls.ticks} times only`);
  await done({ ...stalls, roundTripMs });
} catch (err) {
  await done({ error: String(err?.message ?? err).split('\n')[0] });
}
