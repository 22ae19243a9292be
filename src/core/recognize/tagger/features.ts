// Per-token feature buckets. A feature is an integer (template, value-hash)
// mixed into 2^bits buckets, so no strings are built per token. Most features
// depend on one word only, in one role (itself, left or right neighbour, two
// away): those are computed once per distinct word and cached, which lets the
// model also cache their summed scores (model.ts). Only the few features that
// join two words are mixed per token.
import { hashRange, hashString } from '../../text/hash';
import { memoByString } from '../../text/text-memo';
import { mix, mixMasked } from './hash';
import { FLAG_COUNT, FLAGS, type Lexicon } from './lexicon';
import { lexKey, splitWord, wordKey, wordShape } from './word';

/** What the per-token pair and phrase features need to know about a word. */
export interface WordCore {
  key: number;
  clitic: number;
  /** Phrase lookup keys: the word as written, then without clitics. */
  lexFirst: string[];
  lexPlain: string;
  flags: number;
}

/** Feature ids of one word in each role it can play for the token being labelled. */
export interface WordFeatures extends WordCore {
  self: Int32Array;
  asPrev: Int32Array;
  asNext: Int32Array;
  asPrev2: Int32Array;
  asNext2: Int32Array;
}

const enum T {
  Key, Bare, KeyPrevKey, KeyNextKey,
  Bias, Pre1, Pre2, Pre3, Suf1, Suf2, Suf3, Suf4, Clitic, Shape, BareShape, Flag,
  PrevKey, PrevBare, PrevShape, PrevSuf2, PrevFlag,
  NextKey, NextBare, NextShape, NextPre2, NextFlag,
  Prev2Key, Prev2Flag, Next2Key, Next2Flag,
  LeftPair, RightPair, CliticPair, FlagPair, FlagNextPair, CliticFlag, Phrase, PrevKeyFlag, FlagNextKey, Prev3Key, Next3Key, Surface,
  Cluster1, Cluster2, Cluster3, PrevCluster1, PrevCluster2, NextCluster1, NextCluster2, ClusterArticle,
  Length,
}
/** Self features Key and Bare come first, then the pairs KeyPrevKey and KeyNextKey. */
const SELF_IDENTITY = 2;
/** Leading features of a token that name the word itself; training may hide them. */
export const IDENTITY_FEATURES = 4;
const CUE_MASK = FLAGS.personTitle | FLAGS.speechVerb | FLAGS.locationCue | FLAGS.organisationCue | FLAGS.nisba;
const NAME_MASK = FLAGS.nameToken | FLAGS.perGazetteer | FLAGS.locGazetteer | FLAGS.orgGazetteer | FLAGS.country;

export interface SentenceFeatures {
  /** Bucket ids, token after token. */
  ids: Int32Array;
  /** Token i owns ids[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
}

export class FeatureExtractor {
  private readonly mask: number;
  /** Stands for the missing neighbour before the first or after the last token. */
  readonly boundary: WordFeatures;

  constructor(
    private readonly lexicon: Lexicon,
    bits: number,
    private readonly nisbaOf: (bare: string) => boolean,
  ) {
    this.mask = (1 << bits) - 1;
    const b = wordHash('<s>');
    const ids = (...xs: number[]): Int32Array => this.ids(xs);
    this.boundary = {
      key: b, clitic: b, flags: -1, lexFirst: [], lexPlain: '', self: ids(),
      asPrev: ids(mix(T.PrevKey, b), mix(T.PrevBare, b), mix(T.PrevShape, b), mix(T.PrevSuf2, b)),
      asNext: ids(mix(T.NextKey, b), mix(T.NextBare, b), mix(T.NextShape, b), mix(T.NextPre2, b)),
      asPrev2: ids(mix(T.Prev2Key, b)),
      asNext2: ids(mix(T.Next2Key, b)),
    };
  }

  /** Masks feature hashes into bucket ids (a plain loop: Int32Array.from with a callback is slow). */
  private readonly ids = (xs: readonly number[]): Int32Array => {
    const m = this.mask, n = xs.length, out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = xs[i] & m;
    return out;
  };

