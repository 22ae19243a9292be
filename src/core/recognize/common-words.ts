// Words news text uses often and almost never inside a name, from
// media/data/common-words.json (built by scripts/build-common-words.ts).
import { readDataJson } from '../data-dir';

let words: Set<string> | undefined;

/** True for a matchKey the corpora almost always leave outside names (تجاوز، تصريح). */
export function isCommonWord(key: string): boolean {
  words ??= new Set(readDataJson<{ words: string[] }>('common-words.json').words);
  return words.has(key);
}
