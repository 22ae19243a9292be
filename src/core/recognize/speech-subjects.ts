// The subject of a speech cue by its place in the clause: the name after the
// verb (VSO, through titles), the name or relative antecedent before it (SVO),
// the source a relaying verb names after عن, or a definite noun in the
// subject's place. Words inside quotations and names are marked first.
import type { Mention, Quote } from '../types';
import { COMPLEMENTISERS, PREPOSITION_WORD, isGoverned, isGovernedOrAddressed, isTitleNoun, isTitleWord, nameAfterTitles, wordIndexAt, type Discourse } from './discourse';
import { RELATIVES, lastOfChain } from './subject-chain';
import { isOfficialsBody } from './officials';
import { definiteNounAt, type DefiniteNoun } from './short-references';
import { CUE_FORM, RELAY, isFrom, type Cue } from './speech-cues';
import { cueWords } from '../lang/lexicon';
import { wordKey } from './word-key';

/** Words inside a quotation (1) or a name (2), marked once per article. */
export interface Marks {
  d: Discourse;
  marks: Uint8Array;
}
const QUOTED = 1;
export const NAMED = 2;

/** What is said begins at word j: a quotation, or a colon before it. */
export const speechStarts = (m: Marks, j: number): boolean => (m.marks[j] & QUOTED) !== 0 || m.d.words[j].gap.includes(':');

/** The source a relaying verb names after عن (نقلت الصحيفة عن الوزير فلان قوله), a few words on. */
export function relayedSource(k: Marks, cue: Cue, end: number): Mention | undefined {
  const d = k.d;
  if (cue.kind !== 'verb' || !RELAY.word(d, cue.word)) return undefined;
  for (let j = cue.word + 1; j < end && j <= cue.word + 6; j++) {
    if (speechStarts(k, j) || COMPLEMENTISERS.has(d.words[j].key)) return undefined;
    if (!isFrom(d, j)) continue;
    const named = nameAfterTitles(d, j + 1, 6, end);
    return named && !speechStarts(k, named.word) ? lastOfChain(d, named.mention, end, x => speechStarts(k, x)) : undefined;
  }
  return undefined;
}

/**
 * VSO: the first name after the verb that no preposition governs, before a complementiser, a
 * relative pronoun or the quotation. A chain of names and titles ends in the subject's own name
 * (رئيس أركان الجيش الجنرال فلان، خطيب جامع المدينة فلان): its last person is taken.
 */
export function subjectAfter(k: Marks, cue: Cue, end: number): Mention | undefined {
  const d = k.d;
  // عن right after the verb opens its object (كشف عن، أعرب عن، أعلن عن ما وصفه …): the subject is not after it.
  if (cue.kind !== 'according' && cue.word + 1 < end && isFrom(d, cue.word + 1)) return undefined;
  const titled = nameAfterTitles(d, cue.word + 1, 6, end);
  if (titled && !speechStarts(k, titled.word) && (cue.kind === 'according' || cue.ambiguous || !isGovernedOrAddressed(d, titled.word, titled.mention))) return lastOfChain(d, titled.mention, end, j => speechStarts(k, j));
  // A definite noun right after the verb is its subject (وقال المحافظ بصفته …): a name may only follow it directly (الناشط فلان).
  if (cue.kind === 'verb' && cue.word + 1 < end && !speechStarts(k, cue.word + 1) && /^ال../.test(d.words[cue.word + 1].key)) {
    const named = nameAfterTitles(d, cue.word + 2, 3, end) ?? personClosingTitle(k, cue.word + 2, end);
    // A name a preposition governs is the addressee (وقال المصدر لوكالة …), never the noun's own name.
    return named && !speechStarts(k, named.word) && !isGovernedOrAddressed(d, named.word, named.mention) ? lastOfChain(d, named.mention, end, j => speechStarts(k, j)) : undefined;
  }
  for (let j = cue.word + 1; j < end && j <= cue.word + 7; j++) {
    if (speechStarts(k, j) || COMPLEMENTISERS.has(d.words[j].key) || RELATIVES().has(d.words[j].key)) return undefined;
    // The source of "according to" follows it in its own phrase: a comma closes it (وبحسب محللين، فإن سوق دبي …).
    if (cue.kind === 'according' && j > cue.word + 1 && /[،,]/.test(d.words[j].gap)) return undefined;
    const m = d.mentionAt[j];
    if (!m) continue;
    // A place in construct with a noun a preposition governs (في قلب أمريكا، بيانات المعرض في دبي) is where, not who;
    // after "according to" only a place right after it is the source (بحسب مصر).
    if (m.type === 'LOC' && (cue.kind === 'according' ? j > cue.word + 1 : placeInPhrase(d, j))) {
      // A title's chain may still run through it to its person (رئيس نقابة … في ولاية X فلان).
      const chained = lastOfChain(d, m, end, x => speechStarts(k, x));
      if (chained !== m) return chained;
      j = Math.max(j, wordIndexAt(d, m.end) - 1);
      continue;
    }
    // "According to" governs its source (وفقا لفلان، نقلا عن فلان); a verb's governed names are objects.
    if (cue.kind !== 'according' && isGovernedOrAddressed(d, j, m) && !isOfficialsBody(d, j)) {
      j = Math.max(j, wordIndexAt(d, m.end) - 1);
      continue;
    }
    return lastOfChain(d, m, end, j => speechStarts(k, j));
  }
  return undefined;
}

