// First-order decoding over BIO labels. `trans` has (L + 1) rows: row L is the
// sentence start. Forbidden moves (O -> I-X) are never taken.
import { allowedTransition, NUM_LABELS } from './labels';

const L = NUM_LABELS;
const ALLOWED: boolean[] = [];
for (let p = 0; p <= L; p++) for (let q = 0; q < L; q++) ALLOWED.push(allowedTransition(p === L ? 0 : p, q));

/** Best label sequence for emission scores `emit[i * L + label]`. */
export function viterbi(emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let q = 0; q < L; q++) score[q] = ALLOWED[L * L + q] ? trans[L * L + q] + emit[q] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * L, prevRow = row - L;
    for (let q = 0; q < L; q++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + q]) continue;
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
 * Per-token label posteriors under a softmax of the path scores divided by
 * `temperature` (forward-backward in log space); used for confidences.
 */
export function posteriors(emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array, temperature: number): Float64Array {
  const alpha = new Float64Array(n * L), beta = new Float64Array(n * L), out = new Float64Array(n * L);
  if (n === 0) return out;
  const t = 1 / temperature;
  const tmp = new Float64Array(L);
  for (let q = 0; q < L; q++) alpha[q] = ALLOWED[L * L + q] ? (trans[L * L + q] + emit[q]) * t : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let q = 0; q < L; q++) {
      for (let p = 0; p < L; p++) tmp[p] = ALLOWED[p * L + q] ? alpha[(i - 1) * L + p] + trans[p * L + q] * t : -Infinity;
      alpha[i * L + q] = logSumExp(tmp) + emit[i * L + q] * t;
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < L; p++) {
      for (let q = 0; q < L; q++) tmp[q] = ALLOWED[p * L + q] ? trans[p * L + q] * t + emit[(i + 1) * L + q] * t + beta[(i + 1) * L + q] : -Infinity;
      beta[i * L + p] = logSumExp(tmp);
    }
  }
  const z = logSumExp(alpha.subarray((n - 1) * L, n * L));
  for (let k = 0; k < n * L; k++) out[k] = Math.exp(alpha[k] + beta[k] - z);
  return out;
}

function logSumExp(xs: Float64Array): number {
  let max = -Infinity;
  for (const x of xs) if (x > max) max = x;
  if (max === -Infinity) return max;
  let s = 0;
  for (const x of xs) s += Math.exp(x - max);
  return max + Math.log(s);
}
