// English trigger spotting: lexicon matches in a sentence, rewritten by the
// words before them — refusal ("refused to negotiate" → CAMEO 12x), negation
// ("did not attack" → negated), intent ("plans to meet" → intended, 03x code),
// possibility (could, may) — and the passive voice ("was attacked").
import type { Modality, Span } from '../types';
import { ACTOR_NOUNS, englishTriggers } from './english-lexicon';
import { cameoRoot, intentCode, isCooperative, refusalCode } from './typing';
import { alternation, capitalisable, lexicon } from '../lang/lexicon';

export interface EnglishFrame extends Span {
  cameo: string;
  modality: Modality;
  passive: boolean;
  /** Used as a noun ("the talks"): only a name right before it ("Russia's attack") is its actor. */
  nominal: boolean;
}

const words = lexicon<Record<string, string[]>>('en', 'event-words');
const oneOf = (cls: string): string => alternation(words[cls]);

const REFUSAL = new RegExp(`\\b(?:${oneOf('refusals')})\\s+(?:${oneOf('refusalLinks')})\\s+(?:(?:${oneOf('refusalFillers')})\\s+)*$`, 'i');
const NEGATION = new RegExp(`\\b(?:(?:${oneOf('negationAuxiliaries')})\\s*(?:${oneOf('negators')})|${oneOf('negationWords')}|(?:${oneOf('negativeSubjects')}|no\\s+[a-z-]+)\\s+(?:${oneOf('negationAuxiliaries')}))\\s+(?:(?:${oneOf('negationFillers')})\\s+)*$`, 'i');
const INTENT = new RegExp(`\\b(?:${oneOf('intentVerbs')})\\s+to\\s+(?:(?:${oneOf('intentComplements')})\\s+)?$|\\b(?:${oneOf('intentModals')})\\s+(?:(?:${oneOf('intentFillers')})\\s+)*$`, 'i');
const POSSIBLE = new RegExp(`\\b(?:${oneOf('possibilityModals')})\\s+(?:(?:${oneOf('possibilityFillers')})\\s+)*$`, 'i');
/** A participle followed by its agent: "talks mediated by Russia". */
export const PARTICIPLE = new RegExp(`(?:ed|en|${oneOf('irregularParticiples')})$`, 'i');
/** A trigger used as a noun after a determiner or preposition: "during the fighting", "after the meeting". */
const NOMINAL = new RegExp(`\\b(?:${capitalisable(words.nominalHeads)}|${oneOf('nominalLinks')})\\s+(?:(?:${oneOf('nominalModifiers')})\\s+)*(?:[A-Z][\\w-]*\\s+)?$`);
/** "the Netherlands condemned", "the Kremlin held": a past form right after "the <Name>" is the name's verb, not a noun. */
const NAME_BEFORE = /\b[Tt]he\s+\p{Lu}[\p{L}-]*\s+$/u;
let irregularPasts: Set<string> | undefined;
function pastForm(trigger: string): boolean {
  irregularPasts ??= new Set(Object.values(lexicon<{ irregular: { forms: Record<string, string[]> } }>('en', 'event-triggers').irregular.forms).flat());
  const first = trigger.split(/\s+/)[0].toLowerCase();
  return first.endsWith('ed') || irregularPasts.has(first);
}
const PASSIVE = new RegExp(`\\b(?:${oneOf('passiveAuxiliaries')})\\s+(?:(?:${oneOf('passiveAdverbs')})\\s+)?$`, 'i');
const COUNT = `(?:(?:${oneOf('countModifiers')})\\s+)?(?:\\d|(?:${oneOf('countWords')})\\b)`;
/** Victims counted right after a death or injury ("killed at least 45"). */
const COUNT_AFTER = new RegExp(`^\\s+${COUNT}`, 'i');
/** Victims counted as the subject of its passive ("dozens of people were killed"): a count with up to two words after it. */
const COUNT_BEFORE = new RegExp(`(?:^|\\s)${COUNT}[\\d,.]*(?:\\s+[\\p{L}-]+){0,2}\\s+(?:${oneOf('passiveAuxiliaries')})\\s+(?:(?:${oneOf('passiveAdverbs')})\\s+)?$`, 'iu');

