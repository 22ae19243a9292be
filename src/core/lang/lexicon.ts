// One loader for the word lists the recognisers reason with (titles, place and organisation
// kinds, speech verbs, event triggers and frames…): one JSON file per word class and language
// under media/lang/<language>/, as spaCy keeps lang/ar/. Mechanism files ask here and hold no
// lists, so adding a word is a data change with a test sentence, never a code change.
import { readDataJson } from '../data-dir';

export type LexiconLanguage = 'ar' | 'en';

const loaded = new Map<string, unknown>();

/** The word class `wordClass` of `language` (media/lang/<language>/<wordClass>.json), read once. */
export function lexicon<T>(language: LexiconLanguage, wordClass: string): T {
  const key = `${language}/${wordClass}`;
  if (!loaded.has(key)) loaded.set(key, readDataJson<T>(`../lang/${key}.json`));
  return loaded.get(key) as T;
}
