// Runs one suite of mocha tests inside the extension host of a code-server workbench page and
// counts results from the tagged lines test/integration/index.ts prints.
import { workbenchUrl } from './workbench.mjs';

const RESULT_LINE = /\[seed-test\] (pass|fail) /;
// Workbench chatter that says nothing about the extension; SEED_TEST_VERBOSE=1 shows it.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|Updating additional builtin|\[Service Worker\]|ChatSessionStore|\[lifecycle\] Long running operations during shutdown)/;
const verbose = process.env.SEED_TEST_VERBOSE === '1';

function messageOf(args) {
  if (typeof args === 'string') return args;
  if (Array.isArray(args)) return args.map(a => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  return JSON.stringify(args);
}

/** Resolves to { passed, failed }; a host that crashes or never reports counts as one failure. */
export async function runExtensionHostSuite({ browser, baseUrl, folder, extensionPath, testsEntry, timeoutMs, write }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let passed = 0;
  let failed = 0;
  let timer;
  try {
    const page = await context.newPage();
    const exited = new Promise(resolve => {
      void page.exposeFunction('codeAutomationLog', (type, args) => {
        for (const line of messageOf(args).split('\n')) {
          const tagged = RESULT_LINE.exec(line);
          if (tagged?.[1] === 'pass') passed++;
          else if (tagged) failed++;
          else if (!verbose && NOISE.test(line)) continue;
          // Tagged lines repeat what the spec reporter already printed; keep the log readable.
          else write(type === 'error' ? `  [host:error] ${line}` : `  ${line}`);
        }
      });
      void page.exposeFunction('codeAutomationExit', code => resolve(code));
    });
    const timedOut = new Promise(resolve => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    await page.goto(workbenchUrl(baseUrl, { folder, extensionDevelopmentPath: extensionPath, extensionTestsPath: testsEntry }));
    const code = await Promise.race([exited, timedOut]);
    if (code === 'timeout') {
      write(`  extension host did not finish within ${timeoutMs} ms`);
      failed++;
    } else if (code !== 0 && failed === 0) {
      write(`  extension host exited with code ${code} without a failing test (crash or load error)`);
      failed++;
    } else if (code === 0 && passed === 0) {
      write('  extension host ran no tests');
    }
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
  return { passed, failed };
}
