// The common-word list (media/data/common-words.json): Arabic words the
// annotated corpora use often and almost never inside a name. One function so
// the shipped list and each cross-validation fold's list (built without the
// held-out sentences) follow the same rule.
import { matchKey } from '../../src/core/text/normalize';
import type { CorpusName, Sentence } from './corpora';

/** Corpora the shipped list is built from (ANERcorp training portion, filtered NewsFANE, Wojood sample). */
export const COMMON_WORD_CORPORA: CorpusName[] = ['anercorp', 'newsfane', 'wojood'];
/** Seen at least this often… */
export const MIN_COUNT = 3;
/** …and inside a name at most this share of the time. */
export const MAX_NAME_SHARE = 0.03;

/** Sorted match keys of the common words in `sentences`. */
export function commonWordKeys(sentences: Iterable<Sentence>): string[] {
  const seen = new Map<string, { n: number; named: number }>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      if (!/^\p{Script=Arabic}{2,}$/u.test(w)) return;
      const key = matchKey(w);
      const c = seen.get(key) ?? { n: 0, named: 0 };
      c.n++;
      if (s.labels[i] !== 0) c.named++;
      seen.set(key, c);
    });
  }
  return [...seen]
    .filter(([, c]) => c.n >= MIN_COUNT && c.named / c.n <= MAX_NAME_SHARE)
    .map(([k]) => k)
    .sort();
}
