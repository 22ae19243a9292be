import { strict as assert } from 'node:assert';
import { encodeWeights } from '../../../src/core/recognize/tagger/model';
import { decodePacked, packedOffset } from '../../../src/core/recognize/tagger/packed-weights';

/** A sparse table like a trained one: a few buckets in use, some with a single non-zero label. */
function sparseTable(buckets: number, labels: number, seed: number): Int8Array {
  const q = new Int8Array(buckets * labels);
  let s = seed;
  const rand = () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  for (let b = 0; b < buckets; b++) {
    if (rand() > 0.1) continue;
    for (let l = 0; l < labels; l++) if (rand() < 0.6) q[b * labels + l] = Math.round(rand() * 254) - 127;
  }
  // The first and last bucket, and bit 31 of a bitmap word, are edge cases of the rank.
  q[0] = 5;
  q[31 * labels + 2] = -7;
  q[q.length - 1] = 127;
  return q;
}

describe('packed tagger weights', () => {
  for (const seed of [1, 2, 3]) {
    it(`give every bucket the weights of the table stored, and -1 for the empty ones (seed ${seed})`, () => {
      const buckets = 4096 + 37, labels = 7;
      const q = sparseTable(buckets, labels, seed);
      const { index, weights } = decodePacked(encodeWeights(q), buckets, labels);
      let inUse = 0;
      for (let b = 0; b < buckets; b++) {
        const row = Array.from(q.subarray(b * labels, (b + 1) * labels));
        const at = packedOffset(index, b, labels);
        if (row.every(v => v === 0)) {
          assert.equal(at, -1, `bucket ${b} is empty`);
          continue;
        }
        inUse++;
        assert.deepEqual(Array.from(weights.subarray(at, at + labels)), row, `bucket ${b}`);
      }
      assert.equal(weights.length, inUse * labels, 'only buckets in use are stored');
    });
  }
});
