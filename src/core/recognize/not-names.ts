// Spans the tagger or the gazetteer read as names that name no one: a currency unit
// alone (مليون ريال: the tagger learnt ريال from ريال مدريد), a country's name that is
// also its feminine nisba agreeing with a definite noun (الكرة السعودية, the nisba
// convention keeps adjectives out), God alone or in an invocation (حفظه الله), and
// one word counted by the number before it (3.6 مليار ريال، 300 أسد), a span without a
// letter (مؤشر 566), a person that is one definite verbal noun (جرائم الاتجار), and a person
// that is one common word with a plural or dual ending (طالب مواطنون، توفي شابان); and one word
// with tanween, which no name of any kind carries in news (تلقى بلاغاً، توارثوها جيلاً); a pronoun taken for a
// person (قال لي) or a title in the dual (قال الوزيران), and a bare organisation kind alone or with one describing adjective (جامعة سعودية).
import { notNames } from '../lang/lexicon';
import type { ArticleContext } from '../text/context';
import { matchKey } from '../text/normalize';
import type { NameCandidate } from './candidate';
import { carriesTanween, inflectedCommonWord, isDefiniteVerbalNoun, isQuantityWord, isStopWord, titleFirstWords, withoutMarks, withoutPronoun } from './lexicon';
import type { NameSources } from './sources';
import { gapAfter, readingsAt, tokenIndexAt } from './token-view';
import { kindWords } from './kind-words';

let currencies: Set<string> | undefined;
let divine: Set<string> | undefined;
let pronounWords: Set<string> | undefined;
let kindAdjectives: Set<string> | undefined;

/** A title in the dual (الوزيران، الرئيسين): two office holders the text names elsewhere, no one's name; so is a title alone (الشيخ). */
const titleInDual = (key: string): boolean => /(?:ان|ين)$/.test(key) && titleFirstWords().has(key.slice(0, -2));

/** A title right before token i, after a proclitic too (السيدة لي، للسيدة لي): the word after it is the person's name, whatever else it spells. */
const afterTitle = (ctx: ArticleContext, i: number): boolean => i > 0 && gapAfter(ctx, i - 1) === 'space' && readingsAt(ctx, i - 1).some(r => titleFirstWords().has(r.key));

/** A bare organisation kind (جامعة، منظمة: no article) opening candidate c at token i, after a proclitic too: a kind, not yet a name. */
const bareBodyKind = (ctx: ArticleContext, i: number, c: NameCandidate): boolean =>
  readingsAt(ctx, i).some(r => c.start === ctx.tokens[i].start + r.offset && !r.key.startsWith('ال') && kindWords().bodyKinds.has(r.key));

/**
 * A bare organisation kind and one indefinite adjective, a country's nisba or a describing one (جامعة سعودية،
 * منظمة دولية): the kind of body the text means, "a Saudi university", no body's name.
 */
function describedKind(ctx: ArticleContext, first: number, c: NameCandidate, nisbaOf: NameSources['nisbaOf']): boolean {
  const key = ctx.tokens[first + 1].key;
  if (c.type !== 'ORG' || key.startsWith('ال') || gapAfter(ctx, first) !== 'space' || !bareBodyKind(ctx, first, c)) return false;
  kindAdjectives ??= new Set((notNames().kindAdjectives?.entries ?? []).map(matchKey));
  return kindAdjectives.has(key) || !!nisbaOf(key);
}

/** A country's nisba right after a definite noun, space between: an adjective, not the country. */
function agreesWithNoun(ctx: ArticleContext, i: number, key: string, nisbaOf: NameSources['nisbaOf']): boolean {
  if (i < 1 || !nisbaOf(key) || gapAfter(ctx, i - 1) !== 'space') return false;
  const prev = ctx.tokens[i - 1].key;
  return prev.startsWith('ال') && prev.length > 3 && !isStopWord(prev) && !nisbaOf(prev);
}

/**
 * Indefinite adjectives as they follow a place kind, as written (the folded key makes ة and ه one): a
 * feminine nisba (صحراوية، نامية), a participle of the derived forms (مجاورة، محاطة) or of the فاعلة shape
 * (خارجة). Foreign places end in ه (غومبيه); bare names of these shapes are rare and known.
 */
const ADJECTIVE_AFTER_KIND = /^(?!ال)(?:.{3,}ية|م.{3,}ة|.ا..ة)$/;

