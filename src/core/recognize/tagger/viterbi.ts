// First-order decoding over BIO labels. `trans` has (L + 1) rows: row L is the
// sentence start. Forbidden moves (O -> I-X) are never taken.
import { allowedTransition, NUM_LABELS } from './labels';

const L = NUM_LABELS;
// Both passes are written out for the seven BIO labels (the previous token's scores in locals,
// the allowed moves spelled out): the generic loops over allowed predecessors took three times
// as long. The property test in test/unit/tagger/viterbi.test.ts checks them against
// allowedTransition.
if (L !== 7) throw new Error('viterbi.ts is written out for seven labels');
const START_ALLOWED = Array.from({ length: L }, (_, q) => allowedTransition(0, q));

/**
 * Best label sequence for emission scores `emit[i * L + label]`. Pass `score`
 * (n * L) to keep the best-path scores: they are the forward max-marginals
 * `margins` needs, so it need not compute them again. `back` (n * L or more)
 * may be a reused buffer.
 */
export function viterbi(
  emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array, score: Float64Array = new Float64Array(n * L), back: Uint8Array = new Uint8Array(n * L),
): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  for (let q = 0; q < L; q++) score[q] = START_ALLOWED[q] ? trans[L * L + q] + emit[q] : -Infinity;
  const t = trans;
  let a0 = score[0], a1 = score[1], a2 = score[2], a3 = score[3], a4 = score[4], a5 = score[5], a6 = score[6];
  for (let i = 1; i < n; i++) {
    const row = i * 7;
    let s: number, b: number, k: number;
    b = -Infinity; k = 0;
    s = a0 + t[0]; if (s > b) { b = s; k = 0; }
    s = a1 + t[7]; if (s > b) { b = s; k = 1; }
    s = a2 + t[14]; if (s > b) { b = s; k = 2; }
    s = a3 + t[21]; if (s > b) { b = s; k = 3; }
    s = a4 + t[28]; if (s > b) { b = s; k = 4; }
    s = a5 + t[35]; if (s > b) { b = s; k = 5; }
    s = a6 + t[42]; if (s > b) { b = s; k = 6; }
    const n0 = b + emit[row + 0]; back[row + 0] = k;
    b = -Infinity; k = 0;
    s = a0 + t[1]; if (s > b) { b = s; k = 0; }
    s = a1 + t[8]; if (s > b) { b = s; k = 1; }
    s = a2 + t[15]; if (s > b) { b = s; k = 2; }
    s = a3 + t[22]; if (s > b) { b = s; k = 3; }
    s = a4 + t[29]; if (s > b) { b = s; k = 4; }
    s = a5 + t[36]; if (s > b) { b = s; k = 5; }
    s = a6 + t[43]; if (s > b) { b = s; k = 6; }
    const n1 = b + emit[row + 1]; back[row + 1] = k;
    b = -Infinity; k = 0;
    s = a1 + t[9]; if (s > b) { b = s; k = 1; }
    s = a2 + t[16]; if (s > b) { b = s; k = 2; }
    const n2 = b + emit[row + 2]; back[row + 2] = k;
    b = -Infinity; k = 0;
    s = a0 + t[3]; if (s > b) { b = s; k = 0; }
    s = a1 + t[10]; if (s > b) { b = s; k = 1; }
    s = a2 + t[17]; if (s > b) { b = s; k = 2; }
    s = a3 + t[24]; if (s > b) { b = s; k = 3; }
    s = a4 + t[31]; if (s > b) { b = s; k = 4; }
    s = a5 + t[38]; if (s > b) { b = s; k = 5; }
    s = a6 + t[45]; if (s > b) { b = s; k = 6; }
    const n3 = b + emit[row + 3]; back[row + 3] = k;
    b = -Infinity; k = 0;
    s = a3 + t[25]; if (s > b) { b = s; k = 3; }
    s = a4 + t[32]; if (s > b) { b = s; k = 4; }
    const n4 = b + emit[row + 4]; back[row + 4] = k;
    b = -Infinity; k = 0;
    s = a0 + t[5]; if (s > b) { b = s; k = 0; }
    s = a1 + t[12]; if (s > b) { b = s; k = 1; }
    s = a2 + t[19]; if (s > b) { b = s; k = 2; }
    s = a3 + t[26]; if (s > b) { b = s; k = 3; }
    s = a4 + t[33]; if (s > b) { b = s; k = 4; }
    s = a5 + t[40]; if (s > b) { b = s; k = 5; }
    s = a6 + t[47]; if (s > b) { b = s; k = 6; }
    const n5 = b + emit[row + 5]; back[row + 5] = k;
    b = -Infinity; k = 0;
    s = a5 + t[41]; if (s > b) { b = s; k = 5; }
    s = a6 + t[48]; if (s > b) { b = s; k = 6; }
    const n6 = b + emit[row + 6]; back[row + 6] = k;
    score[row + 0] = n0; score[row + 1] = n1; score[row + 2] = n2; score[row + 3] = n3; score[row + 4] = n4; score[row + 5] = n5; score[row + 6] = n6;
    a0 = n0; a1 = n1; a2 = n2; a3 = n3; a4 = n4; a5 = n5; a6 = n6;
  }
  let best = -Infinity;
  const last = (n - 1) * L;
  for (let q = 0; q < L; q++) if (score[last + q] > best) { best = score[last + q]; out[n - 1] = q; }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

