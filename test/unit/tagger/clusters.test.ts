import { strict as assert } from 'node:assert';
import { FeatureExtractor } from '../../../src/core/recognize/tagger/features';
import { clusterKey, Lexicon, wordClusters } from '../../../src/core/recognize/tagger/lexicon';

describe('tagger word clusters', () => {
  it('key a word by its folded stem, clitics and article removed', () => {
    assert.equal(clusterKey('وماكرون'), 'ماكرون');
    assert.equal(clusterKey('بالقاهرة'), 'قاهره');
    // Read as ب + وتين, as the tagger's stem features read it: build and lookup agree.
    assert.equal(clusterKey('بوتين'), clusterKey('وبوتين'));
    assert.equal(clusterKey('ناغورنو'), clusterKey('ناجورنو'));
  });

  it('ship a cluster path (hex digits, coarse to fine) for frequent words', () => {
    const clusters = wordClusters();
    assert.ok(clusters.size > 5000);
    assert.match(clusters.get(clusterKey('قال')) ?? '', /^[0-9a-f]{1,3}$/);
  });

  it('give words of one cluster shared features and words of other clusters none of them', () => {
    const lex = new Lexicon({}, {}, new Map([['ساركوزي', 'a31'], ['ماكرون', 'a31'], ['قاهره', '27']]));
    const x = new FeatureExtractor(lex, 20, () => false);
    const self = (w: string): Set<number> => new Set(x.describe(w).self);
    const shared = (a: string, b: string): number => [...self(a)].filter(id => self(b).has(id)).length;
    assert.ok(shared('ساركوزي', 'وماكرون') > shared('ساركوزي', 'القاهرة'));
    assert.equal(lex.cluster('ماكرون'), 'a31');
    assert.equal(lex.cluster('مجهول'), '');
  });
});
