// The trained model: hashed feature weights quantised to int8 (stored as
// base64 of varint gaps + values), transition scores, and the word lists the
// features consult. One file, media/data/ner-model.json.
import { FeatureExtractor, type SentenceFeatures } from './features';
import { NUM_LABELS } from './labels';
import { Lexicon, type LexiconLists } from './lexicon';
import { posteriors, viterbi } from './viterbi';

export interface ModelFile {
  format: 'seed-ner-perceptron';
  version: 1;
  bits: number;
  labels: string[];
  /** A stored int8 weight w means w * scale. */
  scale: number;
  weights: string;
  /** (labels + 1) x labels, unscaled; the last row is the sentence start. */
  transitions: number[];
  temperature: number;
  lexicon: LexiconLists;
  /** Folded nisba adjective stems (روسي, فرنسي) derived from country names. */
  nisba: string[];
  trainedOn: string[];
}

const L = NUM_LABELS;

export class TaggerModel {
  readonly extractor: FeatureExtractor;
  private readonly weights: Int8Array;
  private readonly trans: Float32Array;

  constructor(readonly file: ModelFile) {
    this.weights = decodeWeights(file.weights, (1 << file.bits) * L);
    this.trans = Float32Array.from(file.transitions, v => v / file.scale);
    const nisba = new Set(file.nisba);
    this.extractor = new FeatureExtractor(new Lexicon(file.lexicon), file.bits, bare => isNisba(nisba, bare));
  }

  emissions(f: SentenceFeatures, n: number): Float32Array {
    const e = new Float32Array(n * L);
    const w = this.weights, ids = f.ids;
    for (let i = 0; i < n; i++) {
      const row = i * L;
      for (let k = f.offsets[i], end = f.offsets[i + 1]; k < end; k++) {
        const base = ids[k] * L;
        for (let l = 0; l < L; l++) e[row + l] += w[base + l];
      }
    }
    return e;
  }

  tag(words: readonly string[]): { labels: Uint8Array; confidence: Float64Array } {
    const n = words.length;
    const e = this.emissions(this.extractor.extract(words), n);
    const labels = viterbi(e, n, this.trans);
    const post = posteriors(e, n, this.trans, this.file.temperature / this.file.scale);
    const confidence = new Float64Array(n);
    for (let i = 0; i < n; i++) confidence[i] = post[i * L + labels[i]];
    return { labels, confidence };
  }
}

/** Country adjectives: الروسي / الروسية both reduce to a stored stem. */
export function isNisba(stems: ReadonlySet<string>, bare: string): boolean {
  if (stems.has(bare)) return true;
  return bare.endsWith('يه') && stems.has(bare.slice(0, -1));
}

export function encodeWeights(q: Int8Array): string {
  const bytes: number[] = [];
  let last = -1;
  for (let i = 0; i < q.length; i++) {
    if (q[i] === 0) continue;
    let gap = i - last - 1;
    last = i;
    while (gap >= 0x80) { bytes.push((gap & 0x7f) | 0x80); gap >>>= 7; }
    bytes.push(gap, q[i] & 0xff);
  }
  return Buffer.from(bytes).toString('base64');
}

export function decodeWeights(b64: string, size: number): Int8Array {
  const bytes = Buffer.from(b64, 'base64');
  const out = new Int8Array(size);
  let pos = -1;
  for (let k = 0; k < bytes.length; ) {
    let gap = 0, shift = 0, b: number;
    do { b = bytes[k++]; gap |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    pos += gap + 1;
    out[pos] = (bytes[k++] << 24) >> 24;
  }
  return out;
}
