import { strict as assert } from 'node:assert';
import { decodeSpans, labelIndex, NUM_LABELS } from '../../../src/core/recognize/tagger/labels';
import { margins, viterbi } from '../../../src/core/recognize/tagger/viterbi';

const L = NUM_LABELS;

function emissions(rows: Record<string, number>[]): Float32Array {
  const e = new Float32Array(rows.length * L);
  rows.forEach((r, i) => Object.entries(r).forEach(([label, v]) => (e[i * L + labelIndex(label)] = v)));
  return e;
}

describe('tagger Viterbi', () => {
  it('follows the emissions when transitions are neutral', () => {
    const e = emissions([{ 'B-PER': 2 }, { 'I-PER': 2 }, { O: 1 }, { 'B-LOC': 3 }]);
    const labels = viterbi(e, 4, new Float32Array((L + 1) * L));
    assert.deepEqual(Array.from(labels), ['B-PER', 'I-PER', 'O', 'B-LOC'].map(labelIndex));
  });

  it('never starts a span with an inside tag', () => {
    // I-ORG scores best alone, but O -> I-ORG and start -> I-ORG are forbidden.
    const e = emissions([{ O: 1, 'I-ORG': 5 }, { O: 1, 'I-ORG': 5 }]);
    const labels = viterbi(e, 2, new Float32Array((L + 1) * L));
    assert.notEqual(labels[0], labelIndex('I-ORG'));
    assert.deepEqual(decodeSpans(labels).map(s => s.type), labels[0] === labelIndex('B-ORG') ? ['ORG'] : []);
  });

  it('lets a transition score overturn a weak emission', () => {
    const trans = new Float32Array((L + 1) * L);
    trans[labelIndex('B-PER') * L + labelIndex('I-PER')] = 3;
    const e = emissions([{ 'B-PER': 2 }, { O: 1, 'I-PER': 0 }]);
    assert.deepEqual(Array.from(viterbi(e, 2, trans)), [labelIndex('B-PER'), labelIndex('I-PER')]);
  });

  it('reports the margin of the best path over the best alternative', () => {
    const e = emissions([{ 'B-LOC': 4, O: 1 }]);
    const labels = viterbi(e, 1, new Float32Array((L + 1) * L));
    assert.deepEqual(Array.from(margins(e, 1, new Float32Array((L + 1) * L), labels)), [3]);
  });

  it('reads spans from BIO, closing on a type change', () => {
    const spans = decodeSpans(['B-PER', 'I-PER', 'I-LOC', 'O', 'B-ORG'].map(labelIndex));
    assert.deepEqual(spans, [
      { from: 0, to: 2, type: 'PER' },
      { from: 2, to: 3, type: 'LOC' },
      { from: 4, to: 5, type: 'ORG' },
    ]);
  });
});
