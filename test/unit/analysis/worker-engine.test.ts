import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { annotate } from '../../../src/core/annotate';
import { WorkerEngine, CancelledError, createEngine } from '../../../src/extension/analysis/worker-engine';

const root = path.resolve(__dirname, '../../../..');
const workerPath = path.join(root, 'dist/worker.js');
const seed = readFileSync(path.join(root, 'seeds/000_aa1428275e2aae3c.txt'), 'utf8');

describe('analysis worker engine', function () {
  this.timeout(30_000);
  before(function () {
    if (!existsSync(workerPath)) this.skip();
  });

  it('returns exactly what annotate() returns inline', async () => {
    const engine = new WorkerEngine(workerPath);
    try {
      const doc = await engine.run(seed, { path: 'seed.txt' }, { cancelled: false });
      assert.deepEqual(doc, annotate(seed, { path: 'seed.txt' }));
    } finally {
      engine.dispose();
    }
  });

  it('drops a queued job whose token was cancelled', async () => {
    const engine = new WorkerEngine(workerPath);
    try {
      const first = engine.run(seed, {}, { cancelled: false });
      const stale = engine.run(seed, {}, { cancelled: true });
      await assert.rejects(stale, CancelledError);
      assert.equal((await first).document.length, seed.length);
    } finally {
      engine.dispose();
    }
  });

  it('falls back to inline annotation without a worker bundle', async () => {
    const engine = createEngine(path.join(root, 'no-such-worker.js'));
    const doc = await engine.run('بوتين', {}, { cancelled: false });
    assert.equal(doc.document.length, 5);
  });
});
