import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { annotate } from '../../../src/core/annotate';

const root = path.resolve(__dirname, '../../../..');
const seed = readFileSync(path.join(root, 'seeds/000_aa1428275e2aae3c.txt'), 'utf8');

/**
 * An article of about `chars` characters: the seed's headline and lead, then its
 * body paragraphs over and over, each copy with one word dropped so the text
 * does not repeat exactly (caches keyed by whole lines stay honest).
 */
function longArticle(chars: number): string {
  const lines = seed.split('\n').filter(l => l.trim());
  const body = lines.slice(2);
  const out = lines.slice(0, 2);
  let size = out.join('\n').length;
  for (let k = 0; size < chars; k++) {
    const words = body[k % body.length].split(' ');
    words.splice(k % words.length, 1);
    const para = words.join(' ');
    out.push(para);
    size += para.length + 1;
  }
  return out.join('\n');
}

/** CPU milliseconds (user + system) of the best of `runs` calls: the machine may be shared. */
function cpuMs(runs: number, f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    f();
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000);
  }
  return best;
}

describe('annotate() scales linearly with the text', function () {
  this.timeout(120_000);

  // Linear work gives about 4×, quadratic 16×; garbage collection grows faster than linearly with
  // the heap and process CPU time counts every thread, so the bound leaves room above 4× (a run
  // on a fresh CI machine measured 6.2×) while still catching anything quadratic.
  it('takes at most 8× as long on 4× the text (CPU time)', () => {
    const small = longArticle(60_000);
    const large = longArticle(240_000);
    annotate(large); // loads the data and warms the code paths
    const one = cpuMs(3, () => annotate(small));
    const four = cpuMs(3, () => annotate(large));
    const doc = annotate(large);
    assert.ok(doc.mentions.length > 4 * annotate(small).mentions.length * 0.8, 'the large text has about four times the mentions');
    assert.ok(four <= 8 * one, `4× text took ${four.toFixed(0)} ms, 1× took ${one.toFixed(0)} ms (ratio ${(four / one).toFixed(2)})`);
  });
});
