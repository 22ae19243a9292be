// Trigger spotting and composition. One pass over the words looks every word
// (and its proclitic-stripped readings) up in the lexicon's first-word map and
// keeps the longest match; a second pass over the matches composes them:
// a light verb joins the noun after it (تنفذ غارات), an intent word takes the
// act after it (يعتزم إجراء محادثات → 036, intended), a negator before an
// intent or cooperative act turns it into a refusal (غير مستعدة لمفاوضات → 125),
// a verb absorbs the noun trigger that is its direct object, and an
// evaluative adjective is an event only inside a quotation.
import { COMPLEMENTISERS, WordMemo, type Discourse } from '../recognize/discourse';
import { isDemonstrative } from '../recognize/lexicon';
import { kindWords } from '../recognize/kind-words';
import { originalOffset } from '../recognize/word-key';
import type { Modality, Quote } from '../types';
import { triggerLexicon, type TriggerEntry } from './lexicon';
import { cameoRoot, intentCode, isCooperative, isViolent, refusalCode, threatCode } from './typing';
import { partitionPoint } from '../text/search';
import { withoutObjectPronoun } from '../lang/inflect';
import { eventWords } from './words';

export interface TriggerMatch {
  /** Word range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  entry: TriggerEntry;
  cameo: string;
  /** The proclitics the matched reading stripped (folded): و، ب، ال, س of the future… */
  prefix: string;
  /** The word carries an object or possessive pronoun (لقاءه): on a noun, its owner is the agent. */
  pronoun: boolean;
  /** Word whose presence refined the code (the object of a verb frame: فتح تحقيقا). */
  object?: number;
}

export interface EventFrame {
  /** Word of the trigger's head (the verb or noun itself, not a negator or light verb before it). */
  head: number;
  from: number;
  to: number;
  start: number;
  end: number;
  cameo: string;
  number: 's' | 'd' | 'p' | '1';
  mutual: boolean;
  verbal: boolean;
  /** A circumstantial participle (مؤكداً، داعياً): its subject is the main clause's, never the name after it. */
  participle: boolean;
  /** An evaluative adjective in a quotation: the speaker judges what precedes it. */
  judgement: boolean;
  modality: Modality;
  quote: Quote | null;
  /** The head noun carries the article (الهجوم): it may refer back to an event already reported. */
  definite: boolean;
  /** A death that a count of victims turns into a casualty report (see lexicon CASUALTY). */
  casualty: boolean;
  /** The head noun carries a possessive pronoun (رفضها، لقاءه). */
  possessed: boolean;
  /** The head noun carries ل (لاعتقال، للتصدي): the purpose of its clause, done by the clause's subject. */
  purpose: boolean;
}

/** ل glued on, alone or after و / ف, with or without the article (لاعتقال، وللتصدي). */
const PURPOSE_LAM = /^[وف]?ل(?:ل|ال)?$/;


/** Word after the words i.. that spell rest[k..] ("*" = one optional word), or undefined. */
function matchRest(d: Discourse, i: number, rest: string[], k = 0): number | undefined {
  if (k === rest.length) return i;
  const w = d.words[i];
  if (!w || w.sentence !== d.words[i - 1].sentence) return undefined;
  if (rest[k] === '*') return matchRest(d, i, rest, k + 1) ?? matchRest(d, i + 1, rest, k + 1);
  return w.keys.includes(rest[k]) ? matchRest(d, i + 1, rest, k + 1) : undefined;
}

/** Words a far object (FAR_OBJECT) may stand from its verb: a subject of a few words, a place, a time word. */
const FAR_REACH = 9;

/** A halt at word j stops fighting (وقف إطلاق النار، وقف فوري لإطلاق النار), not a project or production. */
function haltsFighting(d: Discourse, j: number): boolean {
  for (let k = j + 1; k <= j + 2 && k < d.words.length && d.words[k].sentence === d.words[j].sentence; k++) {
    if (d.words[k].keys.some(key => eventWords('haltedActs').has(key))) return true;
  }
  return false;
}

