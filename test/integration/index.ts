// The extension-host test entry, shared by both runners (code-server in Chromium, and
// @vscode/test-electron): VS Code loads this module and awaits run().
// Every test result is also printed as one tagged line so the code-server harness can count
// results from the relayed host log, where mocha's own exit status is not visible.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const RESULT_TAG = '[seed-test]';

/** All compiled *.test.js files under this folder, or the list the harness chose for this suite. */
function testFiles(): string[] {
  const chosen = process.env.SEED_INTEGRATION_FILES;
  if (chosen) return JSON.parse(chosen) as string[];
  return readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.test.js'))
    .map(f => path.join(__dirname, f))
    .sort();
}

/**
 * Prints whole lines only: the web workbench relays console output without applying printf-style
 * formats, so mocha's own reporters (which log "%s" templates) come out garbled there.
 */
class PlainLineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const failures: { title: string; err: Error }[] = [];
    let depth = 0;
    const indent = () => '  '.repeat(depth);
    runner.on('suite', suite => {
      if (suite.title) console.log(`${indent()}${suite.title}`);
      depth++;
    });
    runner.on('suite end', () => { depth--; });
    runner.on('pass', test => {
      console.log(`${indent()}✓ ${test.title} (${test.duration ?? 0} ms)`);
      console.log(`${RESULT_TAG} pass ${test.fullTitle()}`);
    });
    runner.on('fail', (test, err: Error) => {
      failures.push({ title: test.fullTitle(), err });
      console.log(`${indent()}✗ ${failures.length}) ${test.title}`);
      console.log(`${RESULT_TAG} fail ${test.fullTitle()}`);
    });
    runner.on('pending', test => console.log(`${indent()}- ${test.title} (pending)`));
    runner.once('end', () => {
      const stats = runner.stats;
      console.log(`${stats?.passes ?? 0} passing, ${stats?.failures ?? 0} failing, ${stats?.pending ?? 0} pending (${stats?.duration ?? 0} ms)`);
      failures.forEach(({ title, err }, i) => console.log(`\n${i + 1}) ${title}\n${err.stack ?? err.message}`));
    });
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    // A hang guard, generous for a busy machine: speed is `npm run bench`'s business.
    timeout: Number(process.env.SEED_TEST_TIMEOUT_MS ?? 120_000),
    reporter: PlainLineReporter,
    ...(process.env.SEED_TEST_GREP ? { grep: process.env.SEED_TEST_GREP } : {}),
  });
  for (const file of testFiles()) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
