// Who acts, read off the event's clause rather than taken from the nearest name:
//  - a verb after a relative pronoun has the antecedent as subject (X الذي ندد), and no one
//    else when the antecedent is not a name; a second description joined by و has the first's head;
//  - a VSO subject may follow a short prepositional phrase (شارك في الاجتماع الوزير فلان);
//  - an impersonal report (تم / جرى + verbal noun) names its agent only with من قبل / على أيدي;
//  - an event noun's agent is in its own phrase: the construct genitive (زيارة الوزير، مناوشات
//    المسلحين) unless the noun takes its patient there (مقتل الطفل، اعتقال X), ل + name for
//    attacks and protests (هجوم لحركة X), من قبل / على أيدي + name, the owner of its pronoun
//    (رفضها; the patient on nouns of assault: استهدافهما), or the subject of the support verb that governs it (أعلن الوزير حالة الطوارئ);
//    a noun with none of these has no actor (the nearest name is as often the place or the victim)
//    unless it is a circumstance of its clause (بعد زيارة X): then the clause's subject, in arguments.ts.
import { institutions } from '../lang/lexicon';
import { COMPLEMENTISERS, PREPOSITION_WORD, isGoverned, isTitleWord, nameAfterTitles, type Discourse } from '../recognize/discourse';
import { wordKey } from '../recognize/word-key';
import type { Mention } from '../types';
import type { EventFrame } from './triggers';
import { cameoRoot, isViolent } from './typing';
import { eventWords, type EventWordClass } from './words';
import { withoutObjectPronoun } from '../lang/inflect';
import { bodyFirst } from '../recognize/byline';

/** Roots whose verbal noun takes its patient as genitive: investigation, disapproval, sanctions, coercion, assault. */
const PATIENT_GENITIVE = new Set(['09', '11', '16', '17', '18', '20']);
/** Roots whose noun names its agent after ل: protests, force posture, assaults, fighting. */
const LAM_AGENT = new Set(['14', '15', '18', '19', '20']);
/** Roots of what a country or its capital says for itself: a place in the genitive speaks (دعوة بيونغيانغ، رفض مصر، تهديد طهران). */
const CAPITAL_VOICE = new Set(['01', '02', '03', '10', '12', '13']);
/** Roots whose noun names its giver after من: intent to cooperate (promises), diplomatic support, aid. */
const FROM_AGENT = new Set(['03', '05', '07']);

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

/** Words a..b (a < b) are in one sentence with no punctuation between them (commas allowed when `commas`). */
export function oneClause(d: Discourse, a: number, b: number, commas = false): boolean {
  if (a < 0 || b >= d.words.length || d.words[a].sentence !== d.words[b].sentence) return false;
  for (let j = a + 1; j <= b; j++) if ((commas ? STOP_PUNCTUATION : ANY_PUNCTUATION).test(d.words[j].gap)) return false;
  return true;
}

/** The mention covering word j (starting at most five words before it), if any. */
function mentionCovering(d: Discourse, j: number): Mention | undefined {
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
 * an instrument, not the subject).
 */
