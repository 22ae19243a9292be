import { strict as assert } from 'node:assert';
import { IdTable } from '../../../src/core/text/id-table';

describe('IdTable', () => {
  it('keeps values by id within a generation, growing densely past the end', () => {
    const t = new IdTable<string>();
    assert.equal(t.get(5, 0), undefined);
    t.set(5, 'five');
    t.set(1, 'one');
    assert.equal(t.get(5, 0), 'five');
    assert.equal(t.get(1, 0), 'one');
    assert.equal(t.get(3, 0), undefined);
  });

  it('forgets every value when asked in another generation, or cleared', () => {
    const t = new IdTable<string>();
    t.get(0, 7);
    t.set(2, 'old word');
    assert.equal(t.get(2, 8), undefined);
    t.set(2, 'new word');
    assert.equal(t.get(2, 8), 'new word');
    t.clear();
    assert.equal(t.get(2, 8), undefined);
  });
});
