// Word lists the tagger consults as features: gazetteers and name tokens
// shipped inside the model file, cue words from triggers.ts.
import { readDataJson } from '../../data-dir';
import type { EntityType } from '../../types';
import { lexKey, splitWord, wordKey } from './word';
import { locationCues, organisationCues, personTitles, speechCues } from './triggers';

export const FLAGS = {
  perGazetteer: 1,
  locGazetteer: 2,
  orgGazetteer: 4,
  country: 8,
  /** Any token of a person name in the transliteration lexicon. */
  nameToken: 16,
  /** A name token seen in many different names. */
  frequentNameToken: 32,
  personTitle: 64,
  locationCue: 128,
  organisationCue: 256,
  speechVerb: 512,
  /** Adjective of a country (الروسي, الفرنسية). */
  nisba: 1024,
  /** Continues a multi-word gazetteer entry rather than starting it. */
  gazetteerInner: 2048,
  /** Knowledge-base names (media/data/kb.json): curated leaders, places, organisations. */
  kbPerson: 4096,
  kbPlace: 8192,
  kbOrganisation: 16384,
} as const;
export type FlagName = keyof typeof FLAGS;
export const FLAG_COUNT = 15;

/** What phrase matching reads of a word (see WordCore in features.ts). */
export interface PhraseWord {
  readonly lexFirst: readonly string[];
  readonly lexPlain: string;
}

/** Lists as stored in the model file: flag name -> folded words. */
export type LexiconLists = Partial<Record<FlagName, string[]>>;
/** Multi-word names by type, words folded and joined by spaces. */
export type PhraseLists = Partial<Record<EntityType, string[]>>;

const PHRASE_TYPES: EntityType[] = ['PER', 'LOC', 'ORG'];

/** The key a word's distributional cluster is stored under: its folded stem without clitics. */
export function clusterKey(word: string): string {
  return lexKey(splitWord(wordKey(word)).bare);
}

/** Cluster key -> path of hex digits, coarse to fine (built by scripts/build-clusters.ts). */
export type WordClusters = ReadonlyMap<string, string>;
interface ClusterFile { clusters: Record<string, string> }
let shared: WordClusters | undefined;

/** media/data/word-clusters.json, read on first use. */
export function wordClusters(): WordClusters {
  if (shared) return shared;
  const map = new Map<string, string>();
  for (const [path, words] of Object.entries(readDataJson<ClusterFile>('word-clusters.json').clusters)) {
    for (const w of words.split(' ')) map.set(w, path);
  }
  return (shared = map);
}

export class Lexicon {
  private readonly flags = new Map<string, number>();
  /**
   * First word -> second word -> [the words after the first, type code 1..3], longest first:
   * a common first word (جمهورية، وكالة) starts hundreds of names, the second word few.
   */
  private readonly phrases = new Map<string, Map<string, [string[], number][]>>();

  constructor(lists: LexiconLists, phrases: PhraseLists = {}, private readonly clusters: WordClusters = wordClusters()) {
    for (const [type, list] of Object.entries(phrases) as [EntityType, string[]][]) {
      const code = PHRASE_TYPES.indexOf(type) + 1;
      for (const phrase of list) {
        const [first, ...rest] = phrase.split(' ').map(lexKey);
        if (!rest.length) continue;
        let bySecond = this.phrases.get(first);
        if (!bySecond) this.phrases.set(first, (bySecond = new Map()));
        const list = bySecond.get(rest[0]);
        if (list) list.push([rest, code]);
        else bySecond.set(rest[0], [[rest, code]]);
      }
    }
    for (const bySecond of this.phrases.values()) for (const list of bySecond.values()) list.sort((a, b) => b[0].length - a[0].length);
    for (const [name, words] of Object.entries(lists) as [FlagName, string[]][]) this.addAll(words, FLAGS[name]);
    this.addAll(personTitles().map(wordKey), FLAGS.personTitle);
    this.addAll(speechCues().map(wordKey), FLAGS.speechVerb);
    this.addAll(locationCues().map(wordKey), FLAGS.locationCue);
    this.addAll(organisationCues().map(wordKey), FLAGS.organisationCue);
  }

  private addAll(words: string[], flag: number): void {
    for (const w of words) {
      const k = lexKey(w);
      this.flags.set(k, (this.flags.get(k) ?? 0) | flag);
    }
  }

  /** Cluster path of a bare stem (folded, clitics removed), or '' for a word too rare to place. */
  cluster(bare: string): string {
    return this.clusterOfKey(lexKey(bare));
  }

  /** cluster() for a stem already passed through lexKey. */
  clusterOfKey(bareKey: string): string {
    return this.clusters.get(bareKey) ?? '';
  }

  /** Flags of the word itself, of its bare stem, and of the stem with the article. */
  lookup(key: string, bare: string, article: boolean): number {
    return this.lookupKeys(lexKey(key), bare === key ? null : lexKey(bare), article);
  }

  /** lookup() on keys already passed through lexKey; `bareKey` null when the stem is the word. */
  lookupKeys(plainKey: string, bareKey: string | null, article: boolean): number {
    const f = this.flags;
    let flags = f.get(plainKey) ?? 0;
    if (bareKey !== null) {
      flags |= f.get(bareKey) ?? 0;
      if (article) flags |= f.get('ال' + bareKey) ?? 0;
    }
    return flags;
  }

  /** True when some multi-word name starts with this key: matchPhrases looks up no other first keys. */
  startsPhrase(key: string): boolean {
    return this.phrases.has(key);
  }

  /**
   * Longest multi-word names: per token 0, or for type 1..3: 2 * type - 1 at
   * the first word, 2 * type inside, 6 + type at the last word (where a name
   * ends). A word's `lexFirst` are its lookup keys with and without clitics
   * (only those that start some name), `lexPlain` its plain key.
   */
  matchPhrases(words: readonly PhraseWord[]): Uint8Array {
    const n = words.length;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const first = words[i].lexFirst;
      if (first.length === 0) continue;
      if (i + 1 >= n) break;
      const second = words[i + 1].lexPlain;
      let best = 0, code = 0;
      for (let f = 0; f < first.length; f++) {
        const candidates = this.phrases.get(first[f])?.get(second);
        if (!candidates) continue;
        for (let c = 0; c < candidates.length; c++) {
          const [tail, type] = candidates[c];
          if (tail.length <= best || i + tail.length >= n) continue;
          let ok = true;
          for (let j = 1; j < tail.length && ok; j++) ok = words[i + 1 + j].lexPlain === tail[j];
          if (ok) { best = tail.length; code = type; }
        }
      }
      if (!best) continue;
      out[i] = 2 * code - 1;
      for (let j = 1; j < best; j++) out[i + j] = 2 * code;
      out[i + best] = 6 + code;
      i += best;
    }
    return out;
  }

}
