// "X was at his reception" (وكان في استقباله لدى وصوله المطار الأمير فلان): the one who receives is the subject of
// كان, named after the noun and its circumstance; the one received is the noun's pronoun or genitive.
import { isGoverned, isTitleWord, nameAfterTitles, type Discourse } from '../recognize/discourse';
import { placeKinds } from '../lang/lexicon';
import { wordKey } from '../recognize/word-key';
import type { Mention } from '../types';
import type { EventFrame } from './triggers';
import { hasWord, oneClause, sentenceSubject } from './roles';

/** CAMEO "host a visit". */
const HOSTING = '043';
/** The host is named within this many words after the noun (a circumstance of arrival may stand between). */
const HOST_REACH = 25;

let facilities: Set<string> | undefined;
/** Nouns that take a namesake in construct (مطار الملك فلان، مستشفى الأمير فلان): the name after them is the place's. */
const isFacility = (d: Discourse, j: number): boolean => {
  facilities ??= new Set((placeKinds().facilities?.entries ?? []).map(wordKey));
  // With the article (للمؤتمر الرئيس فلان) the noun is no construct head over the name after it.
  return j >= 0 && d.words[j].keys.some((k, r) => facilities!.has(k) && !/(?:ال|لل)$/.test(d.words[j].prefixes[r]));
};

/** The frame is the noun of كان في استقبال …: the reception reported with its host named after it. */
export function isReceptionFrame(d: Discourse, f: EventFrame): boolean {
  return f.cameo === HOSTING && !f.verbal && f.from >= 2 && hasWord(d, f.from - 1, 'receptionPrepositions') && hasWord(d, f.from - 2, 'auxiliaryVerbs') &&
    oneClause(d, f.from - 2, f.from);
}

/** The host named after a reception noun: the first person there, ungoverned, who is no namesake of a place (مطار الملك فلان). */
export function receptionHost(d: Discourse, f: EventFrame, sEnd: number): Mention | undefined {
  for (let j = f.to; j < sEnd && j < f.to + HOST_REACH; j++) {
    const m = d.mentionAt[j];
    if (!m || m.type !== 'PER' || m.start !== d.words[j].start || isGoverned(d, j, m)) continue;
    let t = j;
    while (t > f.to && isTitleWord(d, t - 1)) t--;
    if (!isFacility(d, t - 1)) return m;
  }
  return undefined;
}

/** The one received: the person the noun's pronoun stands for (the sentence's subject before it), or its genitive, named or titled. */
export function receptionGuest(d: Discourse, f: EventFrame, sEnd: number, titled: (j: number) => Mention | undefined): string | undefined {
  if (f.possessed) return sentenceSubject(d, f.from)?.entity;
  return (nameAfterTitles(d, f.to, 4, sEnd)?.mention ?? titled(f.to))?.entity;
}
