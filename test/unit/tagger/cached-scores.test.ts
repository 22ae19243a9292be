import { strict as assert } from 'node:assert';
import { loadTagger } from '../../../src/core/recognize/tagger';
import { NUM_LABELS, O } from '../../../src/core/recognize/tagger/labels';
import { decodePacked, packedOffset } from '../../../src/core/recognize/tagger/packed-weights';
import { margins, viterbi } from '../../../src/core/recognize/tagger/viterbi';

const L = NUM_LABELS;

/** Labels and name tokens' confidences the slow way: every feature of every token summed from the weight table. */
function reference(words: string[]): { labels: Uint8Array; confidence: Float64Array } {
  const tagger = loadTagger();
  const { file } = tagger;
  const { index, weights } = decodePacked(file.weights, 1 << file.bits, L);
  const trans = Float32Array.from(file.transitions, v => v / file.scale);
  const { ids, offsets } = tagger.extractor.extract(words);
  const n = words.length;
  const e = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const at = packedOffset(index, ids[k], L);
      if (at >= 0) for (let l = 0; l < L; l++) e[i * L + l] += weights[at + l];
    }
  }
  const forward = new Float64Array(n * L);
  const labels = viterbi(e, n, trans, undefined, forward);
  const confidence = new Float64Array(n);
  if (labels.every(l => l === O)) return { labels, confidence };
  const m = margins(e, n, trans, labels, undefined, forward);
  for (let i = 0; i < n; i++) if (labels[i] !== O) confidence[i] = 1 / (1 + Math.exp(-m[i] / (file.temperature / file.scale)));
  return { labels, confidence };
}

describe('tagger cached scores', () => {
  const sentences = [
    'قال الرئيس الروسي فلاديمير بوتين في موسكو إن أذربيجان وأرمينيا ستوقفان القتال',
    // Multi-word names from the model's own phrase lists, bare and after clitics.
    'وصل وفد من ابو حماد إلى اخبار الخليج ثم زار لاتلتيك بيلباو وأبو تيج أمس',
    'ناگورنو كاراباخ ، 2020 Kremlin وأكد لمنظمة الأمن والتعاون في أوروبا',
  ];

  it('gives the labels and confidences of summing every feature weight', () => {
    const tagger = loadTagger();
    for (const s of sentences) {
      const words = s.split(' ');
      // Twice: the second time every word comes from the cache.
      assert.deepEqual(tagger.tag(words), reference(words), s);
      assert.deepEqual(tagger.tag(words), reference(words), s);
    }
  });

  it('fires the phrase feature of a listed multi-word name', () => {
    const { extractor } = loadTagger();
    const phrase = extractor.phraseFeatures(['في', 'ابو', 'حماد', 'امس'].map(w => extractor.word(w)));
    assert.deepEqual([...phrase].map(x => x >= 0), [false, true, true, false]);
  });
});
