// A subject written only as a title phrase of two words or more (ولي العهد يبحث، وتعهد رئيس الوزراء
// البريطاني): the person the article names with that same phrase, right before his name (وزير الخارجية
// المصري فلان) or in apposition right after it (فلان ولي العهد نائب رئيس مجلس الوزراء). Only the
// phrase where the title starts matches: ولي العهد is not ولي ولي العهد, رئيس الوزراء is not نائب
// رئيس الوزراء. A headline's title is named only further on, so a holder named later is taken too.
import { isTitleNoun, isTitleWord, wordIndexAt, type Discourse } from '../recognize/discourse';
import { bareNoun } from '../recognize/body-references';
import type { Mention } from '../types';
import { hasWord, oneClause } from './roles';

/** A title phrase as its bare words, and which of them are nisbas (the country it names). */
export interface Phrase {
  words: string[];
  nisba: boolean[];
  /** The word stands with the article (السمو الملكي): no construct head over the words after it. */
  definite: boolean[];
}

interface Holder {
  mention: Mention;
  phrase: Phrase;
  /** The phrase stands after the name: the title starts right after it. */
  after: boolean;
}

/** The longest title (with its nisbas) reaches this many words (صاحب السمو الملكي الأمير، ولي ولي العهد النائب الثاني). */
const REACH = 6;

function phraseOf(d: Discourse, from: number, to: number): Phrase {
  const words: string[] = [];
  const nisba: boolean[] = [];
  const definite: boolean[] = [];
  for (let j = from; j < to; j++) {
    words.push(bareNoun(d.words[j].key));
    // Every word of a run is a title or a nisba (isTitleWord): one that is no title is the nisba.
    nisba.push(!isTitleNoun(d, j));
    definite.push(/^[وف]?ال/.test(d.words[j].key));
  }
  return { words, nisba, definite };
}

/** Words j.. while they are titles in one clause with no name among them: the end (exclusive). */
function titleRunEnd(d: Discourse, j: number, end: number): number {
  let k = j;
  while (k < end && k < j + REACH && !d.mentionAt[k] && isTitleWord(d, k) && (k === j || oneClause(d, k - 1, k))) k++;
  return k;
}

const startsWith = (run: string[], p: string[], at = 0): boolean => p.every((w, i) => run[at + i] === w);

/** The title phrase of two words or more that starts at word j and ends right before word `until` (or anywhere before `end`). */
export function titlePhraseAt(d: Discourse, j: number, end: number, until?: number): Phrase | undefined {
  while (j < end && j < (until ?? end) - 1 && !d.mentionAt[j] && hasWord(d, j, 'honorifics') && oneClause(d, j, j + 1)) j++;
  if (j >= end || d.mentionAt[j] || !isTitleNoun(d, j)) return undefined;
  const stop = titleRunEnd(d, j, end);
  if (stop - j < 2 || (until !== undefined && stop !== until)) return undefined;
  return phraseOf(d, j, stop);
}

export class TitleHolders {
  private readonly holders: Holder[] = [];

  constructor(d: Discourse, mentions: readonly Mention[]) {
    for (const m of [...mentions].filter(x => x.type === 'PER').sort((x, y) => x.start - y.start)) {
      const j = wordIndexAt(d, m.start);
      if (j >= d.words.length || d.mentionAt[j] !== m) continue;
      // A name with و glued on (ولي العهد وفلان) is coordinated with the title, not titled by it.
      const titled = m.start === d.words[j].start;
      let t = j;
      while (titled && t > 0 && t > j - REACH && !d.mentionAt[t - 1] && isTitleWord(d, t - 1) && oneClause(d, t - 1, t)) t--;
      if (t < j) this.holders.push({ mention: m, phrase: phraseOf(d, t, j), after: false });
      const e = wordIndexAt(d, m.end);
      if (e < d.words.length && d.words[e].sentence === d.words[j].sentence && /^[\s،,]*$/.test(d.words[e].gap) && isTitleNoun(d, e)) {
        this.holders.push({ mention: m, phrase: phraseOf(d, e, titleRunEnd(d, e + 1, d.words.length)), after: true });
      }
    }
  }

  /** The person named with `p` nearest before offset `at`, else the first named with it after. */
  resolve(p: Phrase, at: number): Mention | undefined {
    let found: Holder | undefined;
    for (const h of this.holders) {
      if (!this.fits(h, p)) continue;
      if (h.mention.start < at) found = h;
      else return (found ?? h).mention;
    }
    return found?.mention;
  }

  private fits(h: Holder, p: Phrase): boolean {
    // A country the phrase names must be the holder's; a phrase without its nisba (ولي ولي العهد السعودي after
    // فلان ولي ولي العهد) fits a holder whose title names no country.
    let words = p.words;
    if (!this.matches(h, words)) {
      let n = words.length;
      while (n > 2 && p.nisba[n - 1]) n--;
      if (n === words.length || h.phrase.nisba.some(Boolean)) return false;
      words = words.slice(0, n);
      return this.matches(h, words);
    }
    return true;
  }

  private matches(h: Holder, words: string[]): boolean {
    const run = h.phrase.words;
    if (words.length > run.length) return false;
    if (startsWith(run, words)) return true;
    // Before the name the title may follow honorifics (صاحب السمو الملكي الأمير): it ends the run, and the word before
    // it is no title in construct over it (نائب رئيس الوزراء is not رئيس الوزراء).
    const at = run.length - words.length;
    return !h.after && startsWith(run, words, at) && h.phrase.definite[at - 1];
  }
}

/**
 * The words first..word (exclusive) open with an office in construct (مدير تعليم المدينة، وكيل إمارة المنطقة): the
 * place or body named there is the office's, and the one who acts is its holder.
 */
export function opensWithOffice(d: Discourse, first: number, word: number): boolean {
  return first < word && !d.mentionAt[first] && isTitleNoun(d, first) && !/^[وف]?ال/.test(d.words[first].key);
}