/** Object word right after a verb that gives a finer code (دعا إلى وقف → 0256); undefined when a required object is missing. */
function refine(d: Discourse, to: number, entry: TriggerEntry): { cameo: string; object?: number } | undefined {
  if (!entry.objects) return { cameo: entry.cameo };
  // A far object may follow the subject, a place and a time word (أعلن تنظيم X في اليمن أمس، مسؤوليته): one comma allowed.
  const reach = entry.farObject ? FAR_REACH : 3;
  for (let j = to, commas = 0; j < to + reach && j < d.words.length && d.words[j].sentence === d.words[to - 1].sentence; j++) {
    // The object stands in the verb's own clause: past a comma a word is another clause's (أوقفت تقدمهم، ومساعدة …).
    if (/[؛:]/.test(d.words[j].gap) || (/[،,]/.test(d.words[j].gap) && (!entry.farObject || ++commas > 1))) break;
    // Nor past a complementiser: what follows أن is what was announced (أعلن الوزير أن الحكومة قررت وقف …).
    if (entry.farObject && COMPLEMENTISERS.has(d.words[j].key)) break;
    for (const key of d.words[j].keys) if (entry.objects[key] && (!eventWords('haltNouns').has(key) || haltsFighting(d, j))) return { cameo: entry.objects[key], object: j };
  }
  return entry.needsObject ? undefined : { cameo: entry.cameo };
}

/** Lexicon entries a word may start, per reading (readings with none left out), in the order they are tried. */
interface Starts {
  prefix: string;
  entries: TriggerEntry[];
  /** Found through an object or possessive pronoun (لقاءه، خطفهم). */
  pronoun: boolean;
}

/** A written word ending in ة (its short vowels after it aside). */
const TA_MARBUTA = /ة[\u064B-\u0652]*$/;

/** Shared by the many words that start no trigger. */
const NO_STARTS: Starts[] = [];

/**
 * The entries a reading may start. A verb form with the article is its verbal noun (الدعم، التصدي);
 * a participle with the article is a noun of agent (المتظاهرين "the protesters"), no act.
 */
function entriesOf(lex: Map<string, TriggerEntry[]>, key: string, definite: boolean): TriggerEntry[] {
  const out: TriggerEntry[] = [];
  // A feminine participle spelt as a noun trigger plus ه (مقتله "his death", not "killing (f.)") is the noun with its pronoun.
  const nounAndPronoun = key.endsWith('ه') && (lex.get(key.slice(0, -1)) ?? []).some(e => e.kind === 'n' && !e.rest.length);
  for (const e of lex.get(key) ?? []) {
    if ((definite || nounAndPronoun) && e.kind === 'p') continue;
    // ...except a فاعل lemma, which with the article is the Form I agent noun (القاتل "the killer").
    if (definite && e.kind === 'v' && key.length === 4 && key[1] === 'ا') continue;
    out.push(definite && e.kind === 'v' ? { ...e, kind: 'n' } : e);
  }
  // A noun may carry the accusative alif of tanween (هجوماً، احتجاجاً).
  if (key.length > 3 && key.endsWith('ا')) for (const e of lex.get(key.slice(0, -1)) ?? []) if (e.kind === 'n') out.push(e);
  return out;
}

/** Entries through an object or possessive pronoun (خطفهم، نفته، لقاءه، وساطتها: the ت of ة comes back as ه). */
function entriesWithoutPronoun(lex: Map<string, TriggerEntry[]>, key: string, definite: boolean, taMarbuta: boolean): TriggerEntry[] {
  for (const stem of withoutObjectPronoun(key)) {
    // Folding spells ة as ه, but a written ة is never the pronoun "him" (طلبة "students", not طلب + ه).
    if (taMarbuta && stem.length === key.length - 1) continue;
    for (const k of stem.endsWith('ت') ? [stem, stem.slice(0, -1) + 'ه'] : [stem]) {
      const found = (lex.get(k) ?? []).filter(e => !e.rest.length && (e.kind === 'v' || e.kind === 'p' || e.kind === 'n') && !(definite && e.kind !== 'n'));
      if (found.length) return found;
    }
  }
  return [];
}

const STARTS = new WordMemo((w): Starts[] => {
  const lex = triggerLexicon();
  let out: Starts[] = NO_STARTS;
  // A name's head noun whose first letter only looks like a proclitic (وزارة، وكالة) is never و + a
  // verb + a pronoun (و + زار + ه "and visited him").
  const passes = kindWords().heads.has(w.key) ? 1 : 2;
  for (let pass = 0; pass < passes && out === NO_STARTS; pass++) {
    for (let r = 0; r < w.keys.length; r++) {
      const definite = w.prefixes[r].endsWith('ال');
      const entries = pass === 0 ? entriesOf(lex, w.keys[r], definite) : entriesWithoutPronoun(lex, w.keys[r], definite, TA_MARBUTA.test(w.text));
      if (!entries.length) continue;
      if (out === NO_STARTS) out = [];
      out.push({ prefix: w.prefixes[r], entries, pronoun: pass === 1 });
    }
  }
  return out;
});

