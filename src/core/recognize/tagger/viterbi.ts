// First-order decoding over BIO labels. `trans` has (L + 1) rows: row L is the
// sentence start. Forbidden moves (O -> I-X) are never taken.
import { allowedTransition, NUM_LABELS } from './labels';

const L = NUM_LABELS;
const ALLOWED: boolean[] = [];
for (let p = 0; p <= L; p++) for (let q = 0; q < L; q++) ALLOWED.push(allowedTransition(p === L ? 0 : p, q));
/** Per label, the labels that may precede it (INTO) and follow it (OUT_OF), ascending: the loops visit only those. */
const INTO: Uint8Array[] = [];
const OUT_OF: Uint8Array[] = [];
for (let q = 0; q < L; q++) {
  const into: number[] = [], outOf: number[] = [];
  for (let p = 0; p < L; p++) {
    if (ALLOWED[p * L + q]) into.push(p);
    if (ALLOWED[q * L + p]) outOf.push(p);
  }
  INTO.push(Uint8Array.from(into));
  OUT_OF.push(Uint8Array.from(outOf));
}

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
  for (let q = 0; q < L; q++) score[q] = ALLOWED[L * L + q] ? trans[L * L + q] + emit[q] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * L, prevRow = row - L;
    for (let q = 0; q < L; q++) {
      let best = -Infinity, arg = 0;
      const into = INTO[q];
      for (let k = 0; k < into.length; k++) {
        const p = into[k];
        const s = score[prevRow + p] + trans[p * L + q];
        if (s > best) { best = s; arg = p; }
      }
      score[row + q] = best + emit[row + q];
      back[row + q] = arg;
    }
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
  const fwd = forward ?? new Float64Array(n * L);
  if (!forward) {
    for (let q = 0; q < L; q++) fwd[q] = ALLOWED[L * L + q] ? trans[L * L + q] + emit[q] : -Infinity;
    for (let i = 1; i < n; i++) {
      for (let q = 0; q < L; q++) {
        let best = -Infinity;
        for (const p of INTO[q]) best = Math.max(best, fwd[(i - 1) * L + p] + trans[p * L + q]);
        fwd[i * L + q] = best + emit[i * L + q];
      }
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    const next = (i + 1) * L;
    for (let p = 0; p < L; p++) {
      let best = -Infinity;
      const outOf = OUT_OF[p];
      for (let k = 0; k < outOf.length; k++) {
        const q = outOf[k];
        const s = trans[p * L + q] + emit[next + q] + bwd[next + q];
        if (s > best) best = s;
      }
      bwd[i * L + p] = best;
    }
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
