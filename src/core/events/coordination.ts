// Names joined by و to a mention: the coordinated subjects of a dual or plural verb (بوتين وماكرون
// يدعوان), the coordinated targets after a trigger, and a name joined to its own people (وحلفاؤه)
// that leads a plural verb alone.
import { isNisba, nameAfterTitles, wordIndexAt, type Discourse } from '../recognize/discourse';
import { withoutObjectPronoun } from '../lang/inflect';
import { oneClause } from './roles';
import type { Mention } from '../types';
import { eventWords } from './words';

/** Names joined to the mention at word j by و (titles and nisba between allowed), nearest first. */
export function coordinated(d: Discourse, j: number, dir: 1 | -1, limit: number): Array<{ mention: Mention; word: number }> {
  const out: Array<{ mention: Mention; word: number }> = [];
  const sentence = d.words[j].sentence;
  const sEnd = d.sentenceStart[sentence + 1];
  let at = j;
  while (out.length < limit) {
    // A body named again by a bare noun (bodyAt) has no mention at its word: nothing is coordinated with it there.
    const m = d.mentionAt[at];
    if (!m) break;
    if (dir === 1) {
      let k = at;
      while (k < sEnd && d.words[k].start < m.end) k++;
      if (k >= sEnd || !d.words[k].key.startsWith('و') || /[،,]/.test(d.words[k].gap)) break;
      const found = nameAfterTitles(d, k, 3, sEnd);
      if (!found) break;
      out.push(found);
      at = found.word;
    } else {
      // The conjunction is glued to the name (وماكرون) or to the title run before it (ونظيره الفرنسي).
      const sFirst = d.sentenceStart[sentence];
      let k = at;
      const ownConj = m.start > d.words[at].start && d.words[at].key.startsWith('و');
      if (!ownConj) {
        while (k - 1 >= sFirst && at - k < 4 && isTitleish(d, k - 1)) {
          k--;
          if (d.words[k].key.startsWith('و')) break;
        }
        if (k === at || !d.words[k].key.startsWith('و')) break;
      }
      if (k <= sFirst || /[،,]/.test(d.words[k].gap)) break;
      const before = d.words[k - 1];
      let q = k - 1;
      while (q > k - 5 && q >= d.sentenceStart[sentence] && !(d.mentionAt[q] && d.mentionAt[q]!.end >= before.end)) q--;
      const prev = d.mentionAt[q];
      if (!prev || prev.end < before.end || q < d.sentenceStart[sentence]) break;
      out.push({ mention: prev, word: q });
      at = q;
    }
  }
  return out;
}


function isTitleish(d: Discourse, j: number): boolean {
  const w = d.words[j];
  return w.keys.some(k => eventWords('coordinationTitles').has(k)) || isNisba(d, w);
}

const TA_MARBUTA_END = /ة[\u064B-\u0652]*$/;

/**
 * A name joined by و to its own people, a noun with a possessive ending and a describing adjective or قد after it,
 * right before a plural verb (الولايات المتحدة وحلفاؤها استهدفوا، فلان وفريقه القانوني رفضوا): the name leads the group.
 */
export function withCompanions(d: Discourse, m: Mention, verb: number): boolean {
  let k = wordIndexAt(d, m.end - 1) + 1;
  if (k >= verb || d.mentionAt[k] || !oneClause(d, k - 1, verb)) return false;
  const w = d.words[k];
  // The folded key spells ة as ه: the written word tells the pronoun from the feminine ending (والمدينة).
  if (!w.key.startsWith('و') || !withoutObjectPronoun(w.key).length || TA_MARBUTA_END.test(w.text)) return false;
  for (k++; k < verb && k <= wordIndexAt(d, m.end - 1) + 3; k++) {
    if (!d.words[k].prefixes.some(p => p.endsWith('ال')) && !eventWords('perfectParticles').has(d.words[k].key)) return false;
  }
  return k === verb;
}