/**
 * Token i right after a place kind without the article (منطقة صحراوية، دولة نامية، قرية مجاورة), shaped as an
 * indefinite adjective, known to no list as a place and never named alone: it describes the place the kind noun is.
 */
function adjectiveOfKind(ctx: ArticleContext, i: number, words: WordLookups): boolean {
  const key = ctx.tokens[i].key;
  const written = withoutMarks(ctx.tokens[i].text);
  // A person's name word of that shape (نامية، خارجة) is no place's: only a place a list knows stays.
  if (i < 1 || gapAfter(ctx, i - 1) !== 'space' || !ADJECTIVE_AFTER_KIND.test(written) || (words.isKnownName(key) && !words.isNameWord(key))) return false;
  if (!afterBarePlaceKind(ctx, i)) return false;
  // A place the article names again with no kind noun before it (في مدينة مليلية … اعتقل في مليلية) is one.
  return !ctx.tokens.some((t, j) => j !== i && t.key === key && !afterBarePlaceKind(ctx, j));
}

/** Whether a place kind without the article stands right before token i (منطقة، دولة، قرية). */
function afterBarePlaceKind(ctx: ArticleContext, i: number): boolean {
  return i > 0 && readingsAt(ctx, i - 1).some(r => !r.key.startsWith('ال') && kindWords().placeOutside.has(r.key));
}

/** Token i, the whole candidate, right after digits or a number word with only a space between. */
function counted(ctx: ArticleContext, i: number, c: NameCandidate): boolean {
  const { tokens } = ctx;
  if (i === 0 || tokens[i].start !== c.start || tokens[i].end !== c.end || !/^[ \u00a0]+$/.test(ctx.text.slice(tokens[i - 1].end, c.start))) return false;
  const before = tokens[i - 1].key;
  return /^\p{Nd}/u.test(before) || isQuantityWord(before);
}

type WordLookups = Pick<NameSources, 'nisbaOf' | 'isCommonWord' | 'isNameWord' | 'isKnownName'>;

/** Whether candidate `c` names no one (see the file comment). Reads only the candidate's own tokens and the one before. */
export function namesNoOne(ctx: ArticleContext, c: NameCandidate, words: WordLookups): boolean {
  const { tokens } = ctx;
  const first = tokenIndexAt(tokens, c.start);
  const last = tokenIndexAt(tokens, c.end - 1);
  const god = (divine ??= new Set(notNames().divine.entries.map(matchKey)));
  if (first === last) {
    const key = matchKey(ctx.text.slice(c.start, c.end));
    currencies ??= new Set(notNames().currencies.entries.map(matchKey));
    // The whole word too: trimming may read a unit's first letter as a proclitic (ليرات as ل + يرات).
    // God also behind an oath's و (وقال والله), which a person's span keeps after a verb.
    if (currencies.has(key) || currencies.has(tokens[first].key) || readingsAt(ctx, first).some(r => god.has(r.key)) || counted(ctx, first, c)) return true;
    pronounWords ??= new Set((notNames().pronounWords?.entries ?? []).map(matchKey));
    // A kind noun alone (جامعة before a name in quote marks) names no body yet; a person that is a pronoun (قال لي) or a title no one.
    if ((c.type === 'ORG' && bareBodyKind(ctx, first, c)) || (c.type === 'PER' && ((pronounWords.has(key) && !afterTitle(ctx, first)) || titleInDual(key) || titleFirstWords().has(key)))) return true;
    if (!/\p{L}/u.test(key) || carriesTanween(tokens[first].text) || (c.type === 'PER' && (isDefiniteVerbalNoun(key) || inflectedCommonWord(key, words.isCommonWord, k => words.isNameWord(k) || words.isKnownName(k))))) return true;
    return c.type === 'LOC' && c.start === tokens[first].start && (agreesWithNoun(ctx, first, key, words.nisbaOf) || adjectiveOfKind(ctx, first, words));
  }
  if (last === first + 1 && describedKind(ctx, first, c, words.nisbaOf)) return true;
  // A verb or noun with its pronoun glued on (حفظه، رعاها) before God: an invocation, no name word.
  return last === first + 1 && god.has(tokens[last].key) && c.start === tokens[first].start && withoutPronoun(tokens[first].text) !== undefined;
}
