import { strict as assert } from 'node:assert';
import { KeyedScheduler, type CancelToken } from '../../../src/extension/analysis/scheduler';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

describe('KeyedScheduler (debounce and staleness)', () => {
  it('debounces bursts of edits into one run of the newest version', async () => {
    const runs: number[] = [];
    const s = new KeyedScheduler(async (_k, v) => { runs.push(v); return v; });
    const p1 = s.request('a', 1, 20);
    const p2 = s.request('a', 2, 20);
    const p3 = s.request('a', 3, 20);
    assert.deepEqual(await Promise.all([p1, p2, p3]), [3, 3, 3]);
    assert.deepEqual(runs, [3]);
  });

  it('joins a request for the version already pending', async () => {
    let n = 0;
    const s = new KeyedScheduler(async () => ++n);
    const [a, b] = await Promise.all([s.request('a', 1, 5), s.request('a', 1, 5)]);
    assert.equal(a, 1);
    assert.equal(b, 1);
    assert.equal(n, 1);
  });

  it('cancels a running job when a newer version arrives and never publishes it', async () => {
    const tokens: CancelToken[] = [];
    const s = new KeyedScheduler(async (_k, v, token) => { tokens.push(token); await sleep(30); return v; });
    const old = s.request('a', 1, 0);
    await sleep(10);
    const fresh = s.request('a', 2, 0);
    assert.equal(await old, 2, 'waiters of the stale run receive the fresh result');
    assert.equal(await fresh, 2);
    assert.equal(tokens[0].cancelled, true);
    assert.equal(tokens[1].cancelled, false);
  });

  it('keeps documents independent', async () => {
    const s = new KeyedScheduler(async (k, v) => `${k}${v}`);
    assert.deepEqual(await Promise.all([s.request('a', 1, 5), s.request('b', 7, 5)]), ['a1', 'b7']);
  });

  it('a zero-delay request starts a pending debounced one at once', async () => {
    const runs: number[] = [];
    const s = new KeyedScheduler(async (_k, v) => { runs.push(v); return v; });
    // Debounced for an hour: were it not started at once, mocha's timeout would end the test.
    const debounced = s.request('a', 4, 3_600_000);
    assert.equal(await s.request('a', 4, 0), 4);
    assert.equal(await debounced, 4);
    assert.deepEqual(runs, [4]);
  });

  it('cancel resolves waiters with undefined and skips the job', async () => {
    let ran = false;
    const s = new KeyedScheduler(async () => { ran = true; return 1; });
    const p = s.request('a', 1, 20);
    s.cancel('a');
    assert.equal(await p, undefined);
    await sleep(30);
    assert.equal(ran, false);
  });

  it('restart reruns the same version: the stale run is cancelled and its waiters get the new result', async () => {
    const tokens: CancelToken[] = [];
    let input = 'old';
    const s = new KeyedScheduler(async (_k, _v, token) => { tokens.push(token); const seen = input; await sleep(20); return seen; });
    const waiting = s.request('a', 1, 0);
    await sleep(5);
    input = 'new';
    const restarted = s.restart('a', 1, 0);
    assert.equal(await waiting, 'new', 'a caller waiting before the restart is answered, not dropped');
    assert.equal(await restarted, 'new');
    assert.deepEqual(tokens.map(t => t.cancelled), [true, false]);
  });

  it('passes job errors to the waiters', async () => {
    const s = new KeyedScheduler<number>(async () => { throw new Error('boom'); });
    await assert.rejects(s.request('a', 1, 0), /boom/);
    assert.equal(s.pendingVersion('a'), undefined);
  });
});
