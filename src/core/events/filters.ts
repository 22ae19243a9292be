// Triggers that name no event of their own:
//  - a purpose complement (للمساعدة في، من أجل تبادل الآراء، ليبحث): intended, not done;
//  - the genitive after a frame noun (طاولة المفاوضات);
//  - a noun coordinated with a same-type noun just before it (حالة الحرب … وحظر التجول,
//    متهورة وخطيرة): one declaration, one judgement;
//  - a definite or demonstrative noun (الهجوم، هذا القصف) after an event of the same kind: it refers
//    back to that report, one written report being one event; after تم / جرى it is the report itself;
//  - a death with a count of victims (مقتل 11 شخصا، قتل أكثر من 50): the attack's casualties;
//  - a trigger word inside a name (مجلس التعاون، حركة المقاومة) or after a particle binding one (علي بن أبي طالب),
//    and a perfect-verb shape that a pronoun predicates (وهو طالب "a student");
//  - holding ground written as a state (تحت سيطرة X، المناطق التي يسيطر عليها X): background;
//  - a reception with no guest named or titled after it (استقبال الطلبات، لاستقبال الزوار);
//  - play in a sentence about a match (ضربة جزاء، مواجهات المجموعة، سيطرة على مجريات اللقاء);
//  - hypotheticals (إذا رفض) and possibilities (قد يتم اعتقاله، هجمات محتملة), nouns negated by بدون / دون, and nouns that only qualify the act
//    before them (قتله حرقاً، استهدافهما بغارات).
import { WordMemo, isTitleWord, type Discourse } from '../recognize/discourse';
import type { EventFrame } from './triggers';
import { cameoRoot, isViolent } from './typing';
import { eventWords } from './words';
import { nameParticles } from '../lang/lexicon';
import { wordKey } from '../recognize/word-key';


function isPurpose(d: Discourse, f: EventFrame): boolean {
  const w = d.words[f.from];
  // ل before the article (للمساعدة) or before an imperfect verb (ليبحث) marks a purpose; لهجوم after تعرض does not.
  const glued = d.ctx.text.slice(w.start, f.start);
  if (/ل/.test(glued) && (f.verbal || /^[وف]?لل/.test(w.key))) return true;
  for (let j = f.from - 1; j >= Math.max(0, f.from - 3); j--) {
    if (d.words[j].sentence !== w.sentence) break;
    if (eventWords('purposeWords').has(d.words[j].key)) return true;
  }
  return false;
}

const hasKey = (d: Discourse, j: number, words: ReadonlySet<string>): boolean => d.words[j].keys.some(k => words.has(k));
const sameSentence = (d: Discourse, a: number, b: number): boolean => a >= 0 && b < d.words.length && d.words[a].sentence === d.words[b].sentence;

/**
 * A definite noun that brings details of its own is a new written report of the event (a body
 * sentence re-reporting the headline's attack), not a mere back-reference: a relative clause
 * (الاجتماع الذي عقد في…), an agent (الهجوم من قبل…) or the sides it was between (الاجتماع بين…),
 * after any adjectives (الحوار الاستراتيجي الذي جرى). A bare definite noun (بعد الهجوم) adds nothing.
 */
function reportsAnew(d: Discourse, f: EventFrame): boolean {
  let j = f.to;
  while (j < f.to + 4 && sameSentence(d, f.from, j) && !/[،,.:؛()]/.test(d.words[j].gap) &&
    !hasKey(d, j, eventWords('relativePronouns')) && d.words[j].prefixes.includes('ال')) j++;
  if (!sameSentence(d, f.from, j) || /[،,.:؛()]/.test(d.words[j].gap)) return false;
  if (hasKey(d, j, eventWords('relativePronouns')) || hasKey(d, j, eventWords('participantMarkers'))) return true;
  // A meeting with someone (اللقاء المقرر مع…) names who met; an agreement with someone names a deal, not its making.
  if (cameoRoot(f.cameo) === '04' && hasKey(d, j, eventWords('companionMarkers'))) return true;
  // Its own place (والهجومان في البلدة نفذهما…): a where the earlier report may not have said.
  if (d.words[j].key === 'في' && d.mentionAt[j + 1]?.type === 'LOC' && sameSentence(d, j, j + 1)) return true;
  return ['من', 'علي'].includes(d.words[j].key) && sameSentence(d, j, j + 1) && hasKey(d, j + 1, eventWords('agentMarkers'));
}

