// Words whose first letter looks like a proclitic but is the word's own (لاهاي، بريطانيا), by
// their counts in the unlabelled news: media/data/whole-words.json (scripts/build-whole-words.ts).
import { readDataJson } from '../data-dir';

let words: Set<string> | undefined;

/** True for a matchKey the news uses as a word of its own far more than the rest after its first letter. */
export function isWholeWord(key: string): boolean {
  words ??= new Set(readDataJson<{ words: string[] }>('whole-words.json').words);
  return words.has(key);
}