/** The place at word j follows a noun that a preposition governs (في قلب X، إلى مدينة X): it is inside that phrase. */
function placeInPhrase(d: Discourse, j: number): boolean {
  const p = j - 2;
  return p >= 0 && d.words[p].sentence === d.words[j].sentence && !d.mentionAt[j - 1] && !isTitleWord(d, j - 1) && PREPOSITION_WORD.word(d, p);
}

/**
 * The person that closes a long title after the verb (أوضح المدير العام لفرع الوزارة في منطقة X الدكتور فلان أن):
 * bodies and places inside the title are passed; a break, a complementiser, a relative pronoun or a speech word ends it.
 */
function personClosingTitle(k: Marks, from: number, end: number): { mention: Mention; word: number } | undefined {
  const d = k.d;
  for (let j = from; j < end && j <= from + 8; j++) {
    if (speechStarts(k, j) || COMPLEMENTISERS.has(d.words[j].key) || RELATIVES().has(d.words[j].key) || /[،,.:؛]/.test(d.words[j].gap)) return undefined;
    const m = d.mentionAt[j];
    // Another speech word opens a clause of its own (وقال المحافظ بصفته متحدثا باسم فلان): its name is not the title's.
    if (!m && CUE_FORM.word(d, j)) return undefined;
    // Only a name after a title or a word with the article (… المهندس فلان، … الجوي فلان) is the title's own:
    // after a noun without it, the name is in construct with that noun (بصفته ممثل فلان: someone else).
    if (m?.type === 'PER') return j > from && (isTitleWord(d, j - 1) || /^و?ال../.test(d.words[j - 1].key) || closesPlaceOrBody(d, j - 1)) ? { mention: m, word: j } : undefined;
  }
  return undefined;
}

/**
 * Word j ends the body or place a title is of (… باسم هيئة الإسعاف بجدة فلان، مدير فرع الشركة في مكة فلان):
 * a place or body's name, or a word glued to ب (in a place the names missed). The name after it is the title's own.
 */
function closesPlaceOrBody(d: Discourse, j: number): boolean {
  const m = d.mentionAt[j];
  return m ? m.type !== 'PER' : /^ب.{3}/.test(d.words[j].key) && !PREPOSITION_WORD.word(d, j);
}

/**
 * SVO: the last name before the verb that no preposition governs (not a place), or the antecedent
 * of a relative pronoun before it; a complementiser ends the search (what follows it is reported).
 */
export function subjectBefore(k: Marks, cue: Cue, sentFirst: number): Mention | undefined {
  const d = k.d;
  for (let j = cue.word - 1; j >= sentFirst && j >= cue.word - 8; j--) {
    // A name inside the quotation before the verb is what was said (…الجيش» وأضاف أن «…»), never who says more.
    if (k.marks[j] & QUOTED) return undefined;
    // A relative that disagrees with the verb (التي قال عنها): its antecedent is what is spoken of, not the speaker.
    if (RELATIVES().has(d.words[j].key)) return FEMININE_RELATIVE.test(d.words[j].key) === (cue.feminine === true) ? nameEndingBefore(d, j, sentFirst) : undefined;
    if (COMPLEMENTISERS.has(d.words[j].key)) return undefined;
    const m = d.mentionAt[j];
    if (m && m.type !== 'LOC' && (!isGoverned(d, j, m) || isOfficialsBody(d, j))) return m.type === 'PER' ? m : personBeforeTitle(d, j, sentFirst) ?? m;
  }
  // A subject fronted before a long relative clause: "فلان، الذي …، قال".
  for (let j = sentFirst; j < sentFirst + 5 && j < cue.word - 8; j++) {
    if (RELATIVES().has(d.words[j].key)) return nameEndingBefore(d, j, sentFirst);
  }
  return undefined;
}

/**
 * The person whose title governs the body at word j (فلان مدرب النادي أكد، فلان رئيس الشركة قال): a name ending
 * right before one or two title words. The body only says whose title it is.
 */
function personBeforeTitle(d: Discourse, j: number, sentFirst: number): Mention | undefined {
  let t = j - 1;
  while (t >= sentFirst && t >= j - 2 && !d.mentionAt[t] && (isTitleNoun(d, t) || (t === j - 1 && headsConstruct(d, t)))) t--;
  if (t === j - 1) return undefined;
  for (let s = t; s >= sentFirst && s >= t - 4; s--) {
    const m = d.mentionAt[s];
    if (m) return m.type === 'PER' && wordIndexAt(d, m.end) === t + 1 ? m : undefined;
  }
  return undefined;
}

