import { strict as assert } from 'node:assert';
import { partitionPoint } from '../../../src/core/text/search';

describe('text/search partitionPoint', () => {
  it('finds the first index where the predicate turns false, at every boundary', () => {
    const xs = [1, 3, 3, 5, 8];
    assert.deepEqual([0, 1, 3, 4, 8, 9].map(x => partitionPoint(xs.length, k => xs[k] < x)), [0, 0, 1, 3, 4, 5]);
    assert.deepEqual([3, 5].map(x => partitionPoint(xs.length, k => xs[k] <= x)), [3, 4]);
    assert.equal(partitionPoint(0, () => true), 0);
  });
});
