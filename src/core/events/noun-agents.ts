// Who acts, for an event noun: the agent is in its own phrase: the construct genitive (زيارة الوزير،
// مناوشات المسلحين) unless the noun takes its patient there (مقتل الطفل، اعتقال X), ل + name for
// attacks and protests (هجوم لحركة X), من قبل / على أيدي + name, the owner of its pronoun
// (رفضها; the patient on nouns of assault: استهدافهما), the subject of the support verb that governs it
// (أعلن الوزير حالة الطوارئ), or of a relative clause after it (الهجوم الذي نفذه X); a noun with none of
// these has no actor (the nearest name is as often the place or the victim) unless it is a circumstance
// of its clause (بعد زيارة X): then the clause's subject, in arguments.ts.
import { COMPLEMENTISERS, PREPOSITION_WORD, isTitleNoun, isTitleWord, nameAfterTitles, wordIndexAt, type Discourse } from '../recognize/discourse';
import type { Mention } from '../types';
import type { EventFrame } from './triggers';
import { cameoRoot, isViolent } from './typing';
import { eventWords, type EventWordClass } from './words';
import { withoutObjectPronoun } from '../lang/inflect';
import { officeHolder } from './office-holders';
import { agentPhrase, hasWord, latter, mentionCovering, oneClause, sentenceSubject, unitOwner } from './roles';

/** Roots whose verbal noun takes its patient as genitive: investigation, disapproval, sanctions, coercion, assault. */
const PATIENT_GENITIVE = new Set(['09', '11', '16', '17', '18', '20']);
/** Roots whose noun names its agent after ل: protests, force posture, assaults, fighting. */
const LAM_AGENT = new Set(['14', '15', '18', '19', '20']);
/** Roots of what a country or its capital says for itself: a place in the genitive speaks (دعوة بيونغيانغ، رفض مصر، تهديد طهران). */
const CAPITAL_VOICE = new Set(['01', '02', '03', '10', '12', '13']);
/** Roots whose noun names its giver after من: intent to cooperate (promises), diplomatic support, aid. */
const FROM_AGENT = new Set(['03', '05', '07']);
/** Roots whose noun names who gets it after ل or إلى: support, aid. */
const GIVEN_TO = new Set(['05', '07']);

/** A support verb stands within this many words before its noun, a name counting as one word and titles as none. */
const SUPPORT_REACH = 6;
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
  // An office in the genitive that names no one (زيارة وزير الخارجية) is the agent, or on a patient's noun the patient:
  // either way the clause's subject is not who acted. On a reciprocal noun the office is the partner (بلقاء أمير قطر).
  if (inConstruct && !f.mutual && !bare && !genitive && !body && isTitleNoun(d, f.to) && !officeHolder(d, f.to, end)) return { mentions: [] };
  // Support or aid in construct before the one it goes to (دعم إيران لحزب الله، مساعدات اليابان إلى اللاجئين) names its
  // giver there, a place too.
  if (genitive && GIVEN_TO.has(root) && recipientAfter(d, wordIndexAt(d, genitive.end - 1) + 1, end)) return { mentions: [genitive] };
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
  // On force and coercion the clause's subject is as often who reports or suffers it (أعلنت الشرطة مقتل ثلاثة في هجوم),
  // unless the act is what the clause is for (استخدمت الشرطة القوة لاعتقال …).
  return (PATIENT_GENITIVE.has(root) || isViolent(root)) && !f.purpose ? { mentions: [] } : { unmarked: true };
}

/** A name within three words from `from`, in one clause, after ل or a recipient preposition: who support or aid goes to. */
function recipientAfter(d: Discourse, from: number, end: number): boolean {
  for (let j = from; j < end && j < from + 3 && oneClause(d, from - 1, j); j++) {
    const w = d.words[j];
    const lam = w.prefixes.some(p => p.endsWith('ل') && !p.endsWith('ال'));
    if (hasWord(d, j, 'recipientPrepositions')) return !!nameAfterTitles(d, j + 1, 2, end);
    // The name may follow the noun the ل is glued on (لنظام الأسد، لحكومة X).
    if (lam) return !!(d.mentionAt[j] ?? (j + 1 < end && oneClause(d, j, j + 1) ? d.mentionAt[j + 1] : undefined));
  }
  return false;
}