/** A definite noun or one after a demonstrative (ذلك الهجوم), unless an impersonal verb makes it the report (تم الاتفاق). */
function refersBack(d: Discourse, f: EventFrame): boolean {
  if (f.verbal) return false;
  const prev = f.from - 1;
  if (sameSentence(d, prev, f.from) && hasKey(d, prev, eventWords('impersonalVerbs'))) return false;
  if (sameSentence(d, prev, f.from) && hasKey(d, prev, eventWords('anaphoricDeterminers'))) return true;
  return f.definite && !reportsAnew(d, f);
}

/** A count of people right after a death (مقتل 16 مدنيا، قتل أكثر من 50 شخصا) or right before it (11 شخصا قتلوا). */
function isCasualtyCount(d: Discourse, f: EventFrame): boolean {
  if (!f.casualty) return false;
  const count = (j: number): boolean => sameSentence(d, Math.min(j, f.from), Math.max(j, f.from)) && (/^\d/.test(d.words[j].key) || hasKey(d, j, eventWords('countWords')));
  return count(f.to) || count(f.to + 1) || count(f.from - 1) || count(f.from - 2);
}

/**
 * The opposition (المعارضة السورية، قوات المعارضة): a body, unless a ل complement says what is
 * opposed, right after it or after one adjective (المعارضة للاتفاق، المعارضة الشديدة للقرار).
 */
function namesBody(d: Discourse, f: EventFrame): boolean {
  if (f.verbal || !f.definite || f.to - f.from !== 1 || !hasKey(d, f.from, eventWords('bodyNouns'))) return false;
  const complement = (j: number): boolean =>
    sameSentence(d, f.from, j) && !/[،,.:؛]/.test(d.words[j].gap) && d.words[j].prefixes.some(p => /^[وف]?ل/.test(p));
  return !(complement(f.to) || (sameSentence(d, f.from, f.to) && d.words[f.to].key.startsWith('ال') && complement(f.to + 1)));
}

/** The trigger lies inside an entity mention (the mention starts at most six words before it). */
function insideName(d: Discourse, f: EventFrame): boolean {
  for (let j = f.from; j >= Math.max(0, f.from - 6); j--) {
    const m = d.mentionAt[j];
    if (m && m.start <= f.start && m.end >= f.end) return true;
  }
  return false;
}

/** Siege (191) and occupation (192): holding ground, which news describes as often as it reports taking it. */
const HOLDING = ['191', '192'];
/**
 * Support, cooperation, aid and force (05, 06, 07, 18-20) in the imperfect of a relative clause describe who
 * backs or fights whom (الميليشيات التي تدعمها X، المنظمات التي تقاتل النظام): background. A stance there
 * (والتي تعارض الاتفاق) is reported as an event.
 */
const ONGOING = new Set(['05', '06', '07', '18', '19', '20']);

/** Holding ground right after تحت / الخاضعة, or it or an ongoing act in the imperfect right after a relative pronoun (التي يسيطر عليها): a state, not an act. */
function describesState(d: Discourse, f: EventFrame): boolean {
  const prev = f.head - 1;
  if (!sameSentence(d, prev, f.head)) return false;
  if (!HOLDING.some(c => f.cameo.startsWith(c)) && !(f.verbal && ONGOING.has(cameoRoot(f.cameo)))) return false;
  if (hasKey(d, prev, eventWords('stateMarkers'))) return true;
  // The imperfect prefix (يسيطر، تحاصر) marks the ongoing state; the perfect (التي سيطرت أمس) may report the taking.
  return hasKey(d, prev, eventWords('relativePronouns')) && /^[يت]/.test(d.ctx.text.slice(f.start, f.end));
}


/** قد before an imperfect (قد يهاجم، قد يتم اعتقاله) says "may": a possibility, not a report (before a perfect it is "has"). */
function isPossibility(d: Discourse, f: EventFrame): boolean {
  let j = f.head - 1;
  if (sameSentence(d, j, f.head) && hasKey(d, j, eventWords('impersonalVerbs'))) j--;
  // Only the ي of the imperfect is sure: a ت or ن may begin a perfect (قد تراجع، قد تم، قد نفت).
  return sameSentence(d, j, f.head) && hasKey(d, j, eventWords('perfectParticles')) && /^ي/.test(d.words[j + 1].text);
}

