// Brings a candidate to the mention convention: proclitics outside (وماكرون →
// ماكرون, للأمم → لأمم), ال inside, no title or nisba inside a person's or a
// place's name (الرئيس الروسي فلاديمير بوتين → فلاديمير بوتين).
import type { ArticleContext } from '../text/context';
import { nameCandidate, type NameCandidate } from './candidate';
import { carriesTanween, inflectedCommonWord, isDefiniteVerbalNoun, isOfficeInConstruct, isStopWord, titleLexicon } from './lexicon';
import { kindWords } from './kind-words';
import { cueWords, notNames } from '../lang/lexicon';
import { matchKey } from '../text/normalize';
import { particles } from './name-particles';
import { isMaksuraTwin } from './maksura';
import { isWholeWord } from './whole-words';
import { isSurnameNisba, readTitleAt, type NisbaLookup } from './titles';
import { dashAfter, gapAfter, readingsAt, tokenIndexAt } from './token-view';

export interface TrimLexicon {
  nisbaOf: NisbaLookup;
  /** True for a word key that is a name (or a name's head word) as written. */
  isKnownWord(key: string): boolean;
  /** True for a word corpora almost never use inside a name. */
  isCommonWord(key: string): boolean;
  /** True for a word key known as a person's name token (transliteration pairs, knowledge base). */
  isNameWord(key: string): boolean;
}


// Kind words (مدينة حلب، حركة طالبان) and epithets (مكة المكرمة) stay outside a name, as ANERcorp and the gold mark them: kindWords().

/** Where the name starts inside token i, given the candidate's source. */
function stemStart(ctx: ArticleContext, i: number, c: NameCandidate, lex: TrimLexicon): number {
  const tok = ctx.tokens[i];
  const rs = readingsAt(ctx, i);
  if (rs.length === 1 || lex.isKnownWord(tok.key) || kindWords().heads.has(tok.key) || isWholeWord(tok.key)) return tok.start;
  // A common word's plural or dual is one word (فناني مركز: artists of, not ف + the name ناني).
  if (c.type === 'PER' && inflectedCommonWord(tok.key, k => lex.isCommonWord(k), k => lex.isNameWord(k) || lex.isKnownWord(k))) return tok.start;
  // Nor does a person's و after a verb, particle or title, where no first conjunct stands (قال وليام، مثل ونستون،
  // الأمير وليام); ف، ك، ل and ب there are still particles and prepositions (ثم فأرسطو، يقول للجندي).
  if (c.type === 'PER' && tok.text.startsWith('و') && afterFunctionWord(ctx, i)) return tok.start;
  // A person's ك is the name's first letter (كلاوس), unless a person's name follows it (كبوتين).
  const known = rs.find(r => r.split && (lex.isKnownWord(r.key) || isWholeWord(r.key)) && !(c.type === 'PER' && tok.text.startsWith('ك') && r.offset === 1 && !lex.isNameWord(r.key)));
  if (known) return tok.start + known.offset;
  if (tok.prefix) return tok.stemStart;
  // After a preposition a word starts with no conjunction or preposition of its own (في فوتوكول، من بوروندي).
  if (afterPreposition(ctx, i)) return tok.start;
  // The tagger marks whole tokens. A conjunction before an unknown name (وكييف) is split off;
  // before a place or organisation also a preposition (لمنظمة، وبمجلس), if four letters remain.
  const conj = rs.find(r => r.split && r.offset === 1 && /^[وف]/.test(tok.key) && r.key.length >= 3);
  const prep = c.type === 'PER' ? undefined : rs.find(r => r.split && /^[وف]?[لب]$/.test(tok.text.slice(0, r.offset)) && r.key.length >= 4);
  return tok.start + ((prep ?? conj)?.offset ?? 0);
}

function afterFunctionWord(ctx: ArticleContext, i: number): boolean {
  if (i === 0 || gapAfter(ctx, i - 1) !== 'space') return false;
  return readingsAt(ctx, i - 1).some(r => isStopWord(r.key) || titleLexicon().has(r.key));
}

