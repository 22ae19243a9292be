// A subject written as a chain of titles, bodies and names ends in the subject's own name
// (رئيس أركان الجيش الجنرال فلان، خطيب جمعة المدينة فلان، مدير المرصد فلان): the person at the
// end of the chain speaks and acts, not the body or place that describes the office. Shared by
// speaker attribution and event actors.
import type { Mention } from '../types';
import { COMPLEMENTISERS, isGoverned, nameAfterTitles, wordIndexAt, type Discourse } from './discourse';
import { cueWords } from '../lang/lexicon';
import { wordKey } from './word-key';

let relatives: Set<string> | undefined;
/** Relative pronouns (الذي، التي): a name before one is the subject of the clause's later verb. */
export const RELATIVES = (): Set<string> => (relatives ??= new Set((cueWords('ar').relatives ?? []).map(wordKey)));

/** Words where what is said begins (a quotation): no chain runs into them. */
export type Blocked = (word: number) => boolean;

/** The last person of the chain that starts with `first`, else `first`. */
export function lastOfChain(d: Discourse, first: Mention, end: number, blocked: Blocked): Mention {
  let best = first;
  let m = first;
  for (let links = 0; links < 4; links++) {
    const next = nextLink(d, m, end, blocked);
    if (!next) break;
    m = next;
    if (m.type === 'PER') best = m;
  }
  return best;
}

/**
 * The next name of a subject's chain after m: titles between, and a word or two a name may have
 * beyond what was recognised (خطيب جامع المدينة فلان; after a person only one). A comma, a
 * preposition, a complementiser or و ends the chain (بوتين وأردوغان are two subjects).
 */
function nextLink(d: Discourse, m: Mention, end: number, blocked: Blocked): Mention | undefined {
  let free = m.type === 'PER' ? 1 : 2;
  for (let j = wordIndexAt(d, m.end); j < end && j <= wordIndexAt(d, m.end) + 6; j++) {
    const key = d.words[j].key;
    if (blocked(j) || COMPLEMENTISERS.has(key) || RELATIVES().has(key) || /[،,.:;-]/.test(d.words[j].gap)) return undefined;
    const next = nameAfterTitles(d, j, 4, end);
    if (next) {
      const n = next.mention;
      // A conjunction glued before the name (وفلان) starts a second subject; a name's own first letter (وليد) does not.
      const glued = d.ctx.text.slice(d.words[next.word].start, n.start);
      if (blocked(next.word) || /و/.test(glued) || isGoverned(d, next.word, n) || /[،,.:;-]/.test(d.ctx.text.slice(m.end, n.start))) return undefined;
      return n;
    }
    if (/^و/.test(key) || free-- <= 0) return undefined;
  }
  return undefined;
}
