// Averaged structured perceptron over hashed features (Collins 2002), with
// word-identity dropout so the model learns context and lexicon cues that
// carry over to names it has never seen.
import type { SentenceFeatures } from '../../src/core/recognize/tagger/features';
import { IDENTITY_FEATURES } from '../../src/core/recognize/tagger/features';
import { LABELS, NUM_LABELS } from '../../src/core/recognize/tagger/labels';
import { encodeWeights, type ModelFile } from '../../src/core/recognize/tagger/model';
import { viterbi } from '../../src/core/recognize/tagger/viterbi';

const L = NUM_LABELS;

export interface Example {
  feats: SentenceFeatures;
  labels: Uint8Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** Probability of hiding a token's own word features in a training pass. */
  dropout: number;
  /**
   * Cost added to every wrong label while decoding in training (loss-augmented
   * perceptron): updates continue until the gold path wins by a margin, which
   * generalises better than just winning.
   */
  margin?: number;
  seed?: number;
}

export interface Weights {
  weights: Float32Array;
  trans: Float32Array;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

export function train(data: readonly Example[], opts: TrainOptions): Weights {
  const size = (1 << opts.bits) * L;
  const w = new Float32Array(size), u = new Float64Array(size);
  const tw = new Float64Array((L + 1) * L), tu = new Float64Array((L + 1) * L);
  const random = rng(opts.seed ?? 7);
  const margin = opts.margin ?? 0;
  const order = data.map((_, i) => i);
  let c = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const { feats, labels } = data[idx];
      const n = labels.length;
      const from = new Int32Array(n);
      for (let t = 0; t < n; t++) from[t] = feats.offsets[t] + (random() < opts.dropout ? IDENTITY_FEATURES : 0);
      const e = new Float32Array(n * L);
      for (let t = 0; t < n; t++) {
        for (let k = from[t]; k < feats.offsets[t + 1]; k++) {
          const base = feats.ids[k] * L;
          for (let l = 0; l < L; l++) e[t * L + l] += w[base + l];
        }
      }
      if (margin) for (let t = 0; t < n; t++) for (let l = 0; l < L; l++) if (l !== labels[t]) e[t * L + l] += margin;
      const trans = Float32Array.from(tw);
      const pred = viterbi(e, n, trans);
      for (let t = 0; t < n; t++) {
        const g = labels[t], p = pred[t];
        const gPrev = t ? labels[t - 1] : L, pPrev = t ? pred[t - 1] : L;
        if (g !== p) {
          for (let k = from[t]; k < feats.offsets[t + 1]; k++) {
            const base = feats.ids[k] * L;
            w[base + g] += 1; u[base + g] += c;
            w[base + p] -= 1; u[base + p] -= c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * L + g] += 1; tu[gPrev * L + g] += c;
          tw[pPrev * L + p] -= 1; tu[pPrev * L + p] -= c;
        }
      }
      c++;
    }
  }
  const weights = new Float32Array(size);
  for (let k = 0; k < size; k++) weights[k] = w[k] - u[k] / c;
  const trans = new Float32Array((L + 1) * L);
  for (let k = 0; k < trans.length; k++) trans[k] = tw[k] - tu[k] / c;
  return { weights, trans };
}

/** int8 weights with one scale; tiny weights round to zero and are not stored. */
export function quantise(weights: Float32Array): { q: Int8Array; scale: number } {
  const mags = Float32Array.from(weights.filter(v => v !== 0), Math.abs);
  mags.sort();
  const cap = mags.length ? mags[Math.floor(mags.length * 0.9995)] : 1;
  const scale = cap / 127;
  const q = new Int8Array(weights.length);
  for (let k = 0; k < weights.length; k++) q[k] = Math.max(-127, Math.min(127, Math.round(weights[k] / scale)));
  return { q, scale };
}

export function toModelFile(
  trained: Weights,
  base: Pick<ModelFile, 'bits' | 'lexicon' | 'phrases' | 'nisba' | 'trainedOn' | 'temperature' | 'fingerprint'>,
): ModelFile {
  const { q, scale } = quantise(trained.weights);
  return {
    format: 'seed-ner-perceptron',
    version: 1,
    bits: base.bits,
    labels: [...LABELS],
    scale,
    weights: encodeWeights(q),
    transitions: Array.from(trained.trans, v => Math.round(v * 1000) / 1000),
    temperature: base.temperature,
    lexicon: base.lexicon,
    phrases: base.phrases,
    nisba: base.nisba,
    trainedOn: base.trainedOn,
    fingerprint: base.fingerprint,
  };
}
