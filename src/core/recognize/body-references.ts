// A definite noun that heads an organisation's name, standing alone in a subject's place,
// names that organisation again (وتصدت القوات after القوات السعودية; وقالت الحركة after حركة X).
// Gold leaves such bare nouns unmarked, so they are no mentions; a speech verb's or an event's
// subject there is the body all the same. One resolver for speakers and event arguments.
import type { Mention } from '../types';
import { partitionPoint } from '../text/search';
import { isGoverned, type Discourse } from './discourse';
import { wordKey } from './word-key';

/** The noun without its article (and a conjunction before it): القوات، والقوات → قوات. */
export const bareNoun = (key: string): string => key.replace(/^[وف]?ال/, '');

/** The article, alone or after a conjunction: the readings a bare reference may have (a preposition makes it an object). */
const DEFINITE = /^[وف]?ال$/;

export class BodyReferences {
  /** Organisation mentions by the bare first word of their name, in text order. */
  private readonly byHead = new Map<string, Mention[]>();

  constructor(mentions: Iterable<Mention | undefined>) {
    for (const m of [...mentions].filter((x): x is Mention => x?.type === 'ORG').sort((x, y) => x.start - y.start)) {
      const head = bareNoun(wordKey(m.text.split(/\s+/)[0]));
      const list = this.byHead.get(head);
      if (!list) this.byHead.set(head, [m]);
      else if (list[list.length - 1] !== m) list.push(m);
    }
  }

  /** The last organisation named before offset `at` whose name starts with the bare noun `head`. */
  resolve(head: string, at: number): Mention | undefined {
    const list = this.byHead.get(head);
    return list ? list[partitionPoint(list.length, i => list[i].start < at) - 1] : undefined;
  }

  /**
   * Word j as a bare reference: a definite noun that is no name and that no preposition governs
   * (بالقوات is an instrument, للقوات a possessor), heading a body named before it: that body's mention.
   * Words before `floor` are not asked whether they govern it (see isGoverned).
   */
  at(d: Discourse, j: number, floor = 0): Mention | undefined {
    if (j < 0 || j >= d.words.length) return undefined;
    const w = d.words[j];
    // Inside a name (the second word of قوات الأمن X) it is that name's.
    for (let q = j; q >= 0 && q >= j - 5; q--) if (d.mentionAt[q] && d.mentionAt[q]!.end > w.start) return undefined;
    const r = w.prefixes.findIndex(p => DEFINITE.test(p));
    if (r < 0 || w.keys[r].length < 3 || isGoverned(d, j, w, floor)) return undefined;
    return this.resolve(w.keys[r], w.start);
  }
}
