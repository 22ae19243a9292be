// Subjects named before an event's own clause, for the arguments that fall back on them: the nearest
// person before the trigger (a pronoun subject with no reporter: بلاده، وهو …) and the subject of the
// sentence before (a sentence that opens with its verb and a complement goes on about it).
import { isGoverned, type Discourse } from '../recognize/discourse';
import { bodyFirst, bodyStart } from '../recognize/byline';
import type { Mention } from '../types';
import type { EventFrame } from './triggers';
import { hasWord } from './roles';

/** A sentence's subject stands among its first words (after the verb and a title or two). */
const SUBJECT_REACH = 12;

/** Mention that starts at word j and is a possible subject (not governed by a preposition). */
export function subjectAt(d: Discourse, j: number): Mention | undefined {
  const m = d.mentionAt[j];
  return m && !isGoverned(d, j, m) ? m : undefined;
}

/** The nearest person before the trigger in its sentence, or `back` sentences further; at most `window` words a sentence. */
export function personBefore(d: Discourse, f: EventFrame, back: number, window: number): string[] {
  const s = d.words[f.from].sentence;
  const from = back ? d.sentenceStart[Math.max(0, s - back)] : bodyFirst(d, f.from);
  for (let j = f.from - 1; j >= Math.max(from, f.from - (back + 1) * window); j--) {
    const m = d.mentionAt[j];
    if (m?.type === 'PER') return [m.entity];
  }
  return [];
}

/** The subject of the sentence before the frame's: its first name no preposition governs, among its first words. */
export function previousSubject(d: Discourse, f: EventFrame): string[] {
  const s = d.words[f.from].sentence;
  if (s === 0) return [];
  const first = bodyStart(d, s - 1);
  for (let j = first; j < d.sentenceStart[s] && j < first + SUBJECT_REACH; j++) {
    const m = subjectAt(d, j);
    if (m && !hasWord(d, j - 1, 'sourceMarkers')) return [m.entity];
  }
  return [];
}