  /** Features of a word, cached for training passes over the same corpus. */
  readonly word: (word: string) => WordFeatures = memoByString(w => this.describe(w), 200_000);

  /** Features of a word, not cached (the tagger caches summed scores instead). */
  describe(word: string): WordFeatures {
    const key = wordKey(word);
    const parts = splitWord(key);
    const b = parts.bare;
    const plain = lexKey(key);
    const plainBare = b === key ? plain : lexKey(b);
    let flags = this.lexicon.lookupKeys(plain, b === key ? null : plainBare, parts.article);
    if (this.nisbaOf(b)) flags |= FLAGS.nisba;
    const kh = wordHash(key), bh = hashString(b), sh = hashString(wordShape(word));
    const clitic = wordHash(parts.proclitic + (parts.article ? '+ال' : ''));
    const ids = this.ids;
    const withFlags = (xs: number[], template: number, f: number): number[] => {
      for (let bit = 0; bit < FLAG_COUNT; bit++) if (f & (1 << bit)) xs.push(mix(template, bit));
      return xs;
    };
    const h = (s: string): number => hashString(s);
    // Prefixes and suffixes of the stem, hashed in place (same values as hashing the slice).
    const bl = b.length;
    const pre = (k: number): number => hashRange(b, 0, Math.min(k, bl));
    const suf = (k: number): number => hashRange(b, Math.max(0, bl - k), bl);
    // Distributional class of the stem at three granularities; '' (too rare to place) is a value too.
    const cl = this.lexicon.clusterOfKey(plainBare);
    const c1 = hashRange(cl, 0, Math.min(1, cl.length)), c2 = hashRange(cl, 0, Math.min(2, cl.length));
    const lexFirst = [plain];
    if (b !== key) {
      lexFirst.push(plainBare);
      if (parts.article) lexFirst.push('ال' + plainBare);
    }
    const wf: WordFeatures = {
      key: kh,
      clitic,
      lexFirst,
      lexPlain: plain,
      flags,
      self: ids(withFlags([
        mix(T.Key, kh), mix(T.Bare, bh), mix(T.Bias, 0),
        mix(T.Pre1, pre(1)), mix(T.Pre2, pre(2)), mix(T.Pre3, pre(3)),
        mix(T.Suf1, suf(1)), mix(T.Suf2, suf(2)), mix(T.Suf3, suf(3)), mix(T.Suf4, suf(4)),
        // The spelling as written (diacritics aside) keeps على apart from the name علي in edited text.
        mix(T.Clitic, clitic), mix(T.Shape, sh), mix(T.Surface, h(word.replace(/[\u064b-\u0652\u0640]/g, ''))), mix(T.BareShape, bh, sh), mix(T.CliticFlag, clitic, flags & NAME_MASK),
        mix(T.Cluster1, c1), mix(T.Cluster2, c2), mix(T.Cluster3, h(cl)), mix(T.ClusterArticle, c2, parts.article ? 1 : 0),
        // Stem length with the article: short article words are mostly common nouns, long bare stems mostly foreign names.
        mix(T.Length, Math.min(bl, 8), parts.article ? 1 : 0),
      ], T.Flag, flags)),
      asPrev: ids(withFlags([mix(T.PrevKey, kh), mix(T.PrevBare, bh), mix(T.PrevShape, sh), mix(T.PrevSuf2, suf(2)), mix(T.PrevCluster1, c1), mix(T.PrevCluster2, c2)], T.PrevFlag, flags)),
      asNext: ids(withFlags([mix(T.NextKey, kh), mix(T.NextBare, bh), mix(T.NextShape, sh), mix(T.NextPre2, pre(2)), mix(T.NextCluster1, c1), mix(T.NextCluster2, c2)], T.NextFlag, flags)),
      asPrev2: ids(withFlags([mix(T.Prev2Key, kh)], T.Prev2Flag, flags & CUE_MASK)),
      asNext2: ids(withFlags([mix(T.Next2Key, kh)], T.Next2Flag, flags & CUE_MASK)),
    };
    return wf;
  }

