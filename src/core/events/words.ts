// The event recogniser's non-trigger word classes (media/lang/ar/event-words.json), folded
// once: counts of victims, anaphoric determiners, impersonal verbs, relative pronouns, support verbs.
import { lexicon } from '../lang/lexicon';
import { wordKey } from '../recognize/word-key';
import { inflectArabicVerb } from '../lang/inflect';

interface EventWordsJson {
  countWords: string[];
  anaphoricDeterminers: string[];
  impersonalVerbs: string[];
  agentMarkers: string[];
  relativePronouns: string[];
  /** Words that name the sides of an event after its noun (الاجتماع بين…): the noun reports it anew. */
  participantMarkers: string[];
  /** Words that name whom a meeting was with (اللقاء مع…): a meeting noun then reports it anew. */
  companionMarkers: string[];
  futureParticles: string[];
  /** Condition words: an act after them is hypothetical (إذا رفض، لو وقع). */
  conditionWords: string[];
  sourceMarkers: string[];
  supportVerbs: string[];
  /** Verbs whose object names those a meeting brought together (اللقاء الذي ضم X وY); lemmas. */
  gatheringVerbs: string[];
  /** Pronoun subjects of a reported clause and the speaker's own side (بأنه، بلاده): the reporter acts. */
  reportedSubjects: string[];
  /** Subordinators that open another clause (بسبب، حيث): a place after them is not the event's. */
  clauseSubordinators: string[];
  /** Titles and counterpart nouns that may stand between a conjunction and a name (ونظيره الفرنسي). */
  coordinationTitles: string[];
}

export type EventWordClass = keyof EventWordsJson;

let folded: Record<EventWordClass, ReadonlySet<string>> | undefined;

/** The folded words of one class. */
export function eventWords(wordClass: EventWordClass): ReadonlySet<string> {
  if (!folded) {
    const json = lexicon<EventWordsJson>('ar', 'event-words');
    folded = {} as Record<EventWordClass, ReadonlySet<string>>;
    for (const k of Object.keys(json) as EventWordClass[]) if (Array.isArray(json[k])) folded[k] = new Set(json[k].map(wordKey));
    // Support verbs are lemmas: every form of them, verbal nouns included (إعلان، فرض).
    folded.supportVerbs = new Set(json.supportVerbs.flatMap(l => inflectArabicVerb(wordKey(l)).map(f => f.form)));
    folded.gatheringVerbs = new Set(json.gatheringVerbs.flatMap(l => inflectArabicVerb(wordKey(l)).map(f => f.form)));
  }
  return folded[wordClass];
}
