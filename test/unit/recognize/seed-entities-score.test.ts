import { strict as assert } from 'node:assert';
import { scoreEntities } from '../../../scripts/eval/seed-entities';
import type { GoldMention } from '../../../scripts/eval/gold';
import type { Mention } from '../../../src/core/types';

const g = (start: number, end: number, entity: string, optional = false): GoldMention => ({ start, end, text: 'x', type: 'PER', entity, optional });
const m = (start: number, end: number, entity: string): Mention => ({ id: `m${start}`, start, end, text: 'x', type: 'PER', entity, origin: 'auto' });

describe('eval/seed-entities scoring', () => {
  it('counts exact span and type matches, ignoring optional gold mentions', () => {
    const s = scoreEntities([g(0, 5, 'a'), g(10, 15, 'a'), g(20, 25, 'b', true)], [m(0, 5, 'e1'), m(20, 25, 'e2'), m(30, 35, 'e3')]);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 1]);
  });
  it('counts same-entity pairs merged and pairs wrongly merged among found mentions', () => {
    const gold = [g(0, 5, 'a'), g(10, 15, 'a'), g(20, 25, 'a'), g(30, 35, 'b')];
    const s = scoreEntities(gold, [m(0, 5, 'e1'), m(10, 15, 'e1'), m(20, 25, 'e2'), m(30, 35, 'e2')]);
    assert.equal(s.pairs, 3);
    assert.equal(s.pairsMerged, 1);
    assert.equal(s.wrongMerges, 1);
  });
});
