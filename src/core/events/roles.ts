// Who acts, read off the event's clause rather than taken from the nearest name:
//  - a verb after a relative pronoun has the antecedent as subject (X الذي ندد), and no one
//    else when the antecedent is not a name; a second description joined by و has the first's head;
//  - a VSO subject may follow a short prepositional phrase (شارك في الاجتماع الوزير فلان);
//  - an impersonal report (تم / جرى + verbal noun) names its agent only with من قبل / على أيدي;
//  - a unit or men of a body (طائرات التحالف، مسلحون من حركة X) stand for the body.
// An event noun's own phrase and its support verb: noun-agents.ts.
import { functionWords, institutions } from '../lang/lexicon';
import { COMPLEMENTISERS, WordMemo, isGoverned, isTitleWord, nameAfterTitles, wordIndexAt, type Discourse } from '../recognize/discourse';
import { wordKey } from '../recognize/word-key';
import type { Mention } from '../types';
import type { EventFrame } from './triggers';
import { isViolent } from './typing';
import { eventWords, type EventWordClass } from './words';
import { bodyFirst } from '../recognize/byline';
import { lastOfChain } from '../recognize/subject-chain';
import { classifierKinds } from './office-holders';

const STOP_PUNCTUATION = /[.:؛"«»()!?؟]/;
const ANY_PUNCTUATION = /[،,.:؛"«»()!?؟–—-]/;

/** A preposition carrying a pronoun (بها، له، عليه): an object that may stand between a verb and its subject. The endings are morphology. */
export const PRONOUN_OBJECT = new RegExp(`^(?:${[...eventWords('pronounObjectPrepositions')].join('|')})(?:ه|ها|هم|هما|هن)$`);

export const hasWord = (d: Discourse, j: number, wordClass: EventWordClass): boolean =>
  j >= 0 && j < d.words.length && d.words[j].keys.some(k => eventWords(wordClass).has(k));

/**
 * "X did it before": سبق لـX أن / وأن + the verb. The name after ل is the verb's subject, and no
 * name after the verb (سبق لأوتاوا أن وعدت بها بغداد: بغداد was promised).
 */
export function priorSubject(d: Discourse, f: EventFrame): Mention | undefined {
  const c = f.from - 1;
  if (c < 2 || !d.words[c].keys.some(k => COMPLEMENTISERS.has(k)) || !oneClause(d, c - 2, f.from)) return undefined;
  for (let j = c - 1; j >= c - 3 && j > 0; j--) {
    const m = d.mentionAt[j];
    if (!m) continue;
    // Back over the titles before the name (سبق للوزير فلان أن): ل is glued on the first word.
    let t = j;
    while (t > 1 && t > j - 3 && isTitleWord(d, t - 1)) t--;
    const glued = t === j ? d.ctx.text.slice(d.words[j].start, m.start) : d.words[t].prefixes.join('');
    return hasWord(d, t - 1, 'priorVerbs') && /ل/.test(glued) ? m : undefined;
  }
  return undefined;
}

/**
 * A name between a complementiser and the verb (أكد أن مملكة البحرين تدعو إيران، قال إن الرئيس فلان يرفض …): the
 * clause's subject, fronted; a name after the verb is then its object.
 */
export function frontedSubject(d: Discourse, f: EventFrame): Mention | undefined {
  const m = mentionCovering(d, f.from - 1);
  if (!m || m.end > d.words[f.from].start || !oneClause(d, f.from - 1, f.from)) return undefined;
  let j = f.from - 1;
  while (j > 0 && d.mentionAt[j] !== m) j--;
  if (isGoverned(d, j, m) || d.words[j].prefixes.some(p => /[بلك]$/.test(p))) return undefined;
  // Back over the titles before the name (أن الرئيس الروسي فلان).
  let t = j;
  while (t > 1 && t > j - 4 && isTitleWord(d, t - 1) && oneClause(d, t - 1, j)) t--;
  return t > 0 && COMPLEMENTISERS.has(d.words[t - 1].key) && oneClause(d, t - 1, f.from) ? m : undefined;
}

/** A sentence opens with its subject this many words long at most (الرئيس الروسي فلاديمير بوتين). */
const OPENING_REACH = 6;
/** A preposition written alone, after و or ف too (وفي المدينة): what opens the sentence is a phrase, not its subject. */
const OPENING_PREPOSITION = new WordMemo(w => w.keys.some((k, r) => /^[وف]?$/.test(w.prefixes[r]) && prepositions().has(k)));
let prepositionKeys: Set<string> | undefined;
const prepositions = (): Set<string> => (prepositionKeys ??= new Set(functionWords().prepositions.entries.map(wordKey)));

/**
 * A sentence that opens with its subject and then the verb (headlines: الجبوري يطالب العبادي، والأهالي يناشدون
 * هادي): the subject named there, or null when it names no one (خادم الحرمين يستقبل …); a name after the verb is then
 * its object. Undefined when the words before the verb are no subject: one may be a preposition, a complementiser, a
 * relative pronoun, a date (اليوم يستقبل), or a word neither definite, a title, a name nor in construct with one.
 */
export function openingSubject(d: Discourse, f: EventFrame, isDate: (j: number) => boolean): { mention: Mention; word: number } | null | undefined {
  const first = bodyFirst(d, f.from);
  if (f.from === first || f.from - first > OPENING_REACH || !oneClause(d, first, f.from)) return undefined;
  let subject: { mention: Mention; word: number } | null = null;
  for (let j = first; j < f.from; j++) {
    const w = d.words[j];
    if (isDate(j) || OPENING_PREPOSITION.word(d, j) || COMPLEMENTISERS.has(w.key) || hasWord(d, j, 'relativePronouns')) return undefined;
    const m = d.mentionAt[j];
    if (m) {
      if (isGoverned(d, j, m)) return undefined;
      subject = { mention: m, word: j };
      continue;
    }
    const definite = (k: number): boolean => k < f.from && (!!mentionCovering(d, k) || d.words[k].prefixes.some(p => p.endsWith('ال')));
    if (!mentionCovering(d, j) && !isTitleWord(d, j) && !definite(j) && !definite(j + 1) && !definite(j + 2)) return undefined;
  }
  return subject;
}

const OPENS_GLOSS = /^\s*\(\s*$/;
const CLOSES_GLOSS = /^\s*\)\s*$/;

const OPENS_QUOTE = /^\s*[«"“]\s*$/;
const CLOSES_QUOTE = /^\s*[»"”]\s*$/;

/**
 * Word j's gap opens or closes quote marks around nothing but one name (هجوم «داعش» على، صحيفة «X»): news
 * sets names off so, and the name stays in the clause.
 */
function quotedNameMark(d: Discourse, j: number): boolean {
  const gap = d.words[j].gap;
  if (OPENS_QUOTE.test(gap)) {
    const m = d.mentionAt[j];
    if (!m || m.start !== d.words[j].start) return false;
    let k = j;
    while (k < d.words.length && d.words[k].end <= m.end) k++;
    return k < d.words.length && d.words[k].end > m.end && k > j && d.words[k].sentence === d.words[j].sentence && CLOSES_QUOTE.test(d.words[k].gap);
  }
  if (!CLOSES_QUOTE.test(gap) || j === 0) return false;
  const m = mentionCovering(d, j - 1);
  if (!m || m.end !== d.words[j - 1].end) return false;
  const first = wordIndexAt(d, m.start);
  return d.words[first].start === m.start && OPENS_QUOTE.test(d.words[first].gap);
}

/**
 * Words a..b (a < b) are in one sentence with no punctuation between them (commas allowed when `commas`). A gloss of
 * one or two words in parentheses (أعلنت تونس اليوم (الجمعة) …، تنظيم الدولة (داعش)) leaves the clause whole, as do
 * quote marks around a name (quotedNameMark).
 */
export function oneClause(d: Discourse, a: number, b: number, commas = false): boolean {
  if (a < 0 || b >= d.words.length || d.words[a].sentence !== d.words[b].sentence) return false;
  for (let j = a + 1; j <= b; j++) {
    const gap = d.words[j].gap;
    if (!(commas ? STOP_PUNCTUATION : ANY_PUNCTUATION).test(gap)) continue;
    if (quotedNameMark(d, j)) continue;
    // From inside the gloss (a is its word) only its closing mark is left.
    if (CLOSES_GLOSS.test(gap) && (OPENS_GLOSS.test(d.words[j - 1].gap) || (j - 2 >= a && OPENS_GLOSS.test(d.words[j - 2].gap)))) continue;
    const close = OPENS_GLOSS.test(gap) ? [j + 1, j + 2].find(k => k < d.words.length && CLOSES_GLOSS.test(d.words[k].gap)) : undefined;
    if (close === undefined) return false;
    j = close;
  }
  return true;
}

/** The mention covering word j (starting at most five words before it), if any. */
export function mentionCovering(d: Discourse, j: number): Mention | undefined {
  for (let q = j; q >= 0 && q >= j - 5; q--) {
    const m = d.mentionAt[q];
    if (m && m.end >= d.words[j].end) return m;
  }
  return undefined;
}

interface UnitWords {
  heads: Set<string>;
  affiliations: Set<string>;
  memberships: Set<string>;
  members: Set<string>;
}
let units: UnitWords | undefined;
const unitWords = (): UnitWords => {
  const lists = institutions();
  const folded = (list: { entries: string[] }): Set<string> => new Set(list.entries.map(wordKey));
  return (units ??= { heads: folded(lists.unitHeads), affiliations: folded(lists.affiliations), memberships: folded(lists.memberships), members: folded(lists.memberHeads) });
};

/** Some of a body's men (مسلحون من حركة X، عناصر من التنظيم): the body, a kind noun before its name allowed. */
function memberOwner(d: Discourse, j: number, end: number): { mention: Mention; word: number } | undefined {
  if (j + 2 >= end || d.words[j + 1].key !== 'من' || !d.words[j].keys.some(k => unitWords().members.has(k)) || !oneClause(d, j, j + 2)) return undefined;
  for (let k = j + 2; k <= j + 3 && k < end && oneClause(d, k - 1, k); k++) {
    const m = d.mentionAt[k];
    if (m) return m.type === 'ORG' ? { mention: m, word: k } : undefined;
  }
  return undefined;
}

/**
 * The body a unit or its arms or men belong to (طائرات التحالف، طائرات حربية تابعة للتحالف، الدول
 * المنضوية في التحالف، مسلحون من حركة X): the body acts through them, so a unit in the subject's place is the
 * body. Nothing when word j is a name, no unit head, or governed itself (بغارات من طائرات …:
 * an instrument, not the subject). `members`: a body's men in construct (عناصر التنظيم) count too; not after a
 * plural verb, whose subject stands before it, so that the men after it are its object (استهدفوا مسلحي التنظيم).
 */
export function unitOwner(d: Discourse, j: number, end: number, instrument = false, members = true): { mention: Mention; word: number } | undefined {
  const w = d.words[j];
  const member = !d.mentionAt[j] && !isGoverned(d, j, w) ? memberOwner(d, j, end) : undefined;
  if (member) return member;
  const r = w.keys.findIndex(k => unitWords().heads.has(k) || (members && eventWords('memberConstructs').has(k)));
  // The article's lam is no preposition (القوات، والدول); لل and بال are.
  if (r < 0 || d.mentionAt[j] || (!instrument && (/[بلك]/.test(w.prefixes[r].replace(/ال$/, '')) || isGoverned(d, j, w)))) return undefined;
  const after = (k: number): Mention | undefined => (k < end && oneClause(d, k - 1, k) && d.mentionAt[k]?.type === 'ORG' ? d.mentionAt[k] : undefined);
  for (let k = j + 1; k < end && k <= j + 2 && oneClause(d, j, k); k++) {
    const m = d.mentionAt[k];
    // The body's kind noun may stand outside its name between them (عناصر تنظيم X، قوات حركة X).
    const named = k === j + 1 || (!d.mentionAt[j + 1] && classifierKinds().has(d.words[j + 1].key));
    if (named && m?.type === 'ORG' && m.start === d.words[k].start) return { mention: m, word: k };
    if (d.words[k].keys.some(x => unitWords().affiliations.has(x))) {
      const owner = after(k + 1);
      return owner ? { mention: owner, word: k + 1 } : undefined;
    }
    if (d.words[k].keys.some(x => unitWords().memberships.has(x)) && d.words[k + 1]?.key === 'في') {
      const body = after(k + 2);
      return body ? { mention: body, word: k + 2 } : undefined;
    }
  }
  return undefined;
}

/**
 * For a verb right after a relative pronoun (قد between allowed): the antecedent name, or null
 * when the antecedent is no name; undefined when the verb is not in a relative clause.
 */
export function relativeSubject(d: Discourse, f: EventFrame): Mention | null | undefined {
  let p = f.from - 1;
  if (p >= 0 && eventWords('perfectParticles').has(d.words[p].key)) p--;
  if (!oneClause(d, p, f.from) || !hasWord(d, p, 'relativePronouns')) return undefined;
  // A comma may set a describing clause off its antecedent (فلان، الذي …).
  if (!oneClause(d, p - 1, p, true)) return null;
  const w = d.words[p];
  const last = mentionCovering(d, p - 1);
  // A second description joined by و (X الحليفة لـY والتي تعارض) has the head of the first: past the name
  // a preposition governs there and the definite adjectives before it, to the name they describe.
  if (last && w.keys.some((k, r) => eventWords('relativePronouns').has(k) && w.prefixes[r] === 'و')) {
    let q = p - 1;
    while (q > 0 && d.mentionAt[q] !== last) q--;
    if (!isGoverned(d, q, last)) return last;
    const adjectives = q;
    while (q > 0 && q > adjectives - 3 && oneClause(d, q - 1, q) && !d.mentionAt[q - 1] && d.words[q - 1].prefixes.includes('ال')) q--;
    const head = q < adjectives && oneClause(d, q - 1, q) ? mentionCovering(d, q - 1) : undefined;
    if (head) return head;
  }
  return last ?? null;
}

/**
 * The subject after a short prepositional phrase and an adverb (شارك في الاجتماع خصوصا الوزير فلان): a
 * preposition on its own at word k, one definite noun that is no name, then titles and the name. Not on violent
 * verbs, whose form there is as often passive (قتل في الهجوم الجندي فلان: the victim).
 */
export function subjectAfterPhrase(d: Discourse, f: EventFrame, k: number, end: number): { mention: Mention; word: number } | undefined {
  if (isViolent(f.cameo) || k + 2 >= end || !oneClause(d, k, k + 2)) return undefined;
  if (!eventWords('interposedPrepositions').has(d.words[k].key) || d.mentionAt[k + 1] || !d.words[k + 1].prefixes.includes('ال')) return undefined;
  const j = hasWord(d, k + 2, 'interposedAdverbs') ? k + 3 : k + 2;
  const found = nameAfterTitles(d, j, 5, end);
  return found && !isGoverned(d, found.word, found.mention, j) ? found : undefined;
}

/**
 * A person named right after a definite noun that describes him (أشاد المتطوع فلان، هدد المواطن فلان): the noun
 * is in apposition, the person the subject. Word k is the noun, right after the verb.
 */
export function apposedPerson(d: Discourse, k: number, end: number): { mention: Mention; word: number } | undefined {
  const m = k + 1 < end ? d.mentionAt[k + 1] : undefined;
  if (!m || m.type !== 'PER' || m.start !== d.words[k + 1].start || d.mentionAt[k] || !oneClause(d, k, k + 1)) return undefined;
  return d.words[k].prefixes.some(p => p.endsWith('ال')) && !/[بلك]/.test(d.words[k].prefixes.join('').replace(/ال$/, '')) ? { mention: m, word: k + 1 } : undefined;
}

/** A relative clause is this many words at most: an antecedent further back is out of reach. */
const RELATIVE_REACH = 12;

/**
 * The relative pronoun opening the clause the words right before the trigger are in (التحالف الذي
 * تقوده واشنطن ضد الحركة شن …): names there are that clause's subject and objects, never the later
 * trigger's subject, which is the antecedent or a name before it. None when the trigger is the
 * relative verb itself or a stop stands between (a comma may close the clause: the names stay skipped),
 * and for a noun the clause must be closed by a comma.
 */
export function relativeClauseBefore(d: Discourse, f: EventFrame, first: number): number | undefined {
  // A trigger joined by و goes on with the relative clause (التي يباشر فيها الوزير فلان عمله ويلتقي): its subject is that clause's.
  if (/^و/.test(d.ctx.text.slice(d.words[f.from].start, f.start))) return undefined;
  for (let p = f.from - 2; p >= first && p >= f.from - RELATIVE_REACH; p--) {
    if (!hasWord(d, p, 'relativePronouns')) continue;
    // الذين كان فلان التقاهم: the subject stands before the clause's verb, which may be the trigger itself.
    if (!oneClause(d, p, f.from, true) || hasWord(d, p + 1, 'auxiliaryVerbs')) return undefined;
    // A finite verb there is the main clause's; a noun may still be the relative verb's circumstance
    // (التي قطعتها الحكومة خلال قمة) unless a comma closed the clause before it.
    return (f.verbal && !f.participle) || /[،,]/.test(d.words[f.from].gap) ? p : undefined;
  }
  return undefined;
}

/** An impersonal report: تم / يتم / جرى right before the trigger. */
export const isImpersonal = (d: Discourse, f: EventFrame): boolean => oneClause(d, f.from - 1, f.from) && hasWord(d, f.from - 1, 'impersonalVerbs');

/** من قبل X / على أيدي X / على يد X within a few words after the trigger. */
export function agentPhrase(d: Discourse, f: EventFrame, end: number): Mention | undefined {
  for (let j = f.to; j < end && j < f.to + 8; j++) {
    if (j > f.to && STOP_PUNCTUATION.test(d.words[j].gap)) return undefined;
    if (!hasWord(d, j, 'agentMarkers') || !eventWords('agentPrepositions').has(d.words[j - 1]?.key ?? '')) continue;
    // A place or body after an office (من قبل أمين المنطقة المهندس فلان) describes it: the person closing the chain acts.
    const named = nameAfterTitles(d, j + 1, 3, end);
    if (named && named.word > j + 1 && named.mention.type !== 'PER') return lastOfChain(d, named.mention, end, k => /[«"“:]/.test(d.words[k].gap));
    return named?.mention ?? latter(d, j + 1) ?? ownerAfter(d, j + 1, end);
  }
  return undefined;
}

/**
 * A person or body within two words after word i, in one clause (من قبل جيش المخلوع فلان: the men of the
 * one named): whose arms or followers acted. Never a place (من قبل مسلحين في مدينة X: where, not who).
 */
function ownerAfter(d: Discourse, i: number, end: number): Mention | undefined {
  for (let q = i + 1; q < end && q <= i + 2 && oneClause(d, i, q); q++) {
    const m = d.mentionAt[q];
    if (m) return m.type !== 'LOC' && !isGoverned(d, q, m) ? m : undefined;
  }
  return undefined;
}

/** "The latter" (الأخير) at word j: the name last mentioned before it, in its sentence or the one before. */
export function latter(d: Discourse, j: number): Mention | undefined {
  if (j >= d.words.length || !hasWord(d, j, 'latterWords')) return undefined;
  const from = d.sentenceStart[Math.max(0, d.words[j].sentence - 1)];
  for (let q = j - 1; q >= from && q >= j - 80; q--) {
    const m = d.mentionAt[q];
    if (m) return m;
  }
  return undefined;
}

/** The first name of the sentence that is no object of a preposition: the main clause's subject. */
export function sentenceSubject(d: Discourse, before: number, unlike?: string): Mention | undefined {
  let first: Mention | undefined;
  // Bounded: a run-on "sentence" of megabytes must not make every participle scan it all.
  for (let j = Math.max(bodyFirst(d, before), before - 60); j < before; j++) {
    const m = d.mentionAt[j];
    if (!m || isGoverned(d, j, m)) continue;
    if (m.type !== unlike) return m;
    first ??= m;
  }
  return first;
}

/**
 * A pronoun on the verb or on a preposition right after it (زاره، وعد بها، سيطر عليها) takes the antecedent up as
 * an object. Further on a pronoun is as often another's (ترفض الاعتراف بهم); مع + pronoun is a partner
 * (فلان الذي بحث معه).
 */
export function isResumed(d: Discourse, f: EventFrame, sEnd: number): boolean {
  if (f.possessed) return true;
  const key = f.to < sEnd ? d.words[f.to].key : '';
  return PRONOUN_OBJECT.test(key) && ![...eventWords('partnerPrepositions')].some(p => key.startsWith(p));
}
