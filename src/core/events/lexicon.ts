// The event trigger lexicon (media/data/event-lexicon.json, built by
// scripts/build-event-lexicon.ts), loaded once and matched word by word:
// a map from a trigger's first folded word to its continuations, so a text
// is scanned in one pass with no regular expression per trigger.
import { readDataJson } from '../data-dir';

/** v verb, p participle (مؤكداً: its subject is the main clause's), n noun/phrase, m modal (intent), l light verb, j evaluative adjective, x a phrase that is no event (بحثا عن). */
export type TriggerKind = 'v' | 'p' | 'n' | 'm' | 'l' | 'j' | 'x';

/** Number: s singular, d dual, p plural, 1 first person (the speaker, inside a quotation). */
/** [rest of the words joined by spaces ("*" = one optional word), CAMEO, kind, number, flags (MUTUAL | CASUALTY | NEEDS_JUDGEMENT | REPORTED | FAR_OBJECT), object codes?, object required?] */
export type LexiconRow = [string, string, TriggerKind, 's' | 'd' | 'p' | '1', number, Record<string, string>?, (0 | 1)?];

/** Flag: the participants are all actors (clashes, calls). */
export const MUTUAL = 1;
/** Flag: a death or injury, which with a count of victims is a casualty report belonging to an attack, not an event. */
export const CASUALTY = 2;
/** Flag: an opinion verb (اعتبر، وصف), an event only with an evaluative word after it in its sentence, whose code it takes. */
export const NEEDS_JUDGEMENT = 4;
/** Flag: an evaluative adjective that is an event in a reported clause too (أكد أن الخطوة مرفوضة), not only in a quotation. */
export const REPORTED = 8;
/** Flag: the object may stand after the verb's subject and a time word (أعلن تنظيم X في اليمن أمس، مسؤوليته عن …). */
export const FAR_OBJECT = 16;

export interface LexiconJson {
  version: 1;
  entries: Record<string, LexiconRow[]>;
}

export interface TriggerEntry {
  rest: string[];
  cameo: string;
  kind: TriggerKind;
  number: 's' | 'd' | 'p' | '1';
  mutual: boolean;
  casualty: boolean;
  objects?: Record<string, string>;
  /** Only a trigger when one of `objects` follows (عرضت وساطتها, not عرضت المسرحية). */
  needsObject?: boolean;
  /** Only a trigger with an evaluative word after it in its sentence (اعتبر أن القرار غير قانوني). */
  needsJudgement?: boolean;
  /** A judgement that counts in a reported clause as well as in a quotation (see REPORTED). */
  reported?: boolean;
  /** Its object is sought past the subject (see FAR_OBJECT). */
  farObject?: boolean;
}

let cached: Map<string, TriggerEntry[]> | undefined;

export function triggerLexicon(): Map<string, TriggerEntry[]> {
  if (cached) return cached;
  const json = readDataJson<LexiconJson>('event-lexicon.json');
  cached = new Map();
  for (const [first, rows] of Object.entries(json.entries)) {
    const list = rows.map(([rest, cameo, kind, number, flags, objects, needsObject]) => ({
      rest: rest ? rest.split(' ') : [],
      cameo,
      kind,
      number,
      mutual: (flags & MUTUAL) !== 0,
      casualty: (flags & CASUALTY) !== 0,
      ...(objects ? { objects } : {}),
      ...(needsObject ? { needsObject: true } : {}),
      ...((flags & NEEDS_JUDGEMENT) !== 0 ? { needsJudgement: true } : {}),
      ...((flags & REPORTED) !== 0 ? { reported: true } : {}),
      ...((flags & FAR_OBJECT) !== 0 ? { farObject: true } : {}),
    }));
    // Longest first, so the first entry that matches is the longest match.
    list.sort((a, b) => b.rest.length - a.rest.length);
    cached.set(first, list);
  }
  return cached;
}
