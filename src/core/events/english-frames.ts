// English trigger spotting: lexicon matches in a sentence, rewritten by the
// words before them — refusal ("refused to negotiate" → CAMEO 12x), negation
// ("did not attack" → negated), intent ("plans to meet" → intended, 03x code),
// possibility (could, may) — and the passive voice ("was attacked").
import type { Modality, Span } from '../types';
import { ACTOR_NOUNS, englishTriggers } from './english-lexicon';
import { intentCode, isCooperative, refusalCode } from './typing';

export interface EnglishFrame extends Span {
  cameo: string;
  modality: Modality;
  passive: boolean;
  /** Used as a noun ("the talks"): only a name right before it ("Russia's attack") is its actor. */
  nominal: boolean;
}

const REFUSAL = /\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|unwilling|not\s+(?:ready|prepared|willing))\s+(?:to|for)\s+(?:(?:a|an|the|any|new|further|direct)\s+)*$/i;
const NEGATION = /\b(?:(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can|should)\s*(?:not|n't)|never|no)\s+(?:(?:be|been|yet|further|any)\s+)*$/i;
const INTENT = /\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|want(?:s|ed)?|seek(?:s|ing)?|sought|vow(?:s|ed)?|is|are|was|were|expect(?:s|ed)?|hope(?:s|d)?|ready|prepared|willing|set|going|decided?|decides)\s+to\s+(?:(?:hold|be)\s+)?$|\b(?:will|shall|would|'ll)\s+(?:(?:soon|also|then|be|hold)\s+)*$/i;
const POSSIBLE = /\b(?:could|may|might|can)\s+(?:(?:be|also|soon)\s+)*$/i;
/** A participle followed by its agent: "talks mediated by Russia". */
const PARTICIPLE = /(?:ed|en|held|met|sent|struck|shot|fought)$/i;
/** A trigger used as a noun after a determiner or preposition: "during the fighting", "after the meeting". */
const NOMINAL = /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Dd]uring|[Aa]fter|[Bb]efore|[Aa]mid|of)\s+(?:(?:new|fresh|heavy|fierce|deadly|recent|latest|first|second|two|three|several|further|direct)\s+)*(?:[A-Z][\w-]*\s+)?$/;
const PASSIVE = /\b(?:was|were|been|being|is|are|be|got)\s+(?:(?:reportedly|also|later|allegedly|badly|fatally|seriously)\s+)?$/i;

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
      const frame: EnglishFrame = { start, end: start + m[0].length, cameo: t.cameo, modality: 'asserted',
        passive: PARTICIPLE.test(m[0]) && (PASSIVE.test(before) || /^\s+by\s/.test(s.slice(m.index + m[0].length))), nominal: NOMINAL.test(before) };
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
  return verbal.length ? verbal : kept.filter(f => f.cameo);
}
