// The event recogniser's non-trigger word classes (media/lang/ar/event-words.json), folded
// once: counts of victims, anaphoric determiners, impersonal verbs, relative pronouns.
import { lexicon } from '../lang/lexicon';
import { wordKey } from '../recognize/word-key';

interface EventWordsJson {
  countWords: string[];
  anaphoricDeterminers: string[];
  impersonalVerbs: string[];
  agentMarkers: string[];
  relativePronouns: string[];
  futureParticles: string[];
}

export type EventWordClass = keyof EventWordsJson;

let folded: Record<EventWordClass, ReadonlySet<string>> | undefined;

/** The folded words of one class. */
export function eventWords(wordClass: EventWordClass): ReadonlySet<string> {
  if (!folded) {
    const json = lexicon<EventWordsJson>('ar', 'event-words');
    folded = {} as Record<EventWordClass, ReadonlySet<string>>;
    for (const k of Object.keys(json) as EventWordClass[]) if (Array.isArray(json[k])) folded[k] = new Set(json[k].map(wordKey));
  }
  return folded[wordClass];
}
