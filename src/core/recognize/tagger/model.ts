// The trained model: hashed feature weights quantised to int8 (stored as
// base64 of varint gaps + values), transition scores, and the word lists the
// features consult. One file, media/data/ner-model.json.
import { FeatureExtractor, PAIRS, type WordCore, type WordFeatures } from './features';
import { labelMoves, O, type LabelMoves } from './labels';
import { Lexicon, type LexiconLists, type PhraseLists } from './lexicon';
import { margins, viterbi } from './viterbi';
import { TextMemo, type Written } from '../../text/text-memo';
import type { WordIds } from '../../text/word-forms';
import { decodePacked, packedOffset, type BucketIndex } from './packed-weights';

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
  phrases: PhraseLists;
  /** Folded nisba adjective stems (روسي, فرنسي) derived from country names. */
  nisba: string[];
  trainedOn: string[];
  /** Hash of the features of a probe sentence when the model was trained (see featureFingerprint). */
  fingerprint: number;
}

const NO_KEYS: string[] = [];
/** A word's role scores: self, as previous, next, two before, two after, one per label each. */
const ROLES = 5;
/**
 * Words whose role scores share one Int16Array, in the order first seen (frequent words
 * together): no array object per word, and half the bytes of float scores. The scores are
 * sums of at most 36 int8 weights, so int16 holds them exactly.
 */
const WORDS_PER_CHUNK = 4096;

/** Per-sentence decoding buffers (see TaggerModel.scratchFor), each for `margins.length` tokens. */
interface Scratch {
  emissions: Float32Array;
  phrase: Int32Array;
  forward: Float64Array;
  back: Uint8Array;
  backward: Float64Array;
  margins: Float64Array;
  labels: Uint8Array;
}

/** A word as the tagger keeps it: what pair features need, and its summed role weights. */
interface ScoredWord extends WordCore {
  text: string;
  /** The chunk holding the word's ROW role scores, from `at`. */
  scores: Int16Array;
  at: number;
}

export class TaggerModel {
  readonly extractor: FeatureExtractor;
  /** Weights of the buckets in use only (see packed-weights.ts): most features hash to an empty one. */
  private readonly weights: Int8Array;
  private readonly index: BucketIndex;
  private readonly trans: Float32Array;
  private readonly lexicon: Lexicon;
  /** The model's labels (L) and the moves between them decoding may take. */
  private readonly L: number;
  private readonly moves: LabelMoves;

  constructor(readonly file: ModelFile) {
    this.L = file.labels.length;
    this.moves = labelMoves(file.labels);
    this.chunk = new Int16Array(WORDS_PER_CHUNK * ROLES * this.L);
    ({ index: this.index, weights: this.weights } = decodePacked(file.weights, 1 << file.bits, this.L));
    this.trans = Float32Array.from(file.transitions, v => v / file.scale);
    const nisba = new Set(file.nisba);
    this.lexicon = new Lexicon(file.lexicon, file.phrases);
    this.extractor = new FeatureExtractor(this.lexicon, file.bits, bare => isNisba(nisba, bare));
    this.boundary = this.scored(this.extractor.boundary, '');
  }

  /** True when the feature code has changed since training: retrain with `npm run train:ner`. */
  get stale(): boolean {
    return featureFingerprint(this.extractor) !== this.file.fingerprint;
  }

  /** Scores by word: by the article's word ids, or by text. */
  private readonly words = new TextMemo<Written, ScoredWord>(w => {
    const word = typeof w === 'string' ? w : w.text;
    return this.scored(this.extractor.describe(word), word);
  });
  private scratch: Scratch = { emissions: new Float32Array(0), phrase: new Int32Array(0), forward: new Float64Array(0), back: new Uint8Array(0), backward: new Float64Array(0), margins: new Float64Array(0), labels: new Uint8Array(0) };
  private readonly boundary: ScoredWord;
  /** One token's pair features, rewritten for every token, and where their weights are. */
  private readonly pairs = new Int32Array(PAIRS);
  private readonly pairAt = new Int32Array(PAIRS + 1);
  /** Where new words' scores go; a full chunk is left to the words that use it. */
  private chunk: Int16Array;
  private chunkUsed = 0;

  private scored(w: WordFeatures, text: string): ScoredWord {
    if (this.chunkUsed === this.chunk.length) {
      this.chunk = new Int16Array(WORDS_PER_CHUNK * ROLES * this.L);
      this.chunkUsed = 0;
    }
    const L = this.L, scores = this.chunk, at = this.chunkUsed;
    this.chunkUsed += ROLES * L;
    this.addRole(scores, at, w.self);
    this.addRole(scores, at + L, w.asPrev);
    this.addRole(scores, at + 2 * L, w.asNext);
    this.addRole(scores, at + 3 * L, w.asPrev2);
    this.addRole(scores, at + 4 * L, w.asNext2);
    // Only keys that start a phrase can match one: most words keep none, and phrase matching skips them without a lookup.
    const starting = w.lexFirst.filter(k => this.lexicon.startsPhrase(k));
    const lexFirst = starting.length ? starting : NO_KEYS;
    return { text, key: w.key, clitic: w.clitic, lexFirst, lexPlain: w.lexPlain, flags: w.flags, scores, at };
  }

  /** Adds the weights of a role's non-empty buckets to scores[at .. at + L). */
  private addRole(scores: Int16Array, at: number, ids: Int32Array): void {
    const index = this.index, w8 = this.weights, L = this.L;
    for (let k = 0; k < ids.length; k++) {
      const base = packedOffset(index, ids[k], L);
      if (base >= 0) for (let l = 0; l < L; l++) scores[at + l] += w8[base + l];
    }
  }

