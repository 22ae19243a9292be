// Names joined by و to a mention: the coordinated subjects of a dual or plural verb (بوتين وماكرون
// يدعوان) and the coordinated targets after a trigger.
import { isNisba, nameAfterTitles, type Discourse } from '../recognize/discourse';
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
