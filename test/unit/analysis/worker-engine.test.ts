import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { annotate } from '../../../src/core/annotate';
import { WorkerEngine, CancelledError } from '../../../src/extension/analysis/worker-engine';
import { responseMessages } from '../../../src/core/worker';

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

  it('reassembles a result that came in chunks', async () => {
    const text = 'التقى بوتين وماكرون في باريس. '.repeat(600);
    const engine = new WorkerEngine(workerPath);
    try {
      const doc = await engine.run(text, {}, { cancelled: false });
      const inline = annotate(text);
      assert.ok(inline.mentions.length > 1000, `${inline.mentions.length} mentions: enough to be chunked`);
      assert.deepEqual(doc, inline);
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

  it('runs the job again in a fresh worker when one loaded a half-written script and exited cleanly', async () => {
    // What a concurrent `npm run build` rewriting dist/worker.js did under load: the first
    // worker loads a script with no listener and exits with code 0 before answering.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-worker-'));
    const marker = path.join(dir, 'loaded-once');
    const flaky = path.join(dir, 'worker.js');
    writeFileSync(flaky, `const fs = require('fs');
if (fs.existsSync(${JSON.stringify(marker)})) require(${JSON.stringify(workerPath)});
else fs.writeFileSync(${JSON.stringify(marker)}, '');`);
    const engine = new WorkerEngine(flaky);
    try {
      const doc = await engine.run(seed, {}, { cancelled: false });
      assert.ok(existsSync(marker), 'the first worker ran and ended');
      assert.equal(doc.document.length, seed.length);
    } finally {
      engine.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives up with the exit code when the worker keeps ending without an answer', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-worker-'));
    const empty = path.join(dir, 'worker.js');
    writeFileSync(empty, '');
    const engine = new WorkerEngine(empty);
    try {
      await assert.rejects(engine.run('بوتين', {}, { cancelled: false }), /exited with code 0/);
    } finally {
      engine.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says clearly when the worker bundle is missing', async () => {
    const engine = new WorkerEngine(path.join(root, 'no-such-worker.js'));
    await assert.rejects(engine.run('بوتين', {}, { cancelled: false }), /analysis worker not found.*npm run build/);
  });

  it('re-analyses only the touched line for a keyed incremental request', async () => {
    const engine = new WorkerEngine(workerPath);
    try {
      const key = 'file:///a.txt';
      await engine.run(seed, {}, { cancelled: false }, { key });
      const edited = `${seed.trimEnd()}\nوقال بوتين إن الوضع خطير.\n`;
      const doc = await engine.run(edited, {}, { cancelled: false }, { key, incremental: true });
      for (const m of doc.mentions) assert.equal(edited.slice(m.start, m.end), m.text);
      assert.equal(doc.document.length, edited.length);
    } finally {
      engine.dispose();
    }
  });
});

describe('worker response chunks', () => {
  it('long lists travel ahead in chunks and reassemble to the same document', () => {
    const doc = annotate(seed);
    const many = { ...doc, mentions: Array.from({ length: 2500 }, (_, i) => ({ ...doc.mentions[0], id: `m${i}` })) };
    const messages = responseMessages({ id: 7, text: seed, options: {}, chunkSize: 1000 }, { id: 7, doc: many });
    assert.equal(messages.length, 4, 'three chunks of mentions, then the document');
    const last = messages[3] as { doc: typeof many };
    assert.deepEqual(last.doc.mentions, []);
    const rebuilt = { ...last.doc, mentions: messages.slice(0, 3).flatMap(m => (m as { items: unknown[] }).items) };
    assert.deepEqual(rebuilt, many);
    assert.equal(responseMessages({ id: 7, text: seed, options: {} }, { id: 7, doc: many }).length, 1, 'no chunks unless asked');
  });
});
