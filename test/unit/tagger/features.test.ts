import { strict as assert } from 'node:assert';
import { FeatureExtractor, IDENTITY_FEATURES } from '../../../src/core/recognize/tagger/features';
import { encodeWeights } from '../../../src/core/recognize/tagger/model';
import { decodePacked, packedOffset } from '../../../src/core/recognize/tagger/packed-weights';
import { Lexicon, FLAGS } from '../../../src/core/recognize/tagger/lexicon';
import { splitWord, wordKey, wordShape } from '../../../src/core/recognize/tagger/word';

const sentence = ['الرئيس', 'الروسي', 'فلاديمير', 'بوتين', '،', 'وماكرون'];
const make = (): FeatureExtractor => new FeatureExtractor(new Lexicon({ nameToken: ['بوتين'] }), 18, b => b === 'روسي');

describe('tagger features', () => {
  it('are deterministic across extractors and calls', () => {
    const a = make().extract(sentence), b = make().extract(sentence);
    assert.deepEqual(Array.from(a.ids), Array.from(b.ids));
    assert.deepEqual(Array.from(a.offsets), Array.from(b.offsets));
    assert.equal(a.offsets.length, sentence.length + 1);
    assert.ok(a.offsets[1] > IDENTITY_FEATURES);
    for (const id of a.ids) assert.ok(id >= 0 && id < 1 << 18);
  });

  it('depend on context: the same word gets other features next to other words', () => {
    const x = make();
    const first = x.extract(['بوتين', 'قال']);
    const second = x.extract(['بوتين', 'في']);
    const ids = (f: typeof first): number[] => Array.from(f.ids.subarray(f.offsets[0], f.offsets[1]));
    assert.notDeepEqual(ids(first), ids(second));
  });

  it('fold spelling variants and strip proclitics', () => {
    assert.equal(wordKey('أذربيجان'), 'اذربيجان');
    assert.equal(wordKey('ناگورنو'), wordKey('ناغورنو'));
    assert.deepEqual(splitWord(wordKey('وماكرون')), { proclitic: 'و', article: false, bare: 'ماكرون' });
    assert.deepEqual(splitWord(wordKey('للأمم')), { proclitic: 'ل', article: true, bare: 'امم' });
    assert.deepEqual(splitWord(wordKey('وبالقاهرة')), { proclitic: 'وب', article: true, bare: 'قاهره' });
    assert.equal(wordShape('2020'), 'D:5');
    assert.equal(wordShape('بوتين'), 'A:5');
  });

  it('looks words up with and without clitics and the g/j spelling', () => {
    const lex = new Lexicon({ nameToken: ['ناغورنو'], country: ['اذربيجان'] });
    assert.ok(lex.lookup('وناجورنو', 'ناجورنو', false) & FLAGS.nameToken);
    assert.ok(lex.lookup('باذربيجان', 'اذربيجان', false) & FLAGS.country);
    assert.ok(lex.lookup('الرييس', 'رييس', true) & FLAGS.personTitle);
  });

  it('stores weights compactly and losslessly', () => {
    const q = new Int8Array(5000);
    q[3] = 5; q[200] = -127; q[4999] = 1;
    // Read back as the tagger reads it: one weight per one-label bucket.
    const { index, weights } = decodePacked(encodeWeights(q), q.length, 1);
    assert.deepEqual(Array.from(q, (_, b) => { const at = packedOffset(index, b, 1); return at < 0 ? 0 : weights[at]; }), Array.from(q));
  });
});