export function unitOwner(d: Discourse, j: number, end: number, instrument = false): { mention: Mention; word: number } | undefined {
  const w = d.words[j];
  const member = !d.mentionAt[j] && !isGoverned(d, j, w) ? memberOwner(d, j, end) : undefined;
  if (member) return member;
  const r = w.keys.findIndex(k => unitWords().heads.has(k));
  // The article's lam is no preposition (القوات، والدول); لل and بال are.
  if (r < 0 || d.mentionAt[j] || (!instrument && (/[بلك]/.test(w.prefixes[r].replace(/ال$/, '')) || isGoverned(d, j, w)))) return undefined;
  const after = (k: number): Mention | undefined => (k < end && oneClause(d, k - 1, k) && d.mentionAt[k]?.type === 'ORG' ? d.mentionAt[k] : undefined);
  for (let k = j + 1; k < end && k <= j + 2 && oneClause(d, j, k); k++) {
    const m = d.mentionAt[k];
    if (k === j + 1 && m?.type === 'ORG' && m.start === d.words[k].start) return { mention: m, word: k };
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

/** A support verb stands within this many words before its noun, a name counting as one word and titles as none. */
const SUPPORT_REACH = 6;
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
    return nameAfterTitles(d, j + 1, 3, end)?.mention ?? latter(d, j + 1) ?? ownerAfter(d, j + 1, end);
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
function latter(d: Discourse, j: number): Mention | undefined {
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
 * The kind of name a possessive pronoun on word j hardly stands for, by its gender (morphology): ها is
 * feminine, as bodies and countries are, seldom the man a report names; ه and هم are masculine or people,
 * seldom a country or city. Preferred against, never excluded: women and masculine places are named too.
 */
function unlikeOwner(d: Discourse, j: number): string | undefined {
  const key = d.words[j].key;
  if (key.endsWith('ها')) return 'PER';
  return /(?:[^ه]ه|هم)$/.test(key) ? 'LOC' : undefined;
}

/** Word j is one of the class's verbs, bare or with an object pronoun (نفذه، شنها). */
function isVerbOf(d: Discourse, j: number, wordClass: EventWordClass): boolean {
  return hasWord(d, j, wordClass) || d.words[j].keys.some(k => withoutObjectPronoun(k).some(s => eventWords(wordClass).has(s)));
}

/** ب with an object pronoun (به، بها، بهما، بهم): morphology, not a word class. */
const RESUMPTIVE_BI = /^به(?:ا|ما|م)?$/;

/**
 * The agent a relative clause after the noun names: the subject of a support verb (المناوشات التي
 * تقوم بها X، الهجوم الذي نفذه X) or, on a meeting, the first one a gathering verb names (اللقاء
 * الذي ضم X وY). Other verbs there are left alone: their object is as often the target (الذي استهدف X).
 */
export function relativeClauseAgent(d: Discourse, f: EventFrame, end: number): Mention | undefined {
  let j = f.to;
  while (j < f.to + 4 && j < end && oneClause(d, f.to - 1, j, true) && !hasWord(d, j, 'relativePronouns') && d.words[j].prefixes.includes('ال')) j++;
  if (j + 1 >= end || !hasWord(d, j, 'relativePronouns') || !oneClause(d, j, j + 1)) return undefined;
  const verb = j + 1;
  if (!isVerbOf(d, verb, 'supportVerbs') && !(f.mutual && isVerbOf(d, verb, 'gatheringVerbs'))) return undefined;
  // A resumptive بها / به after the verb (تقوم بها) stands between it and its subject.
  const next = d.words[verb + 1];
  const from = next && RESUMPTIVE_BI.test(next.key) ? verb + 2 : verb + 1;
  // The subject, or the name its head noun is in construct with (قوات فلان، عناصر التنظيم).
  const subject = (k: number): Mention | undefined => (nameAfterTitles(d, k, 3, end) ?? (k + 1 < end ? nameAfterTitles(d, k + 1, 3, end) : undefined))?.mention;
  const named = subject(from);
  if (named) return named;
  // A coordinated subject whose first part names no one (المليشيات الحوثية وقوات المخلوع فلان): the next part's.
  for (let k = from + 1; k < from + 4 && k < end && oneClause(d, from, k); k++) {
    if (d.words[k].prefixes.some(p => p.startsWith('و'))) return subject(k);
  }
  return undefined;
}

/** The agent named in the noun's phrase; the support verb whose subject it is; or nothing that marks one (`unmarked`). */
export type NounAgent = { mentions: Mention[] } | { supportVerb: number } | { unmarked: true };

/** The agent of an event noun from its own phrase (see the file comment), or the support verb whose subject it is. */
export function nounAgent(d: Discourse, f: EventFrame, end: number, bodyAt?: (j: number) => Mention | undefined): NounAgent {
  const root = cameoRoot(f.cameo);
  const byPhrase = agentPhrase(d, f, end);
  if (byPhrase) return { mentions: [byPhrase] };
  // A promise, support or aid comes from its giver (تلقى وعدا من الرئيس فلان، مساعدات من اليابان).
  if (FROM_AGENT.has(root) && f.to < end && d.words[f.to].key === 'من' && oneClause(d, f.to - 1, f.to)) {
    const giver = nameAfterTitles(d, f.to + 1, 3, end)?.mention ?? latter(d, f.to + 1);
    if (giver) return { mentions: [giver] };
  }
  const single = f.to === f.head + 1;
  const inConstruct = single && f.to < end && !f.definite && !f.possessed && oneClause(d, f.to - 1, f.to);
  // A person named after his titles (زيارة وزير الخارجية الإيراني فلان) is in the genitive as much as a bare name.
  const titled = inConstruct && !d.mentionAt[f.to] && isTitleWord(d, f.to) ? nameAfterTitles(d, f.to, 4, end) : undefined;
  const bare = inConstruct ? d.mentionAt[f.to] : undefined;
  const genitive = bare ? (bare.start === d.words[f.to].start ? bare : undefined) : titled?.mention.type === 'PER' ? titled.mention : undefined;
  // A bare kind noun there names a body again (اجتماع المجلس after مجلس X): that body, as if named.
  const body = inConstruct && !bare && !genitive ? bodyAt?.(f.to) : undefined;
  if (body && !PATIENT_GENITIVE.has(root)) return { mentions: [body] };
  if (genitive) {
    if (PATIENT_GENITIVE.has(root)) return { mentions: [] };
    // A place in the genitive is where the act went or happened (زيارة القاهرة، قصف المدينة), never its agent but for what one says:
    // the agent is then sought as for a bare noun (أعلنت الحكومة تسليم القاهرة …: the support verb's subject).
    if (genitive.type !== 'LOC' || (CAPITAL_VOICE.has(root) && !f.mutual)) return { mentions: [genitive] };
  }
  if (LAM_AGENT.has(root)) {
    for (let j = f.to; j < end && j < f.to + 3 && oneClause(d, f.to - 1, j); j++) {
      // لـ may be glued (لحركة، للتحالف) or stand alone before a quote mark (لـ«X»); the article's lam is none (الجهاديين).
      if (d.words[j].key !== 'ل' && !d.words[j].prefixes.some(p => p.endsWith('ل') && !p.endsWith('ال'))) continue;
      for (let q = j; q < end && q <= j + 2; q++) {
        const m = d.mentionAt[q];
        if (m) return { mentions: m.type === 'LOC' ? [] : [m] };
      }
      break;
    }
  }
  if (isViolent(root)) {
    // By the arms of a body (غارات من طائرات التحالف، قصف بطائرات تابعة للتحالف): the body.
    for (let j = f.to; j < end && j < f.to + 3 && oneClause(d, f.to - 1, j); j++) {
      const by = d.words[j].key === 'من' ? unitOwner(d, j + 1, end, true) : d.words[j].prefixes.some(p => p.endsWith('ب')) ? unitOwner(d, j, end, true) : undefined;
      if (by) return { mentions: [by.mention] };
    }
  }
  if (f.possessed) {
    // On a noun that takes its patient in the genitive the pronoun is the patient (استهدافهما "targeting them").
    if (PATIENT_GENITIVE.has(root) || isViolent(root)) return { mentions: [] };
    const owner = sentenceSubject(d, f.from, unlikeOwner(d, f.head));
    return { mentions: owner ? [owner] : [] };
  }
  // The verb's subject may stand between (عقد الأمير فلان ووزير الدفاع الأمريكي اجتماعا): a name counts as one word, titles as none.
  // Further than the plain reach only the subject's own words may stand between: no clause or phrase opened there.
  for (let v = f.from - 1, left = SUPPORT_REACH, opened = false; v >= 0 && v >= f.from - 3 * SUPPORT_REACH && left > 0 && oneClause(d, v, f.from, true); v--) {
    if (hasWord(d, v, 'supportVerbs')) {
      if (v >= f.from - SUPPORT_REACH || !opened) return { supportVerb: v };
      break;
    }
    opened ||= COMPLEMENTISERS.has(d.words[v].key) || hasWord(d, v, 'relativePronouns') || PREPOSITION_WORD.word(d, v);
    const inName = !d.mentionAt[v] && mentionCovering(d, v);
    if (!inName && !isTitleWord(d, v)) left--;
  }
  // On force and coercion the clause's subject is as often who reports or suffers it (أعلنت الشرطة مقتل ثلاثة في هجوم).
  return PATIENT_GENITIVE.has(root) || isViolent(root) ? { mentions: [] } : { unmarked: true };
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