/**
 * For each token, how much the best path beats the best path that gives the
 * token any other label (max-marginals from a forward and a backward pass).
 * `bwd` (n * L or more) and `out` (n or more) may be reused buffers; `out` is returned.
 */
export function margins(
  emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array, labels: Uint8Array, forward?: Float64Array,
  bwd: Float64Array = new Float64Array(n * L), out: Float64Array = new Float64Array(n),
): Float64Array {
  if (n === 0) return out;
  // The backward pass starts from zeros after the last token.
  bwd.fill(0, (n - 1) * L, n * L);
  // Viterbi's best-path scores are the forward max-marginals.
  const fwd = forward ?? new Float64Array(n * L);
  if (!forward) viterbi(emit, n, trans, fwd);
  const t = trans;
  let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0;
  for (let i = n - 2; i >= 0; i--) {
    const next = (i + 1) * 7, row = i * 7;
    const e0 = emit[next + 0]; const e1 = emit[next + 1]; const e2 = emit[next + 2]; const e3 = emit[next + 3]; const e4 = emit[next + 4]; const e5 = emit[next + 5]; const e6 = emit[next + 6];
    let s: number;
    let m0 = -Infinity;
    s = t[0] + e0 + c0; if (s > m0) m0 = s;
    s = t[1] + e1 + c1; if (s > m0) m0 = s;
    s = t[3] + e3 + c3; if (s > m0) m0 = s;
    s = t[5] + e5 + c5; if (s > m0) m0 = s;
    let m1 = -Infinity;
    s = t[7] + e0 + c0; if (s > m1) m1 = s;
    s = t[8] + e1 + c1; if (s > m1) m1 = s;
    s = t[9] + e2 + c2; if (s > m1) m1 = s;
    s = t[10] + e3 + c3; if (s > m1) m1 = s;
    s = t[12] + e5 + c5; if (s > m1) m1 = s;
    let m2 = -Infinity;
    s = t[14] + e0 + c0; if (s > m2) m2 = s;
    s = t[15] + e1 + c1; if (s > m2) m2 = s;
    s = t[16] + e2 + c2; if (s > m2) m2 = s;
    s = t[17] + e3 + c3; if (s > m2) m2 = s;
    s = t[19] + e5 + c5; if (s > m2) m2 = s;
    let m3 = -Infinity;
    s = t[21] + e0 + c0; if (s > m3) m3 = s;
    s = t[22] + e1 + c1; if (s > m3) m3 = s;
    s = t[24] + e3 + c3; if (s > m3) m3 = s;
    s = t[25] + e4 + c4; if (s > m3) m3 = s;
    s = t[26] + e5 + c5; if (s > m3) m3 = s;
    let m4 = -Infinity;
    s = t[28] + e0 + c0; if (s > m4) m4 = s;
    s = t[29] + e1 + c1; if (s > m4) m4 = s;
    s = t[31] + e3 + c3; if (s > m4) m4 = s;
    s = t[32] + e4 + c4; if (s > m4) m4 = s;
    s = t[33] + e5 + c5; if (s > m4) m4 = s;
    let m5 = -Infinity;
    s = t[35] + e0 + c0; if (s > m5) m5 = s;
    s = t[36] + e1 + c1; if (s > m5) m5 = s;
    s = t[38] + e3 + c3; if (s > m5) m5 = s;
    s = t[40] + e5 + c5; if (s > m5) m5 = s;
    s = t[41] + e6 + c6; if (s > m5) m5 = s;
    let m6 = -Infinity;
    s = t[42] + e0 + c0; if (s > m6) m6 = s;
    s = t[43] + e1 + c1; if (s > m6) m6 = s;
    s = t[45] + e3 + c3; if (s > m6) m6 = s;
    s = t[47] + e5 + c5; if (s > m6) m6 = s;
    s = t[48] + e6 + c6; if (s > m6) m6 = s;
    bwd[row + 0] = m0; bwd[row + 1] = m1; bwd[row + 2] = m2; bwd[row + 3] = m3; bwd[row + 4] = m4; bwd[row + 5] = m5; bwd[row + 6] = m6;
    c0 = m0; c1 = m1; c2 = m2; c3 = m3; c4 = m4; c5 = m5; c6 = m6;
  }
  for (let i = 0; i < n; i++) {
    let other = -Infinity;
    const row = i * L, label = labels[i];
    for (let q = 0; q < L; q++) {
      const s = fwd[row + q] + bwd[row + q];
      if (q !== label && s > other) other = s;
    }
    out[i] = fwd[row + label] + bwd[row + label] - other;
  }
  return out;
}