/** Word t is a bare noun in construct with the name after it (مدرب النادي، مالك الشركة): no article, preposition, verb or particle. */
function headsConstruct(d: Discourse, t: number): boolean {
  const key = d.words[t].key;
  return !key.startsWith('ال') && !PREPOSITION_WORD.word(d, t) && !CUE_FORM.word(d, t) && !COMPLEMENTISERS.has(key) && !RELATIVES().has(key);
}

/** The feminine relative pronouns (التي، اللتان، اللتين) by their letters: the masculine ones have ذ. */
const FEMININE_RELATIVE = /^الل?ت/;

/** The name (not a place) ending within two words before word r. */
function nameEndingBefore(d: Discourse, r: number, sentFirst: number): Mention | undefined {
  for (let j = r - 1; j >= sentFirst && j >= r - 4; j--) {
    const m = d.mentionAt[j];
    // The antecedent is the clause's subject even where a preposition governs it in the main clause.
    if (m && wordIndexAt(d, m.end) >= r - 2) return m.type === 'LOC' ? undefined : m;
  }
  return undefined;
}

/** A definite noun right after the verb (وقال الوزير، وأعلن المرصد) that is not a name, and the definite adjective after it. */
export function definiteNounAfter(k: Marks, cue: Cue, end: number): DefiniteNoun | undefined {
  return definiteNounAt(k.d, cue.word + 1, end, j => speechStarts(k, j));
}

/** Marks words inside quotations and inside names (a name such as كيري reads as ك + يرى: never a cue). */
export function markWords(d: Discourse, quotes: Quote[]): Marks {
  const marks = new Uint8Array(d.words.length);
  for (let i = 0; i < d.words.length; i++) {
    const m = d.mentionAt[i];
    if (!m) continue;
    for (let j = i; j < d.words.length && d.words[j].start < m.end; j++) marks[j] |= NAMED;
  }
  for (const q of quotes) {
    for (let j = wordIndexAt(d, q.start); j < d.words.length && d.words[j].start < q.end; j++) {
      if (marks[j] & QUOTED) break;
      marks[j] |= QUOTED;
    }
  }
  return { d, marks };
}

/**
 * The subject of the clause that opens the sentence: the name right after its first word, titles passed,
 * that no preposition governs (ودافع فلان عن …). A lead phrase closed by a comma (من جهته، أعرب فلان) may
 * stand before the verb. A person, or for a feminine cue an organisation too.
 */
export function openingSubject(d: Discourse, sentFirst: number, cueWord: number, feminine: boolean, types: Map<string, string>): Mention | undefined {
  let verb = sentFirst;
  for (let j = sentFirst + 1; j <= sentFirst + 6 && j < cueWord; j++) {
    if (!/[،,]/.test(d.words[j].gap)) continue;
    verb = j;
    break;
  }
  if (verb + 1 >= cueWord || d.mentionAt[verb] || PREPOSITION_WORD.word(d, verb)) return undefined;
  // Titles are passed, and the definite noun a title governs (وزير المالية فلان); any other word ends the subject's place.
  for (let j = verb + 1; j < cueWord && j <= verb + 7; j++) {
    const m = d.mentionAt[j];
    if (m) {
      if (isGovernedOrAddressed(d, j, m)) return undefined;
      const type = types.get(m.entity) ?? m.type;
      return type === 'PER' || (feminine && type === 'ORG') ? m : undefined;
    }
    if (!isTitleWord(d, j) && !(j > verb + 1 && isTitleWord(d, j - 1) && /^ال../.test(d.words[j].key))) return undefined;
  }
  return undefined;
}

let openers: Set<string> | undefined;

/**
 * The topic a particle fronts at the sentence's start and a verb with ف answers (أما رئيس الرابطة فلان، وهو …،
 * فقال): the first name after the particle, the last person of its chain, however long the apposition between.
 */
export function frontedTopic(k: Marks, cue: Cue, sentFirst: number): Mention | undefined {
  const d = k.d;
  if (cue.kind !== 'verb' || !d.words[cue.word].key.startsWith('ف')) return undefined;
  openers ??= new Set((cueWords('ar').topicOpeners ?? []).map(wordKey));
  let j = sentFirst;
  while (j < sentFirst + 2 && j < cue.word && !openers.has(d.words[j].key.replace(/^و(?=.)/, ''))) j++;
  if (j >= cue.word || !openers.has(d.words[j].key.replace(/^و(?=.)/, ''))) return undefined;
  for (let t = j + 1; t < cue.word && t <= j + 6; t++) {
    if (k.marks[t] & QUOTED) return undefined;
    const m = d.mentionAt[t];
    if (!m) continue;
    if (m.type === 'LOC' || isGoverned(d, t, m)) return undefined;
    return lastOfChain(d, m, cue.word, x => speechStarts(k, x));
  }
  return undefined;
}