let prepositions: Set<string> | undefined;
/** Whether a preposition stands right before token i (في فوتوكول، إلى هافانا). */
export function afterPreposition(ctx: ArticleContext, i: number): boolean {
  prepositions ??= new Set((cueWords('ar').prepositions ?? []).map(matchKey));
  return i > 0 && gapAfter(ctx, i - 1) === 'space' && prepositions.has(ctx.tokens[i - 1].key);
}

/**
 * Function words, common words and plural or dual verbs the tagger lets into the
 * edges of a span (بأن القدس، البيرة بتاريخ، ماكرون يدعوان). Module functions, not
 * closures per candidate: trimming runs for every candidate of every article.
 */
function functionWord(ctx: ArticleContext, i: number, lex: TrimLexicon): boolean {
  return readingsAt(ctx, i).some(r => isStopWord(r.key)) && !lex.isKnownWord(ctx.tokens[i].key) && !isMaksuraTwin(ctx, i);
}

function isParticle(ctx: ArticleContext, i: number, person: boolean, first: number, last: number): boolean {
  return person && i >= first && i <= last && particles('binds').has(ctx.tokens[i].key);
}

function cuttable(ctx: ArticleContext, i: number, first: number, person: boolean, lex: TrimLexicon): boolean {
  const key = ctx.tokens[i].key;
  // A person's last word stays when it is a known name token (رمضان in طه ياسين رمضان).
  if (person && lex.isNameWord(key)) return false;
  if (functionWord(ctx, i, lex)) return true;
  if (i <= first) return false;
  return (lex.isCommonWord(key) && !isMaksuraTwin(ctx, i)) || isVerbShaped(key, lex) || (person && (isAccusative(key, lex) || isObjectVerbalNoun(key, lex) || (kindWords().namesakeAdjectives.has(key) && !lex.isNameWord(key))));
}

/**
 * An ordinary noun with the accusative -ا of an indefinite object (يقدم برنامجا، ترك ديوانا): the
 * name ended before it; a name's own -ا (محمدا، رضا، زكريا) stays: its stem is a name word or none.
 */
function isAccusative(key: string, lex: TrimLexicon): boolean {
  const stem = key.slice(0, -1);
  return key.length > 3 && key.endsWith('ا') && !key.endsWith('اا') && lex.isCommonWord(stem) && !lex.isNameWord(stem) && !lex.isNameWord(key) && !lex.isKnownWord(key);
}

/**
 * A common word, also behind a glued proclitic (لصالح، وقدم), that no name list knows; not a
 * particle that lengthens a name (ابن، أبو) nor a preposition's twin (علي is also على, and a name).
 */
function ordinaryNoun(ctx: ArticleContext, i: number, lex: TrimLexicon): boolean {
  const key = ctx.tokens[i].key;
  if (lex.isNameWord(key) || lex.isKnownWord(key) || particles('lengthens').has(key) || isStopWord(key) || isMaksuraTwin(ctx, i)) return false;
  return lex.isCommonWord(key) || readingsAt(ctx, i).some(r => r.split && lex.isCommonWord(r.key) && !lex.isNameWord(r.key) && !particles('lengthens').has(r.key));
}

/**
 * A definite verbal noun after a person's name is the object of the verb before the name (تمنى X
 * التوفيق، أعلن X الانسحاب); a surname of that shape ends in ي (الترابي) or a name list knows it.
 */
function isObjectVerbalNoun(key: string, lex: TrimLexicon): boolean {
  return isDefiniteVerbalNoun(key) && !key.endsWith('ي') && !lex.isNameWord(key) && !lex.isKnownWord(key);
}

/** An imperfect verb in the dual or plural (يدعوان، تقولون) that no name list knows. */
function isVerbShaped(key: string, lex: TrimLexicon): boolean {
  return /^[يت].{3,}(?:ان|ون|وا)$/.test(key) && !lex.isKnownWord(key);
}