export function spotTriggers(d: Discourse): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (let i = 0; i < d.words.length; ) {
    let best: { to: number; entry: TriggerEntry; prefix: string; pronoun: boolean } | undefined;
    const starts = STARTS.word(d, i);
    for (let r = 0; r < starts.length && !best; r++) {
      for (const entry of starts[r].entries) {
        const to = matchRest(d, i + 1, entry.rest);
        if (to !== undefined && (!best || to > best.to)) best = { to, entry, prefix: starts[r].prefix, pronoun: starts[r].pronoun };
      }
    }
    if (!best) {
      i++;
      continue;
    }
    const w = d.words[i];
    // Keep the article inside the trigger; drop the conjunctions and prepositions glued before it.
    const clitics = best.prefix.endsWith('ال') ? best.prefix.slice(0, -2) : best.prefix;
    const start = w.start + originalOffset(d.ctx.text.slice(w.start, w.end), clitics.length);
    const refined = refine(d, best.to, best.entry);
    if (refined) out.push({ from: i, to: best.to, start, end: d.words[best.to - 1].end, entry: best.entry, prefix: best.prefix, pronoun: best.pronoun, ...refined });
    i = best.to;
  }
  return out;
}

/** The innermost quote holding [start, end): binary search on the quotes (sorted by start), then back over the few that open before it. */
function inQuote(quotes: Quote[], start: number, end: number): Quote | null {
  const lo = partitionPoint(quotes.length, k => quotes[k].start <= start);
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (end <= quotes[k].end) return quotes[k];
  return null;
}

