// Who reports a clause: a clause introduced by أن (قال الوزير إن …) is searched on its own, and its
// reporter is the subject of the speech verb before it; a pronoun subject there (بأنه، إنها) is the
// reporter unless its gender is another's.
import { COMPLEMENTISERS, COMPLEMENTISER_WORD, WordMemo, type Discourse } from '../recognize/discourse';
import type { Cue } from '../recognize/speakers';
import type { EventFrame } from './triggers';
import { eventWords } from './words';
import { hasWord } from './roles';
import { partitionPoint } from '../text/search';
import { bodyFirst } from '../recognize/byline';

/** Arguments are looked for within this many words of the trigger: a clause, even in a run-on sentence. */
export const WINDOW = 40;
/** What is said begins after a colon or an opening mark: no subject chain runs into it. */
export const SAYING = /[:«"“]/;

/**
 * A complementiser or preposition, standalone or glued to the article (بالإفراج، للحوار): what follows the verb is
 * no subject. A ب or ل glued to a bare noun is left out: as often the noun's own letter (لجنة، بعض).
 */
export const COMPLEMENT_OPENER = new WordMemo(w => COMPLEMENTISERS.has(w.key) || /^[وف]?(?:بال|لل)/.test(w.key) ||
  w.keys.some(k => eventWords('complementLinks').has(k) || eventWords('complementPrepositions').has(k) || eventWords('interposedPrepositions').has(k)));
export class ReportedClauses {
  constructor(
    private readonly d: Discourse,
    private readonly cues: Cue[],
  ) {}

  /** First word of the clause the frame sits in: after the last complementiser before it, else the sentence start. */
  clause(f: EventFrame): { first: number; complementiser: number | null } {
    const d = this.d;
    const sFirst = Math.max(bodyFirst(this.d, f.from), f.from - WINDOW);
    for (let j = f.from - 1; j >= sFirst; j--) {
      if (COMPLEMENTISER_WORD.word(d, j)) return { first: j, complementiser: j };
    }
    return { first: sFirst, complementiser: null };
  }

  /** The reporter of a clause introduced by أن: the subject of the speech verb right before it. */
  reporter(complementiser: number | null): string | null {
    return this.reporterCue(complementiser)?.subject ?? null;
  }

  /** Whether a person is named between the speech verb that introduces a أن clause and the أن (أوضح المتحدث فلان، …، أنه): who says it. */
  says(complementiser: number, id: string): boolean {
    const cue = this.reporterCue(complementiser);
    if (!cue) return false;
    // Only the speech verb's own subject phrase: a name in an earlier clause it reports (أشار إلى أن فلان … وأنه) is no sayer.
    for (let j = cue.word + 1; j < complementiser && !COMPLEMENTISER_WORD.word(this.d, j); j++) if (this.d.mentionAt[j]?.entity === id) return true;
    return false;
  }

  /** The speech cue a clause introduced by أن reports: the last one before it in its sentence. */
  reporterCue(complementiser: number | null): Cue | undefined {
    if (complementiser === null) return undefined;
    // The last cue before the complementiser (cues are in text order).
    const lo = partitionPoint(this.cues.length, k => this.cues[k].word < complementiser);
    const best = this.cues[lo - 1];
    return best && this.d.words[best.word].sentence === this.d.words[complementiser].sentence ? best : undefined;
  }

  /**
   * A reported pronoun whose gender is not its speech verb's (قالت الصحف إنه …، قال الوزير إنها …) is someone
   * else than the reporter. The endings are morphology: ها feminine, ه masculine.
   */
  otherThanReporter(subject: number, complementiser: number | null): boolean {
    const cue = this.reporterCue(complementiser);
    const key = this.d.words[subject].key;
    if (!cue || cue.plural || !hasWord(this.d, subject, 'reportedSubjects')) return false;
    // An expletive أنه (أضافت أنه سيتم …، أكدت أنه في حال …، أفادت أنه سعيا …، أنه «…») stands for no one: the reporter stays.
    const next = subject + 1;
    if (next >= this.d.words.length || SAYING.test(this.d.words[next].gap) || COMPLEMENT_OPENER.word(this.d, next) || hasWord(this.d, next, 'impersonalVerbs') || hasWord(this.d, next, 'purposeWords')) return false;
    return cue.feminine ? /[^ه]ه$/.test(key) : key.endsWith('ها');
  }
}