/**
 * A singular imperfect verb of the third person masculine (يلاقي، يفاوض): ي then a consonant, which
 * foreign names written with a vowel letter there lack (يوهان، يانغ), and no name list knows the
 * word (يحيى، يزيد are name words). Not ت nor سي: foreign names open so (تريزا، تسيبراس، سينيسا).
 * Only before a name: after one it may be a Turkish surname (حمزة يرلكاب).
 */
function isSingularVerb(key: string, lex: TrimLexicon): boolean {
  return /^ي[^اوىي].{2,}$/.test(key) && !lex.isKnownWord(key) && !lex.isNameWord(key);
}

let verbsBeforeNames: Set<string> | undefined;
/** A perfect verb a name list also holds (شن): before more name words, the clause's verb (not-names.json verbsBeforeNames). */
function isVerbBeforeName(key: string): boolean {
  verbsBeforeNames ??= new Set((notNames().verbsBeforeNames?.entries ?? []).map(matchKey));
  return verbsBeforeNames.has(key);
}

/** A word's first letter Arabic, or Latin. */
const ARABIC = /^\p{Script=Arabic}/u;
const LATIN = /^[A-Za-z]/;

/** The candidate trimmed to the convention, or undefined when nothing of a name remains. */
function isDefiniteKind(ctx: ArticleContext, i: number): boolean {
  const kinds = kindWords().placeOutside;
  return readingsAt(ctx, i).some(r => r.key.startsWith('ال') && (kinds.has(r.key) || kinds.has(r.key.slice(2))));
}