/** Words between two matches are only a glued ل/ب/إلى (or nothing): the second is the first's complement. */
function adjacent(d: Discourse, a: TriggerMatch, b: TriggerMatch, maxGap: number): boolean {
  if (d.words[a.from].sentence !== d.words[b.from].sentence) return false;
  if (b.from - a.to > maxGap) return false;
  if (/[،,.:؛"«»]/.test(d.ctx.text.slice(a.end, b.start))) return false;
  for (let j = a.to; j < b.from; j++) if (!eventWords('complementLinks').has(d.words[j].key) || (eventWords('looseComplementLinks').has(d.words[j].key) && maxGap < 2)) return false;
  return true;
}

/** Roots of acts whose complement names another act: appeals (02), promises (03), demands (10). */
const COMPLEMENT_TAKING = new Set(['02', '03', '10']);

/** Words between an opinion verb and the judgement it reports: a clause with a long subject (اعتبرت الحركة أن التعديل الوزاري في الحكومة … غير دستوري). */
const JUDGEMENT_REACH = 20;

/** Words from `from` up to `to`, a name counting as one (دعا الأمير فلان بن فلان بن فلان إلى …). */
function wordsBetween(d: Discourse, from: number, to: number): number {
  let n = 0;
  for (let j = from, nameEnd = -1; j < to; j++) {
    if (d.words[j].start < nameEnd) continue;
    n++;
    const m = d.mentionAt[j];
    if (m) nameEnd = m.end;
  }
  return n;
}

/** `b` is introduced by إلى / ل / ب within five words after `a`, in the same clause; a phrase may open with the preposition itself (إلى ضرورة). */
function complementOf(d: Discourse, a: TriggerMatch, b: TriggerMatch): boolean {
  if (!sameClause(d, a, b) || (b.from - a.to > 5 && wordsBetween(d, a.to, b.from) > 5)) return false;
  const w = d.words[b.from];
  const glued = /^[وف]?(?:ب|ل|لل|بال)/.test(b.prefix);
  const prev = d.words[b.from - 1];
  if (b.from > a.to && b.to - b.from > 1 && eventWords('complementPrepositions').has(w.key)) return true;
  return glued || (b.from > a.to && !!prev && eventWords('complementPrepositions').has(prev.key) && w.sentence === prev.sentence);
}


/** No punctuation and no sentence end between two matches. */
function sameClause(d: Discourse, a: TriggerMatch, b: TriggerMatch): boolean {
  return d.words[a.from].sentence === d.words[b.from].sentence && !/[،,.:؛"«»]/.test(d.ctx.text.slice(a.end, b.start));
}

/** What is promised, introduced by ب within a few words (past the subject: تعهد الرئيس فلان بالقضاء على …), is a verbal noun of force. */
function promisesForce(d: Discourse, m: TriggerMatch): boolean {
  for (let j = m.to; j < m.to + 5 && j < d.words.length && d.words[j].sentence === d.words[m.from].sentence; j++) {
    const w = d.words[j];
    const afterBi = w.prefixes.some(p => p.endsWith('ب') || p.endsWith('بال')) || d.words[j - 1]?.key === 'ب';
    if (afterBi) return w.keys.some(k => eventWords('forceNouns').has(k)) && forceOnPeople(d, j + 1);
  }
  return false;
}

/**
 * Force against people: a name, a demonstrative or a sound masculine plural (المسلحين، هؤلاء) after the
 * noun (and على), not an ill (القضاء على الفقر is no threat).
 */
function forceOnPeople(d: Discourse, j: number): boolean {
  // Right after the noun, or after the one preposition it takes (القضاء على، الانتقام من).
  for (const k of [j, j + 1]) {
    const w = d.words[k];
    if (w && w.sentence === d.words[j - 1].sentence && (!!d.mentionAt[k] || isDemonstrative(w.key) || /(?:ين|ون)$/.test(w.key))) return true;
  }
  return false;
}

/** Index of the first evaluative word after match n in its sentence and outside quotations, or -1. */
function judgementAfter(d: Discourse, matches: TriggerMatch[], n: number, quotes: Quote[]): number {
  const m = matches[n];
  for (let k = n + 1; k < matches.length && matches[k].from - m.to <= JUDGEMENT_REACH; k++) {
    const j = matches[k];
    if (d.words[j.from].sentence !== d.words[m.from].sentence) break;
    if (j.entry.kind === 'j') return inQuote(quotes, j.start, j.end) ? -1 : k;
  }
  return -1;
}

/** A complementiser (أن، إن) before the match in its sentence, within reach and with no stop between: a reported clause. */
function inReportedClause(d: Discourse, m: TriggerMatch): boolean {
  for (let j = m.from - 1; j >= 0 && j >= m.from - JUDGEMENT_REACH && d.words[j].sentence === d.words[m.from].sentence; j--) {
    if (/[.:؛"«»]/.test(d.words[j + 1].gap)) return false;
    if (COMPLEMENTISERS.has(d.words[j].key)) return true;
  }
  return false;
}

/** An imperfect with the future prefix (سيقدم، ستقدم) or after سوف. */
function isFuture(d: Discourse, m: TriggerMatch): boolean {
  if (/^[وف]?س$/.test(m.prefix)) return true;
  const prev = d.words[m.from - 1];
  return !!prev && prev.sentence === d.words[m.from].sentence && prev.keys.some(k => eventWords('futureParticles').has(k));
}

export function composeFrames(d: Discourse, matches: TriggerMatch[], quotes: Quote[]): EventFrame[] {
  const frames: EventFrame[] = [];
  const used = new Set<number>();
  for (let n = 0; n < matches.length; n++) {
    if (used.has(n)) continue;
    const m = matches[n];
    const next = matches[n + 1];
    const quote = inQuote(quotes, m.start, m.end);
    let frame: EventFrame = {
      head: m.from, from: m.from, to: m.to, start: m.start, end: m.end, cameo: m.cameo, number: m.entry.number, mutual: m.entry.mutual,
      verbal: m.entry.kind === 'v' || m.entry.kind === 'p', participle: m.entry.kind === 'p', judgement: m.entry.kind === 'j', modality: 'asserted', quote,
      definite: m.prefix.endsWith('ال'), casualty: m.entry.casualty, possessed: m.pronoun, purpose: PURPOSE_LAM.test(m.prefix),
    };
    if (m.entry.kind === 'x') continue;
    if (m.entry.needsJudgement) {
      // An opinion verb is a disapproval when its clause judges (اعتبر أن القرار غير قانوني); a judgement quoted is the quote's own event.
      const k = judgementAfter(d, matches, n, quotes);
      if (k < 0) continue;
      used.add(k);
      frame = { ...frame, cameo: matches[k].cameo };
    }
    if (m.entry.kind === 'l') {
      if (!next || next.from !== m.to || next.entry.kind !== 'n') continue;
      used.add(n + 1);
      frame = { ...frame, to: next.to, end: next.end, cameo: next.cameo, mutual: next.entry.mutual, verbal: true };
    } else if (m.entry.kind === 'm') {
      // The act intended: the next trigger within three words (a light verb may stand between: إجراء محادثات).
      let k = n + 1;
      if (matches[k]?.entry.kind === 'l' && matches[k + 1]?.from === matches[k].to) k++;
      const act = matches[k];
      if (!act || act.from - m.to > 3 || d.words[act.from].sentence !== d.words[m.from].sentence || act.entry.kind === 'm') continue;
      for (let j = n + 1; j <= k; j++) used.add(j);
      frame = { ...frame, cameo: act.cameo, mutual: false, verbal: true, modality: 'intended' };
      // Intended force is a threat (13) whose content is the act: the trigger spans both (تعتزم التصدي).
      if (threatCode(act.cameo)) frame = { ...frame, to: act.to, end: act.end };
    } else if (m.entry.kind === 'j') {
      // Outside a quotation only a reportable judgement in a reported clause (أكد أن الخطوة مرفوضة): its reporter judges (arguments.ts).
      // There it must be the predicate (الخطوة مرفوضة), never a definite adjective that only describes (الأسلوب المستفز).
      const attributive = m.prefix.endsWith('ال') || /\sو?ال/.test(d.ctx.text.slice(m.start, m.end));
      if (!quote && !(m.entry.reported && !attributive && inReportedClause(d, m))) continue;
    } else if (frame.verbal && next && next.entry.kind === 'n' && adjacent(d, m, next, 1) && !next.entry.mutual) {
      // The noun is the verb's object (نعرض وساطة): one event spanning both.
      used.add(n + 1);
      frame = { ...frame, to: next.to, end: next.end };
    } else if (next && m.object !== undefined && next.from === m.object) {
      // The noun named the verb frame's object (قدمت طلبا، فتحت تحقيقا): it is that one event, not a second.
      used.add(n + 1);
    } else if (frame.verbal && next && COMPLEMENT_TAKING.has(cameoRoot(m.cameo)) && !next.entry.mutual && next.entry.kind === 'n' && complementOf(d, m, next)) {
      // What is promised or called for (وعدت بتقديم مساعدات، دعا إلى التراجع) is the act's content, not a second act.
      used.add(n + 1);
      if (next.object !== undefined && matches[n + 2]?.from === next.object) used.add(n + 2);
    } else if (!frame.verbal && next?.entry.kind === 'v' && isViolent(m.cameo) && isViolent(next.cameo) && next.from - m.to <= 2 && sameClause(d, m, next)) {
      // The attack noun is the subject of the violent verb after it (تفجيران استهدفا): one act.
      used.add(n + 1);
    } else if (!frame.verbal && next?.entry.kind === 'n' && isViolent(m.cameo) && isViolent(next.cameo) && next.from === m.to && !/^[وف]/.test(next.prefix) && sameClause(d, m, next)) {
      // The weapon in the attack noun's genitive (تفجير سيارة مفخخة، انفجار عبوة ناسفة): one act spanning both.
      used.add(n + 1);
      frame = { ...frame, to: next.to, end: next.end };
    }
    // A promise of force (واعدا بالقضاء على …، تعهد بسحق …) is a threat to use it.
    if (frame.verbal && cameoRoot(frame.cameo) === '03' && promisesForce(d, m)) frame = { ...frame, cameo: '138' };
    const neg = m.from > 0 && eventWords('negators').has(d.words[m.from - 1].key) && d.words[m.from - 1].sentence === d.words[m.from].sentence;
    if (neg) {
      frame.from = m.from - 1;
      frame.start = d.words[m.from - 1].start;
    }
    // A noun after بدون / دون is an act that did not take place ("without consultations"): no event.
    if (neg && !frame.verbal && eventWords('without').has(d.words[m.from - 1].key)) continue;
    if (neg && (frame.modality === 'intended' || isCooperative(frame.cameo))) {
      frame.cameo = refusalCode(frame.cameo);
      frame.modality = 'asserted';
    } else if (neg) {
      if (m.entry.kind === 'j') continue;
      frame.modality = 'negated';
    } else if (frame.modality === 'intended') {
      frame.cameo = intentCode(frame.cameo);
    } else if (m.entry.kind === 'v' && isCooperative(frame.cameo) && isFuture(d, m)) {
      // A cooperative act announced for the future (ستقدم مساعدة) is an intent to do it (033).
      frame.modality = 'intended';
      frame.cameo = intentCode(frame.cameo);
    }
    frames.push(frame);
  }
  return frames;
}