/** Capitalised month or name that only looks like a trigger ("March", "Strike Force"). */
const looksLikeName = (text: string, start: number, match: string, sentenceStart: number): boolean =>
  start > sentenceStart && /^\p{Lu}/u.test(match) && !/^[\s"“«(]*$/.test(text.slice(sentenceStart, start));

/** Event frames in one sentence; the longest trigger wins where matches overlap. */
export function englishFrames(text: string, sentence: Span): EnglishFrame[] {
  const s = text.slice(sentence.start, sentence.end);
  const raw: EnglishFrame[] = [];
  for (const t of englishTriggers()) {
    t.re.lastIndex = 0;
    for (let m = t.re.exec(s); m; m = t.re.exec(s)) {
      const start = sentence.start + m.index;
      if (looksLikeName(text, start, m[0], sentence.start)) continue;
      const before = s.slice(Math.max(0, m.index - 60), m.index);
      // A casualty report belongs to the attack that caused it (or to no event: floods, a crash).
      if (t.casualty && (COUNT_AFTER.test(s.slice(m.index + m[0].length)) || COUNT_BEFORE.test(before))) continue;
      const frame: EnglishFrame = { start, end: start + m[0].length, cameo: t.cameo, modality: 'asserted',
        passive: PARTICIPLE.test(m[0]) && (PASSIVE.test(before) || /^\s+by\s/.test(s.slice(m.index + m[0].length))), nominal: NOMINAL.test(before) && !(NAME_BEFORE.test(before) && pastForm(m[0])) };
      const refusal = REFUSAL.exec(before);
      if (refusal && t.cameo.slice(0, 2) !== '12') {
        // The refusal and what is refused make one event, spanning both.
        frame.start = start - (before.length - refusal.index);
        if (isCooperative(t.cameo)) frame.cameo = refusalCode(t.cameo);
        else frame.modality = 'negated';
      } else if (NEGATION.test(before)) {
        frame.modality = 'negated';
      } else if (INTENT.test(before)) {
        frame.modality = 'intended';
        frame.cameo = intentCode(t.cameo);
      } else if (POSSIBLE.test(before)) {
        frame.modality = 'possible';
      }
      raw.push(frame);
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EnglishFrame[] = [];
  for (const f of raw) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  const noun = (f: EnglishFrame): boolean => ACTOR_NOUNS.test(text.slice(f.start, f.end));
  const verbal = kept.filter(f => f.cameo && !noun(f));
  return oneReportPerAct(text, verbal.length ? verbal : kept.filter(f => f.cameo));
}

const CONJUNCTION = new RegExp(`(?:^|\\s)(?:${oneOf('conjunctions')})(?:\\s|$)`, 'i');
/** At most this many words between two triggers of one act ("signed a one-week ceasefire agreement"). */
const SAME_ACT_WORDS = 5;

/**
 * A trigger and the noun of the same kind of act a few words after it, in one clause ("signed a
 * ceasefire agreement", "met for talks"), report one event: the first trigger stands for both.
 */
function oneReportPerAct(text: string, frames: EnglishFrame[]): EnglishFrame[] {
  const out: EnglishFrame[] = [];
  for (const f of frames) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, f.start) : '';
    const near = !!last && !/[,;:.!?"“”()]/.test(gap) && !CONJUNCTION.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= SAME_ACT_WORDS;
    // Punctuation or a conjunction between them ("met X and held talks") makes two acts, and so
    // does a second verb ("talks mediated by Russia": the mediation is Russia's act).
    if (near && cameoRoot(last.cameo) === cameoRoot(f.cameo) && last.modality === f.modality && !PARTICIPLE.test(text.slice(f.start, f.end))) continue;
    out.push(f);
  }
  return out;
}