  /** Features that join the token with its neighbours; the first two are identity features. */
  pairs(w: WordCore, p: WordCore, q: WordCore, p2: WordCore, q2: WordCore, out: Int32Array, at: number): void {
    const m = this.mask;
    out[at] = mixMasked(T.KeyPrevKey, w.key, p.key, m);
    out[at + 1] = mixMasked(T.KeyNextKey, w.key, q.key, m);
    out[at + 2] = mixMasked(T.LeftPair, p.key, p2.key, m);
    out[at + 3] = mixMasked(T.RightPair, q.key, q2.key, m);
    out[at + 4] = mixMasked(T.CliticPair, p.clitic, w.clitic, m);
    out[at + 5] = mixMasked(T.FlagPair, p.flags & (CUE_MASK | NAME_MASK), w.flags & NAME_MASK, m);
    out[at + 6] = mixMasked(T.FlagNextPair, w.flags & NAME_MASK, q.flags & (CUE_MASK | NAME_MASK), m);
    // A specific cue word next to any known name token ("نظيره" + a name).
    out[at + 7] = mixMasked(T.PrevKeyFlag, p.key, w.flags & NAME_MASK, m);
    out[at + 8] = mixMasked(T.FlagNextKey, w.flags & NAME_MASK, q.key, m);
  }

  /** Neighbours of token i, with the boundary stand-in past either end. */
  context(ws: readonly WordFeatures[], i: number): [WordFeatures, WordFeatures, WordFeatures, WordFeatures] {
    const n = ws.length, b = this.boundary;
    return [i > 0 ? ws[i - 1] : b, i + 1 < n ? ws[i + 1] : b, i > 1 ? ws[i - 2] : b, i + 2 < n ? ws[i + 2] : b];
  }

  /**
   * Per token, the feature of the longest gazetteer phrase covering it, or -1. Pass `out`
   * (at least ws.length long) to reuse one buffer across sentences; the tagger does.
   */
  phraseFeatures(ws: readonly WordCore[], out: Int32Array = new Int32Array(ws.length)): Int32Array {
    const n = ws.length;
    const codes = this.lexicon.matchPhrases(ws);
    const m = this.mask;
    for (let i = 0; i < n; i++) out[i] = codes[i] ? mixMasked(T.Phrase, codes[i], 0, m) : -1;
    return out;
  }

  /** All features of every token, flat (used by training; tagging sums cached scores instead). */
  extract(words: readonly string[]): SentenceFeatures {
    const ws = words.map(w => this.word(w));
    const n = ws.length;
    const offsets = new Int32Array(n + 1);
    const phrase = this.phraseFeatures(ws);
    let size = n;
    for (let i = 0; i < n; i++) {
      const [p, q, p2, q2] = this.context(ws, i);
      size += ws[i].self.length + PAIRS + p.asPrev.length + q.asNext.length + p2.asPrev2.length + q2.asNext2.length;
    }
    const ids = new Int32Array(size);
    const pairs = new Int32Array(PAIRS);
    let at = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = at;
      const w = ws[i];
      const [p, q, p2, q2] = this.context(ws, i);
      this.pairs(w, p, q, p2, q2, pairs, 0);
      ids.set(w.self.subarray(0, SELF_IDENTITY), at);
      ids.set(pairs.subarray(0, IDENTITY_FEATURES - SELF_IDENTITY), at + SELF_IDENTITY);
      at += IDENTITY_FEATURES;
      for (const part of [w.self.subarray(SELF_IDENTITY), pairs.subarray(IDENTITY_FEATURES - SELF_IDENTITY), p.asPrev, q.asNext, p2.asPrev2, q2.asNext2]) {
        ids.set(part, at);
        at += part.length;
      }
      if (phrase[i] >= 0) ids[at++] = phrase[i];
    }
    offsets[n] = at;
    return { ids: ids.subarray(0, at), offsets };
  }
}

export const PAIRS = 9;

/**
 * The hashes a word carries to every token's pair features (WordCore key and clitic), kept to
 * 30 bits so it stays a small integer: a full 32-bit hash becomes a heap-allocated number
 * each time it is passed to a call that is not inlined.
 */
function wordHash(s: string): number {
  return hashString(s) & 0x3fffffff;
}
