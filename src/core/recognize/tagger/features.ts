// Per-token feature buckets for a sentence, computed once before decoding.
// Each feature is an integer (template, value-hash) mixed into 2^bits buckets.
import { hashString, mix } from './hash';
import { FLAG_COUNT, FLAGS, type Lexicon } from './lexicon';
import { splitWord, wordKey, wordShape } from './word';

interface WordInfo {
  key: number;
  bare: number;
  pre: [number, number, number];
  suf: [number, number, number];
  clitic: number;
  shape: number;
  flags: number;
}

// Template ids. The first IDENTITY_TEMPLATES features of a token name the word
// itself; training may drop them so the model also learns from context alone.
const enum T {
  Key, Bare, KeyPrevKey, KeyNextKey,
  Bias, Pre1, Pre2, Pre3, Suf1, Suf2, Suf3, Clitic, Shape,
  PrevKey, NextKey, Prev2Key, Next2Key, PrevBare, NextBare, PrevShape, NextShape,
  Flag, PrevFlag, NextFlag, Prev2Flag, Next2Flag, FlagPair, FlagNextPair, BareShape,
}
export const IDENTITY_FEATURES = 4;
const BOUNDARY = hashString('<s>');
const CUE_MASK = FLAGS.personTitle | FLAGS.speechVerb | FLAGS.locationCue | FLAGS.organisationCue | FLAGS.nisba;
const NAME_MASK = FLAGS.nameToken | FLAGS.perGazetteer | FLAGS.locGazetteer | FLAGS.orgGazetteer | FLAGS.country;

export interface SentenceFeatures {
  /** Bucket ids, token after token. */
  ids: Int32Array;
  /** Token i owns ids[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
}

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  private readonly mask: number;

  constructor(
    private readonly lexicon: Lexicon,
    bits: number,
    private readonly nisbaOf: (bare: string) => boolean,
  ) {
    this.mask = (1 << bits) - 1;
  }

  private info(word: string): WordInfo {
    const hit = this.cache.get(word);
    if (hit) return hit;
    const key = wordKey(word);
    const parts = splitWord(key);
    const b = parts.bare;
    let flags = this.lexicon.lookup(key, b, parts.article);
    if (this.nisbaOf(b)) flags |= FLAGS.nisba;
    const info: WordInfo = {
      key: hashString(key),
      bare: hashString(b),
      pre: [hashString(b.slice(0, 1)), hashString(b.slice(0, 2)), hashString(b.slice(0, 3))],
      suf: [hashString(b.slice(-1)), hashString(b.slice(-2)), hashString(b.slice(-3))],
      clitic: hashString(parts.proclitic + (parts.article ? '+ال' : '')),
      shape: hashString(wordShape(word)),
      flags,
    };
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(word, info);
    return info;
  }

  extract(words: readonly string[]): SentenceFeatures {
    const n = words.length;
    const infos = words.map(w => this.info(w));
    const ids: number[] = [];
    const offsets = new Int32Array(n + 1);
    const m = this.mask;
    const at = (i: number): WordInfo | undefined => (i >= 0 && i < n ? infos[i] : undefined);
    for (let i = 0; i < n; i++) {
      offsets[i] = ids.length;
      const w = infos[i];
      const p = at(i - 1), q = at(i + 1), p2 = at(i - 2), q2 = at(i + 2);
      const pk = p ? p.key : BOUNDARY, qk = q ? q.key : BOUNDARY;
      ids.push(
        mix(T.Key, w.key) & m, mix(T.Bare, w.bare) & m, mix(T.KeyPrevKey, w.key, pk) & m, mix(T.KeyNextKey, w.key, qk) & m,
        mix(T.Bias, 0) & m,
        mix(T.Pre1, w.pre[0]) & m, mix(T.Pre2, w.pre[1]) & m, mix(T.Pre3, w.pre[2]) & m,
        mix(T.Suf1, w.suf[0]) & m, mix(T.Suf2, w.suf[1]) & m, mix(T.Suf3, w.suf[2]) & m,
        mix(T.Clitic, w.clitic) & m, mix(T.Shape, w.shape) & m,
        mix(T.PrevKey, pk) & m, mix(T.NextKey, qk) & m,
        mix(T.Prev2Key, p2 ? p2.key : BOUNDARY) & m, mix(T.Next2Key, q2 ? q2.key : BOUNDARY) & m,
        mix(T.PrevBare, p ? p.bare : BOUNDARY) & m, mix(T.NextBare, q ? q.bare : BOUNDARY) & m,
        mix(T.PrevShape, p ? p.shape : BOUNDARY) & m, mix(T.NextShape, q ? q.shape : BOUNDARY) & m,
        mix(T.BareShape, w.bare, w.shape) & m,
      );
      pushFlags(ids, T.Flag, w.flags, m);
      if (p) pushFlags(ids, T.PrevFlag, p.flags, m);
      if (q) pushFlags(ids, T.NextFlag, q.flags, m);
      if (p2) pushFlags(ids, T.Prev2Flag, p2.flags & CUE_MASK, m);
      if (q2) pushFlags(ids, T.Next2Flag, q2.flags & CUE_MASK, m);
      // Conjunctions a linear model cannot form itself: "title + known name".
      ids.push(mix(T.FlagPair, p ? p.flags & (CUE_MASK | NAME_MASK) : -1, w.flags & NAME_MASK) & m);
      ids.push(mix(T.FlagNextPair, w.flags & NAME_MASK, q ? q.flags & (CUE_MASK | NAME_MASK) : -1) & m);
    }
    offsets[n] = ids.length;
    return { ids: Int32Array.from(ids), offsets };
  }
}

function pushFlags(ids: number[], template: number, flags: number, m: number): void {
  for (let b = 0; b < FLAG_COUNT; b++) if (flags & (1 << b)) ids.push(mix(template, b) & m);
}