  /**
   * Emission scores (int8 units) into `e`: cached per-word role sums plus the per-token pair
   * features. All are integers far below 2^24, so float32 sums of them are exact.
   */
  private emissions(ws: readonly ScoredWord[], e: Float32Array, phraseBuffer: Int32Array): Float32Array {
    const x = this.extractor, L = this.L;
    const n = ws.length;
    const pairs = this.pairs;
    const phrase = x.phraseFeatures(ws, phraseBuffer);
    const w8 = this.weights, index = this.index;
    const b = this.boundary, pairAt = this.pairAt;
    for (let i = 0; i < n; i++) {
      const w = ws[i], p = i > 0 ? ws[i - 1] : b, q = i + 1 < n ? ws[i + 1] : b, p2 = i > 1 ? ws[i - 2] : b, q2 = i + 2 < n ? ws[i + 2] : b;
      const s0 = w.scores, s1 = p.scores, s2 = q.scores, s3 = p2.scores, s4 = q2.scores;
      // Each neighbour's row for its role: as previous (L), next (2L), two before (3L), two after (4L).
      const a0 = w.at, a1 = p.at + L, a2 = q.at + 2 * L, a3 = p2.at + 3 * L, a4 = q2.at + 4 * L;
      x.pairs(w, p, q, p2, q2, pairs, 0);
      // The pair features' weights first, then one sum per label kept in a local.
      let found = 0;
      for (let k = 0; k <= PAIRS; k++) {
        const id = k < PAIRS ? pairs[k] : phrase[i];
        const at = id >= 0 ? packedOffset(index, id, L) : -1;
        if (at >= 0) pairAt[found++] = at;
      }
      const row = i * L;
      for (let l = 0; l < L; l++) {
        let sum = s0[a0 + l] + s1[a1 + l] + s2[a2 + l] + s3[a3 + l] + s4[a4 + l];
        for (let k = 0; k < found; k++) sum += w8[pairAt[k] + l];
        e[row + l] = sum;
      }
    }
    return e;
  }

  /**
   * Labels and, per name token, a confidence from the margin over the best alternative path.
   * Only names carry a confidence (0 elsewhere): the backward pass starts at the first one.
   */
  tag(words: readonly string[]): { labels: Uint8Array; confidence: Float64Array } {
    const ws: ScoredWord[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) ws[i] = this.words.get(words[i]);
    return this.tagScored(ws);
  }

  /**
   * tag() of the sentence words[from, to) of an article, its words found by their word ids while those
   * are current, written at [from, to) of the article's `labels` and `confidence` (zero where no name is).
   */
  tagSentence(words: readonly Written[], ids: WordIds | undefined, from: number, to: number, labels: Uint8Array, confidence: Float64Array): void {
    this.decode(this.scoredWords(words, ids, from, to), labels, confidence, from);
  }

  private scoredWords(words: readonly Written[], ids: WordIds | undefined, from: number, to: number): ScoredWord[] {
    const ws: ScoredWord[] = new Array(to - from);
    for (let i = from; i < to; i++) ws[i - from] = this.words.of(words, ids, i);
    return ws;
  }

  private tagScored(ws: readonly ScoredWord[]): { labels: Uint8Array; confidence: Float64Array } {
    const out = { labels: new Uint8Array(ws.length), confidence: new Float64Array(ws.length) };
    this.decode(ws, out.labels, out.confidence, 0);
    return out;
  }

  /** Labels and name confidences of `ws` into labels[at ..] and confidence[at ..] (left as they are for other tokens). */
  private decode(ws: readonly ScoredWord[], labels: Uint8Array, confidence: Float64Array, at: number): void {
    const n = ws.length;
    const s = this.scratchFor(n);
    const e = this.emissions(ws, s.emissions, s.phrase);
    const path = viterbi(e, n, this.trans, this.moves, s.forward, s.back, s.labels);
    for (let i = 0; i < n; i++) labels[at + i] = path[i];
    let first = 0;
    while (first < n && path[first] === O) first++;
    if (first === n) return;
    const m = margins(e, n, this.trans, path, this.moves, s.forward, s.backward, s.margins, first);
    const t = this.file.temperature / this.file.scale;
    for (let i = first; i < n; i++) if (path[i] !== O) confidence[at + i] = 1 / (1 + Math.exp(-m[i] / t));
  }

  /** Decoding buffers for sentences of up to n tokens, reused: sentences are decoded one at a time. */
  private scratchFor(n: number): Scratch {
    if (this.scratch.margins.length < n) {
      const size = Math.max(n, 2 * this.scratch.margins.length, 64), L = this.L;
      this.scratch = {
        emissions: new Float32Array(size * L), phrase: new Int32Array(size), forward: new Float64Array(size * L), back: new Uint8Array(size * L),
        backward: new Float64Array(size * L), margins: new Float64Array(size), labels: new Uint8Array(size),
      };
    }
    return this.scratch;
  }

}

const PROBE = ['الرئيس', 'الروسي', 'فلاديمير', 'بوتين', 'وأكد', 'لمنظمة', 'الأمن', 'والتعاون', 'في', 'أوروبا', '،', '2020', 'Kremlin', 'ناگورنو'];

/**
 * Features of a fixed sentence, hashed. If the text layer (normalisation,
 * clitics) or the feature code changes, the weights no longer mean what they
 * did; the mismatch shows in `TaggerModel.stale` and the model test fails.
 */
export function featureFingerprint(extractor: FeatureExtractor): number {
  const f = extractor.extract(PROBE);
  let h = 0x811c9dc5;
  for (const id of f.ids) h = Math.imul(h ^ id, 0x01000193);
  return h >>> 0;
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
