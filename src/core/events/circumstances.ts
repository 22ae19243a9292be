// An event noun as a circumstance of its clause (بعد زيارة X، في ختام الحوار): the act of the clause's subject.
import type { Discourse } from '../recognize/discourse';
import type { Cue } from '../recognize/speakers';
import { partitionPoint } from '../text/search';
import { hasWord, oneClause } from './roles';
import type { EventFrame } from './triggers';

/** A circumstance opening a sentence is this many words long at most before the saying it is the circumstance of. */
const CIRCUMSTANCE_REACH = 8;

/** The noun is a circumstance of its clause: after a preposition (بعد زيارة X), or a phase of it (في ختام الحوار). */
export function isCircumstance(d: Discourse, f: EventFrame, first: number): boolean {
  const p = f.from > first && hasWord(d, f.from - 1, 'phaseNouns') ? f.from - 2 : f.from - 1;
  // The noun may stand in quotation marks as a name of the occasion (في ختام "الحوار الاستراتيجي").
  return p >= first && hasWord(d, p, 'circumstancePrepositions') && oneClause(d, p, f.from - 1) && /^[\s"«“]*$/.test(d.words[f.from].gap);
}

/** Opening the sentence (وخلال زيارة …، قال الرئيس) the noun is the circumstance of the saying right after it: its speaker. */
export function sayingAfter(d: Discourse, cues: readonly Cue[], f: EventFrame, first: number): string | undefined {
  const cue = cues[partitionPoint(cues.length, k => cues[k].word < f.to)];
  const near = cue && f.from - first <= 2 && cue.word - f.to <= CIRCUMSTANCE_REACH && d.words[cue.word].sentence === d.words[f.from].sentence;
  return (near && cue.subject) || undefined;
}
