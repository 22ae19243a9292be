import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { allowedMove, decodeSpans, labelIndex, labelMoves, LABELS, NUM_LABELS } from '../../../src/core/recognize/tagger/labels';
import { margins, viterbi } from '../../../src/core/recognize/tagger/viterbi';

const L = NUM_LABELS;

function emissions(rows: Record<string, number>[]): Float32Array {
  const e = new Float32Array(rows.length * L);
  rows.forEach((r, i) => Object.entries(r).forEach(([label, v]) => (e[i * L + labelIndex(label)] = v)));
  return e;
}

/** The decoder as plain loops over every pair of labels, asking allowedMove: what the passes over the move lists must equal. */
function reference(e: Float32Array, n: number, trans: Float32Array, names: readonly string[] = LABELS): { labels: Uint8Array; margins: Float64Array } {
  const L = names.length;
  const allowedTransition = (p: number, q: number) => allowedMove(names[p], names[q]);
  const fwd = new Float64Array(n * L), bwd = new Float64Array(n * L), back = new Uint8Array(n * L);
  for (let q = 0; q < L; q++) fwd[q] = allowedMove(undefined, names[q]) ? trans[L * L + q] + e[q] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let q = 0; q < L; q++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        const s = fwd[(i - 1) * L + p] + trans[p * L + q];
        if (allowedTransition(p, q) && s > best) { best = s; arg = p; }
      }
      fwd[i * L + q] = best + e[i * L + q];
      back[i * L + q] = arg;
    }
  }
  const best = new Uint8Array(n);
  for (let q = 1; q < L; q++) if (fwd[(n - 1) * L + q] > fwd[(n - 1) * L + best[n - 1]]) best[n - 1] = q;
  for (let i = n - 1; i > 0; i--) best[i - 1] = back[i * L + best[i]];
  const path = best;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < L; p++) {
      let m = -Infinity;
      for (let q = 0; q < L; q++) if (allowedTransition(p, q)) m = Math.max(m, trans[p * L + q] + e[(i + 1) * L + q] + bwd[(i + 1) * L + q]);
      bwd[i * L + p] = m;
    }
  }
  const margins = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let other = -Infinity;
    for (let q = 0; q < L; q++) if (q !== path[i]) other = Math.max(other, fwd[i * L + q] + bwd[i * L + q]);
    margins[i] = fwd[i * L + path[i]] + bwd[i * L + path[i]] - other;
  }
  return { labels: best, margins };
}

/** Random sentences (1 to 12 tokens) of emission and transition scores for L labels, in quarter steps so ties happen. */
function sentences(L: number) {
  const score = fc.integer({ min: -40, max: 40 }).map(v => v / 4);
  return fc.integer({ min: 1, max: 12 }).chain(n => fc.tuple(fc.constant(n), fc.array(score, { minLength: n * L, maxLength: n * L }), fc.array(score, { minLength: (L + 1) * L, maxLength: (L + 1) * L })));
}

describe('tagger Viterbi', () => {
  it('decodes and scores margins exactly as the plain loops over allowedMove do', () => {
    fc.assert(
      fc.property(sentences(L), ([n, es, ts]) => {
        const e = Float32Array.from(es), trans = Float32Array.from(ts);
        const want = reference(e, n, trans);
        const labels = viterbi(e, n, trans);
        assert.deepEqual(Array.from(labels), Array.from(want.labels));
        assert.deepEqual(Array.from(margins(e, n, trans, labels)), Array.from(want.margins));
      }),
      { numRuns: 500 },
    );
  });

  it('scores the margins from a given token on as the whole sentence does there', () => {
    fc.assert(
      fc.property(sentences(L), fc.nat(), ([n, es, ts], k) => {
        const e = Float32Array.from(es), trans = Float32Array.from(ts);
        const labels = viterbi(e, n, trans);
        const from = k % n;
        const part = margins(e, n, trans, labels, undefined, undefined, undefined, undefined, from);
        assert.deepEqual(Array.from(part.subarray(from, n)), Array.from(margins(e, n, trans, labels).subarray(from, n)));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes any BIO label set: nine labels with MISC, in another order, as the plain loops do', () => {
    const names = ['O', 'B-MISC', 'B-PER', 'I-PER', 'I-MISC', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'];
    const moves = labelMoves(names);
    fc.assert(
      fc.property(sentences(names.length), ([n, es, ts]) => {
        const e = Float32Array.from(es), trans = Float32Array.from(ts);
        const want = reference(e, n, trans, names);
        const labels = viterbi(e, n, trans, moves);
        assert.deepEqual(Array.from(labels), Array.from(want.labels));
        assert.deepEqual(Array.from(margins(e, n, trans, labels, moves)), Array.from(want.margins));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a MISC span and never lets I-MISC follow another type', () => {
    const names = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
    const moves = labelMoves(names), L9 = names.length;
    const at = (label: string) => names.indexOf(label);
    const e = new Float32Array(3 * L9);
    // B-PER, then I-MISC scoring best alone twice: PER cannot continue as MISC, so the pair must become B-MISC I-MISC.
    e[at('B-PER')] = 4;
    e[L9 + at('I-MISC')] = 5; e[L9 + at('B-MISC')] = 1;
    e[2 * L9 + at('I-MISC')] = 5;
    const labels = viterbi(e, 3, new Float32Array((L9 + 1) * L9), moves);
    assert.deepEqual(Array.from(labels, l => names[l]), ['B-PER', 'B-MISC', 'I-MISC']);
  });

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