// Per written word: every trigger looks a dozen words back for one.
const CONDITION_WORD = new WordMemo(w => w.keys.some(k => eventWords('conditionWords').has(k)));
const CONDITION_NOUN = new WordMemo(w => w.keys.some(k => eventWords('conditionNouns').has(k)));

/** A conditional sentence reaches this many words past its condition word, through its answer (إذا رفض …، فإن …). */
const CONDITION_REACH = 12;

/**
 * A condition word (إذا، لو، في حال) before the trigger in its sentence, commas allowed between: the condition or
 * its answer, hypothetical, not a report. Not a perfect after قد (وإذا كان فلان قد رفض …: "while he refused").
 */
function isHypothetical(d: Discourse, f: EventFrame): boolean {
  if (f.from > 0 && hasKey(d, f.from - 1, eventWords('perfectParticles')) && !/^ي/.test(d.words[f.from].text)) return false;
  for (let j = f.from - 1; j >= 0 && j >= f.from - CONDITION_REACH && sameSentence(d, j, f.from) && !/[.:؛"«»()!?؟]/.test(d.words[j + 1].gap); j--) {
    if (CONDITION_WORD.word(d, j)) return true;
    if (CONDITION_NOUN.word(d, j) && j > 0 && hasKey(d, j - 1, eventWords('conditionNounPrepositions')) && !/[،,]/.test(d.words[j].gap)) return true;
  }
  return false;
}

let binding: ReadonlySet<string> | undefined;
/** Name particles that bind the word after them into a name (بن، أبي: علي بن أبي طالب). */
const bindingParticles = (): ReadonlySet<string> =>
  (binding ??= new Set(nameParticles().entries.filter(e => e.includes('binds')).map(e => wordKey(e[0]))));

/**
 * The trigger word is a noun, not the act: part of a name after a binding particle (أبي طالب، أبو قتادة), or in
 * the shape of a perfect verb after a pronoun whose predicate it is (وهو طالب في الجامعة). The imperfect there is
 * a verb (وهو يطالب).
 */
function isNominal(d: Discourse, f: EventFrame): boolean {
  const p = f.from - 1;
  if (!sameSentence(d, p, f.from) || /[،,.:؛"«»()]/.test(d.words[f.from].gap)) return false;
  if (d.words[p].keys.some(k => bindingParticles().has(k))) return true;
  return f.verbal && !f.participle && hasKey(d, p, eventWords('predicatePronouns')) && !/^[يتن]/.test(d.ctx.text.slice(f.start, f.end));
}

/** CAMEO "host a visit". */
const HOSTING = '043';

/**
 * The verbal noun of hosting (استقبال) is a reception only with a guest named or titled right after it (خلال
 * استقباله السفير فلان); receiving applicants, visitors, files or aircraft (تستأنف استقبال المراجعين، لاستقبال الطائرات) is none.
 */
function hostsNoOne(d: Discourse, f: EventFrame): boolean {
  if (f.verbal || f.cameo !== HOSTING) return false;
  for (let j = f.to; j < f.to + 4 && sameSentence(d, f.from, j); j++) {
    if (/[،,.:؛]/.test(d.words[j].gap)) break;
    const m = d.mentionAt[j];
    if ((m && m.type !== 'LOC') || isTitleWord(d, j)) return false;
  }
  return true;
}

/** A noun with a word of possibility right after it or right before it (هجمات محتملة، احتمال هجوم): a risk weighed, not an act reported. */
function isPossibleNoun(d: Discourse, f: EventFrame): boolean {
  if (f.verbal) return false;
  return (sameSentence(d, f.from, f.to) && hasKey(d, f.to, eventWords('possibilityWords'))) ||
    (sameSentence(d, f.from - 1, f.from) && hasKey(d, f.from - 1, eventWords('possibilityWords')));
}

/** Roots a match report uses for play: meetings (لقاء الفريقين), threats (هدد المرمى), force (ضربة، مواجهات، سيطرة، خطف الصدارة). */
const PLAY = new Set(['04', '13', '18', '19']);

/** Whether sentence s names a match (sportsWords): asked once per sentence that holds such a frame, not of the whole text. */
function sportsSentence(d: Discourse, s: number, memo: Map<number, boolean>): boolean {
  let found = memo.get(s);
  if (found === undefined) {
    found = false;
    for (let j = d.sentenceStart[s]; j < d.words.length && d.words[j].sentence === s && !found; j++) found = hasKey(d, j, eventWords('sportsWords'));
    memo.set(s, found);
  }
  return found;
}

/**
 * A noun that only qualifies the act before it in its sentence: an indefinite accusative of the
 * same kind (قتله حرقاً، خرجوا احتجاجاً) or a violent noun after ب, its instrument (استهدافهما بغارات).
 */
function qualifiesPrevious(d: Discourse, f: EventFrame, last: EventFrame | undefined): boolean {
  if (f.verbal || f.definite || !last || !sameSentence(d, last.from, f.from) || f.from - last.to > 8) return false;
  const w = d.words[f.head];
  if (w.key.endsWith('ا') && cameoRoot(last.cameo) === cameoRoot(f.cameo)) return true;
  const glued = d.ctx.text.slice(w.start, f.start);
  return /ب/.test(glued) && isViolent(f.cameo) && isViolent(last.cameo) && !/[.:؛"«»]/.test(d.ctx.text.slice(last.end, f.start));
}

export function keepFrames(d: Discourse, frames: EventFrame[]): EventFrame[] {
  const out: EventFrame[] = [];
  // An attack in a sentence that counts its dead is a killing (18), not fighting between armed groups (19).
  const counted = new Set(frames.filter(f => isCasualtyCount(d, f)).map(f => d.words[f.from].sentence));
  // Per trigger code, the code the last kept report of it was given (a counted attack became a killing).
  const typed = new Map<string, string>();
  let prev: EventFrame | undefined;
  const sports = new Map<number, boolean>();
  for (const f of frames) {
    if (insideName(d, f) || isNominal(d, f) || hostsNoOne(d, f)) continue;
    if (PLAY.has(cameoRoot(f.cameo)) && sportsSentence(d, d.words[f.from].sentence, sports)) continue;
    const lexical = f.cameo;
    const earlier = typed.has(lexical);
    if (!earlier) typed.set(lexical, lexical);
    // A noun joined by و to the act just before it is the next item of a list (أعلن حالة الحرب والتعبئة العامة).
    const listed = prev !== undefined && f.from === prev.to && d.words[f.from].prefixes.some(p => p.startsWith('و')) && sameSentence(d, prev.from, f.from);
    prev = f;
    if (isCasualtyCount(d, f) || isHypothetical(d, f) || isPossibility(d, f) || isPossibleNoun(d, f) || describesState(d, f)) continue;
    if (!f.verbal && f.modality === 'negated') continue; // بدون مشاورات "without consultations"
    if (namesBody(d, f)) continue;
    if (qualifiesPrevious(d, f, out[out.length - 1])) continue;
    if (f.cameo === '190' && !f.mutual && counted.has(d.words[f.from].sentence)) f.cameo = '180';
    if (earlier && !listed && f.modality === 'asserted' && refersBack(d, f)) continue;
    // A definite noun reporting an earlier event anew (والهجومان في البلدة…) is that event: it keeps its type.
    if (earlier && f.definite && !f.verbal && f.cameo === lexical) f.cameo = typed.get(lexical) ?? f.cameo;
    if (f.modality === 'asserted' && isPurpose(d, f)) continue;
    if (!f.verbal && f.modality === 'asserted') {
      const prev = d.words[f.from - 1];
      if (prev && prev.sentence === d.words[f.from].sentence && eventWords('frameNouns').has(prev.key)) continue;
      const last = out[out.length - 1];
      const conj = d.words[f.from].key.startsWith('و') && f.start > d.words[f.from].start;
      if (conj && last && !last.verbal && cameoRoot(last.cameo) === cameoRoot(f.cameo) &&
        d.words[last.from].sentence === d.words[f.from].sentence && f.from - last.to <= 8) continue;
    }
    typed.set(lexical, f.cameo);
    out.push(f);
  }
  return out;
}
