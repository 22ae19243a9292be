// Word lists the tagger consults as features: gazetteers and name tokens
// shipped inside the model file, cue words from triggers.ts.
import { lexKey, wordKey } from './word';
import { LOCATION_CUES, ORGANISATION_CUES, PERSON_TITLES, SPEECH_VERBS } from './triggers';

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
} as const;
export type FlagName = keyof typeof FLAGS;
export const FLAG_COUNT = 12;

/** Lists as stored in the model file: flag name -> folded words. */
export type LexiconLists = Partial<Record<FlagName, string[]>>;

export class Lexicon {
  private readonly flags = new Map<string, number>();

  constructor(lists: LexiconLists) {
    for (const [name, words] of Object.entries(lists) as [FlagName, string[]][]) this.addAll(words, FLAGS[name]);
    this.addAll(PERSON_TITLES.map(wordKey), FLAGS.personTitle);
    this.addAll(SPEECH_VERBS.map(wordKey), FLAGS.speechVerb);
    this.addAll(LOCATION_CUES.map(wordKey), FLAGS.locationCue);
    this.addAll(ORGANISATION_CUES.map(wordKey), FLAGS.organisationCue);
  }

  private addAll(words: string[], flag: number): void {
    for (const w of words) {
      const k = lexKey(w);
      this.flags.set(k, (this.flags.get(k) ?? 0) | flag);
    }
  }

  /** Flags of the word itself, of its bare stem, and of the stem with the article. */
  lookup(key: string, bare: string, article: boolean): number {
    const f = this.flags;
    let flags = f.get(lexKey(key)) ?? 0;
    if (bare !== key) {
      const b = lexKey(bare);
      flags |= f.get(b) ?? 0;
      if (article) flags |= f.get('ال' + b) ?? 0;
    }
    return flags;
  }
}
