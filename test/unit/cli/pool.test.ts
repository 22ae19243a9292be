import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workerPool } from '../../../src/cli/pool';

// A stand-in for dist/worker.js speaking the same protocol; it dies on the text "crash".
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', req => {
  if (req.text === 'crash') process.exit(3);
  if (req.text === 'throw') return parentPort.postMessage({ id: req.id, error: 'bad article\\nstack' });
  parentPort.postMessage({ id: req.id, doc: { echoed: req.text } });
});`;

describe('CLI worker pool', () => {
  const script = path.join(mkdtempSync(path.join(os.tmpdir(), 'seed-pool-')), 'worker.js');
  writeFileSync(script, SCRIPT);
  after(() => rmSync(path.dirname(script), { recursive: true, force: true }));

  it('spreads articles over workers and survives one that dies', async () => {
    const pool = workerPool(2, script);
    try {
      const texts = ['a', 'crash', 'b', 'throw', 'c', 'd', 'crash', 'e'];
      const results = await Promise.allSettled(texts.map(t => pool.annotate(t, {})));
      const ok = results.map(r => (r.status === 'fulfilled' ? (r.value as unknown as { echoed: string }).echoed : `failed: ${(r.reason as Error).message}`));
      assert.deepEqual(ok, ['a', 'failed: worker stopped (exit code 3)', 'b', 'failed: bad article', 'c', 'd', 'failed: worker stopped (exit code 3)', 'e']);
    } finally {
      await pool.close();
    }
  });
});
