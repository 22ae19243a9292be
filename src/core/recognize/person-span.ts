// The words after a title or a first name that make a person's name: where a name stops
// (a function word, a common word, a title, a nisba) and how much says it is a name.
import type { ArticleContext } from '../text/context';
import { isAdverbBeforeDemonstrative, isOfficeInConstruct, isStopWord, titleLexicon, withoutPronoun } from './lexicon';
import { matchKey } from '../text/normalize';
import { particles } from './name-particles';
import { isMaksuraTwin } from './maksura';
import type { RuleEvidence } from './rules';
import { isSurnameNisba } from './titles';
import { dashAfter, gapAfter, readingsAt } from './token-view';
import { kindWords } from './kind-words';

/** Four-part names (زياد إبراهيم درويش ياسين) keep their third and fourth parts only with evidence. */
const MAX_NAME_TOKENS = 4;

/** Why token i cannot be part of a person's name after a title. */
export function endsName(ctx: ArticleContext, i: number, ev: RuleEvidence): boolean {
  const tok = ctx.tokens[i];
  if (!/^\p{L}/u.test(tok.key) || /^[a-z]/i.test(tok.key)) return true;
  // A letter written apart with a tatweel (لـ، بـ) is a preposition; a bare one (محمد ب.) is an initial.
  if (tok.text.endsWith('\u0640')) return true;
  const rs = readingsAt(ctx, i);
  // A function word, also behind a proclitic (بأن is ب + أن before it is the name Ban); a
  // common word only where neither the tagger nor the gazetteer puts it in a person's name (أحمد التوفيق).
  if (rs.some(r => isStopWord(r.key)) && !isMaksuraTwin(ctx, i)) return true;
  if (ev.isCommonWord(tok.key) && !ev.isTaggedPerson(i) && !isMaksuraTwin(ctx, i) && !beforeCompoundEnd(ctx, i)) return true;
  if (isOfficeInConstruct(ctx, i)) return true;
  // A preposition with its pronoun (معه، لديه) or a word behind a proclitic with one (بحرصه، لصالحه) is someone's, no name's.
  const bare = withoutPronoun(tok.text);
  if (bare !== undefined && (isStopWord(matchKey(bare)) || rs.some(r => r.split))) return true;
  if (ev.isNameWord(tok.key)) return false;
  if (kindWords().namesakeAdjectives.has(tok.key)) return true;
  if (ev.nisbaOf(tok.key)) return !(i > 0 && gapAfter(ctx, i - 1) === 'space' && ev.isNameToken(i - 1) && isSurnameNisba(tok.key, ev.nisbaOf));
  // A feminine participle (مرفوقة) qualifies the name rather than continuing it.
  if (/^م.{3,}ه$/.test(tok.key)) return true;
  // Titles, common words or a kind of body with a proclitic (بخطورة، بالدار، لمجلس: the title's
  // complement), and a conjunction glued on a name (وماكرون، ونظيره) start a new phrase; فاجن is no ف + اجن.
  return rs.some(
    r =>
      titleLexicon().has(r.key) ||
      (r.split && kindWords().bodyKinds.has(r.key)) ||
      (r.split && (ev.isCommonWord(r.key) || r.key.startsWith('ال') || (/^[وف]/.test(tok.key) && ev.isNameWord(r.key)))),
  );
}

/** An ordinary word before a compound name's second part is the name's first (صدر الدين، سيف الإسلام). */
function beforeCompoundEnd(ctx: ArticleContext, i: number): boolean {
  return i + 1 < ctx.tokens.length && gapAfter(ctx, i) === 'space' && particles('compound').has(ctx.tokens[i + 1].key);
}

/**
 * Person name tokens [from, to) after a title, or undefined without evidence.
 * After a strong title (with a country or an organisation) two unknown words
 * that are neither common words nor article-words are a name too (شتيفن هيبشترايت).
 */
export function personAfter(ctx: ArticleContext, from: number, ev: RuleEvidence, strong: boolean): { from: number; to: number; evidence: number } | undefined {
  const { tokens } = ctx;
  let to = from;
  let evidence = 0;
  let lengthened = 0;
  while (to < tokens.length && to - from < MAX_NAME_TOKENS + lengthened) {
    if (endsName(ctx, to, ev)) break;
    // A linked place or body after the name is the verb's object (زار الرئيس X واشنطن), not a surname; one with the
    // article right after a given name is a family name, though (علي الأحمدي). Behind a proclitic only a name of
    // two words or more is sure to be one (لأديس أبابا), not a name word read apart (كمال as ك + مال).
    const known = to > from ? ev.knownNameEnd(to) : undefined;
    if (known?.linked && (!known.afterClitic || known.end - to >= 2) && known.type !== 'PER' && (to - from >= 2 || !tokens[to].key.startsWith('ال'))) break;
    // A place adverb that is also a name (خلف) is the preposition before a demonstrative (صالح خلف تلك الجبال).
    if (to > from && to + 1 < tokens.length && gapAfter(ctx, to) === 'space' && isAdverbBeforeDemonstrative(tokens[to].key, tokens[to + 1].key)) break;
    if (particles('lengthens').has(tokens[to].key)) lengthened++;
    // علي written with ي is the name, though the corpora's word lists fold it into the preposition على.
    if (ev.isNameToken(to) || isMaksuraTwin(ctx, to)) evidence++;
    const gap = gapAfter(ctx, to);
    const dash = dashAfter(ctx, to);
    to++;
    if (gap !== 'space' || dash) break;
  }
  // Drop trailing tokens without evidence beyond two (a verb after the name); a compound (صدر الدين) counts as one.
  const kept = from + 1 < to && particles('compound').has(tokens[from + 1].key) ? 3 : 2;
  while (to - from > kept && !ev.isNameToken(to - 1)) to--;
  // Nor a second one where the tagger ended the person before it (الرئيس شيراك سيقرر).
  if (to - from === 2 && !ev.isNameToken(to - 1) && ev.isTaggedPerson(from)) to--;
  // A part that never stands for a person alone (اللواء الرابع: the fourth brigade, not a general) names nobody.
  if (to === from || (to - from === 1 && particles('neverAlone').has(tokens[from].key))) return undefined;
  if (evidence === 0) {
    if (!strong || to - from !== 2) return undefined;
    for (let i = from; i < to; i++) if (tokens[i].key.startsWith('ال') || /^[يت].{3,}(?:ان|ون|وا)$/.test(tokens[i].key)) return undefined;
  }
  return { from, to, evidence };
}

/** Words a body no list knows may run to after a spokesperson's title (المقاومة الشعبية بمدينة عدن) before the person. */
const MAX_UNKNOWN_BODY = 6;

/**
 * The first token of a tagged person within the next words of the sentence, after the unknown body a
 * spokesperson speaks for (المتحدث باسم المقاومة الشعبية بمدينة عدن علي سعيد الأحمدي), or 0.
 */
export function taggedPersonAfterBody(ctx: ArticleContext, from: number, ev: RuleEvidence): number {
  for (let j = from + 1; j < ctx.tokens.length && j - from <= MAX_UNKNOWN_BODY && gapAfter(ctx, j - 1) === 'space'; j++) {
    if (ev.isTaggedPerson(j)) return j;
  }
  return 0;
}
