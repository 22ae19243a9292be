// The person who holds an office named right after a verb: a title whose body or place stands between it and
// the name (أمير منطقة X فلان، رئيس المكتب السياسي لحركة X فلان), or a spokesman named after the body he speaks for.
import { COMPLEMENTISER_WORD, WordMemo, isGoverned, isTitleWord, nameAfterTitles, wordIndexAt, type Discourse } from '../recognize/discourse';
import { wordKey } from '../recognize/word-key';
import { kindsWithRole, organisationKinds, placeKinds } from '../lang/lexicon';
import type { Mention } from '../types';
import { eventWords } from './words';

let classifiers: Set<string> | undefined;
/** Kind nouns left outside the name they classify (تنظيم X، دولة X), folded as event words are. */
export const classifierKinds = (): Set<string> =>
  (classifiers ??= new Set([...kindsWithRole(organisationKinds(), 'outside'), ...kindsWithRole(placeKinds(), 'outside')].map(wordKey)));
/** A kind noun left outside the name, also behind a preposition (لحركة X، بوزارة X): the kind of the name after it. */
const CLASSIFIER_READING = new WordMemo(w => w.keys.some(k => classifierKinds().has(k)));

/**
 * A title whose body or place is no recognised name (مدير المرصد الوطني فلان، خطيب جمعة مسجد
 * المدينة فلان): the person after at most two such words, before any comma or preposition.
 */
export function officeHolder(d: Discourse, k: number, sEnd: number): { mention: Mention; word: number } | undefined {
  if (k >= sEnd || !isTitleWord(d, k)) return undefined;
  for (let j = k + 1, free = 2; j < sEnd && j <= k + 7; j++) {
    if (/[،,.:؛«"“]/.test(d.words[j].gap) || COMPLEMENTISER_WORD.word(d, j)) return undefined;
    const m = d.mentionAt[j];
    // A preposition standing alone (في، على) opens a place or circumstance, not the office's body.
    if (!m && eventWords('interposedPrepositions').has(d.words[j].key)) return undefined;
    if (m?.type === 'PER') return !isGoverned(d, j, m) ? { mention: m, word: j } : undefined;
    // The place or body the office is of (أمير منطقة عسير فلان، وزير خارجية مصر فلان) stands between: past its
    // name only titles may come (الأمير فلان); any other word there (برئاسة، حيث) begins another phrase.
    if (m) {
      while (j + 1 < sEnd && d.words[j + 1].start < m.end) j++;
      free = 0;
      continue;
    }
    // A kind noun before the body's name (لحركة X، بوزارة X) belongs to that name.
    if (!isTitleWord(d, j) && !(CLASSIFIER_READING.word(d, j) && d.mentionAt[j + 1]) && free-- <= 0) return undefined;
  }
  return undefined;
}

/** A person named right after mention m, titles between (… الأمريكية العقيد فلان), in one clause and ungoverned. */
export function personAfter(d: Discourse, m: Mention, sEnd: number): { mention: Mention; word: number } | undefined {
  const j = wordIndexAt(d, m.end);
  if (j >= sEnd || /[،,.:؛«"“(]/.test(d.words[j].gap)) return undefined;
  const found = nameAfterTitles(d, j, 3, sEnd);
  return found?.mention.type === 'PER' && !isGoverned(d, found.word, found.mention, j) ? found : undefined;
}