export function trimCandidate(ctx: ArticleContext, c: NameCandidate, lex: TrimLexicon): NameCandidate | undefined {
  const { tokens } = ctx;
  let first = tokenIndexAt(tokens, c.start);
  let last = tokenIndexAt(tokens, c.end - 1);
  if (first >= tokens.length || last >= tokens.length || first > last) return undefined;
  // A proclitic written apart with its tatweel (لـ«…»، بـ"…") belongs to the next word, never to the name
  // before it; a bare letter there is an initial (محمد ب.).
  while (last > first && /^[وبلفك]$/.test(tokens[last].key) && tokens[last].text.endsWith('\u0640')) last--;
  if (c.source === 'model') {
    const person = c.type === 'PER';
    // One person's name has no dash, comma or stop inside: the tagger ran an organisation into the name after it (الحركة - سامر خليل).
    for (let i = last - 1; person && i >= first; i--) {
      if (gapAfter(ctx, i) !== 'space' || dashAfter(ctx, i)) {
        first = i + 1;
        break;
      }
    }
    // One name keeps to one script: a Latin word the tagger ran into an Arabic name (Next Previous حامد القرشي, a site's boilerplate) goes.
    while (first < last && LATIN.test(tokens[first].text) && ARABIC.test(tokens[last].text)) first++;
    while (first < last && LATIN.test(tokens[last].text) && ARABIC.test(tokens[first].text)) last--;
    // Nor the verb before it (يؤكدان سامر خليل، يلاقي ظريف، شن ضاحي خلفان).
    while (person && first < last && (isVerbShaped(tokens[first].key, lex) || isSingularVerb(tokens[first].key, lex) || isVerbBeforeName(tokens[first].key))) first++;
    // Nor a noun the name is in construct with (لصالح X، جد X، وقدم X): a person's name opens with no ordinary word.
    while (person && first < last && ordinaryNoun(ctx, first, lex)) first++;
    // أم opening a tagged name is the name's (أم القرى، أم درمان), not the conjunction.
    while (first <= last && functionWord(ctx, first, lex) && !isParticle(ctx, first + 1, person, first, last) && !(first < last && tokens[first].key === 'ام')) first++;
    // After a kind word the tagger's extent stands (حركة بوكو حرام): only function words go.
    while (last >= first && !isParticle(ctx, last - 1, person, first, last) && (c.byKind ? functionWord(ctx, last, lex) : cuttable(ctx, last, first, person, lex))) last--;
    // A person's office in construct after the name (برونو موتان أمين متاحف فرنسا، علي جمعة مفتي مصر).
    while (c.type === 'PER' && last > first && isOfficeInConstruct(ctx, last)) last--;
    if (last < first) return undefined;
    // A place-kind noun alone with its article (المدينة، القرية، العاصمة) is "the city": a reference, not a name.
    if (c.type === 'LOC' && first === last && isDefiniteKind(ctx, first)) return undefined;
  }
  // A word with tanween after a name is an indefinite adverb or adjective (طريق الملك عبدالله شرقاً).
  while (last > first && carriesTanween(tokens[last].text)) last--;
  // The knowledge base and the rules know their full names (الولايات المتحدة الأمريكية).
  if (c.type === 'PER' || (c.type === 'LOC' && c.source === 'model')) {
    // Titles and nisbas in front of a person or place, nisbas after it.
    for (;;) {
      const phrase = c.type === 'PER' ? readTitleAt(ctx, first, lex.nisbaOf) : undefined;
      // The tagger reads an office with no name after it as one (خطيب جمعة: جمعة is also a given name); it names no one.
      if (phrase && c.source === 'model' && phrase.end >= tokens[last].end) return undefined;
      if (phrase && phrase.next <= last) first = phrase.next;
      else if (first < last && tokens[first].key.startsWith('ال') && lex.nisbaOf(tokens[first].key)) first++;
      else break;
    }
    while (last >= first && lex.nisbaOf(tokens[last].key) && !lex.isKnownWord(tokens[last].key) && !(c.type === 'PER' && last > first && isSurnameNisba(tokens[last].key, lex.nisbaOf))) last--;
    if (last < first) return undefined;
  }
  // A person's name never ends in a particle that binds the next word (سعد بن أبي | وقاص، محمد بن عبد | الكريم):
  // the word after it belongs to the name, unless it is an ordinary word (صدام حسين ابن عمه: the particle goes).
  // Once a particle goes, the ones before it go too: stepping forward again would loop (علي بن أبي | طالب).
  let reach = c.end;
  let dropping = false;
  while (c.type === 'PER' && last > first && particles('binds').has(tokens[last].key)) {
    const next = last + 1 < tokens.length && gapAfter(ctx, last) === 'space' ? tokens[last + 1] : undefined;
    const named = !dropping && !!next && /^\p{Script=Arabic}+$/u.test(next.text) && !isStopWord(next.key) &&
      (particles('joinsNext').has(tokens[last].key) || !lex.isCommonWord(next.key) || lex.isNameWord(next.key));
    if (!named) {
      last--;
      dropping = true;
    } else {
      last++;
      reach = Math.max(reach, tokens[last].end);
      if (!particles('binds').has(tokens[last].key)) break;
    }
  }
  const kinds = c.type === 'LOC' ? kindWords().placeOutside : c.type === 'ORG' ? kindWords().bodyOutside : undefined;
  // Some kinds stay inside before an article word (وكالة الأنباء …، حركة الجهاد …) or a keeper noun (وكالة أنباء …) and go outside before a bare name (وكالة فرانس برس، حركة طالبان).
  const kindAt = first < last && kinds ? readingsAt(ctx, first).find(r => kinds.has(r.key))?.key : undefined;
  const keeps = (key: string): boolean => key.startsWith('ال') || kindWords().kindKeepers.has(key);
  const afterKind = !!kindAt && !(keeps(tokens[first + 1].key) && kindWords().wholeWithArticle.has(kindAt));
  if (afterKind) first++;
  if (c.type === 'LOC' && first < last && kindWords().placeEpithets.has(tokens[last].key)) last--;
  let start = Math.max(c.start, tokens[first].start);
  // The gazetteer, the rules and the consistency pass place proclitics themselves; the tagger marks whole tokens.
  if (start === tokens[first].start && c.source === 'model' && !afterKind) start = stemStart(ctx, first, c, lex);
  const end = Math.min(reach, tokens[last].end);
  if (end <= start) return undefined;
  return start === c.start && end === c.end ? c : nameCandidate({ ...c, start, end });
}
