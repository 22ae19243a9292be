// Trigger spotting and composition. One pass over the words looks every word
// (and its proclitic-stripped readings) up in the lexicon's first-word map and
// keeps the longest match; a second pass over the matches composes them:
// a light verb joins the noun after it (تنفذ غارات), an intent word takes the
// act after it (يعتزم إجراء محادثات → 036, intended), a negator before an
// intent or cooperative act turns it into a refusal (غير مستعدة لمفاوضات → 125),
// a verb absorbs the noun trigger that is its direct object, and an
// evaluative adjective is an event only inside a quotation.
import { WordMemo, type Discourse } from '../recognize/discourse';
import { originalOffset, wordKey } from '../recognize/word-key';
import type { Modality, Quote } from '../types';
import { triggerLexicon, type TriggerEntry } from './lexicon';
import { intentCode, isCooperative, refusalCode } from './typing';
import { partitionPoint } from '../text/search';

export interface TriggerMatch {
  /** Word range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  entry: TriggerEntry;
  cameo: string;
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
  /** An evaluative adjective in a quotation: the speaker judges what precedes it. */
  judgement: boolean;
  modality: Modality;
  quote: Quote | null;
}

const NEGATORS = new Set(['غير', 'لا', 'لم', 'لن', 'ليس', 'ليست', 'لسنا', 'عدم', 'دون'].map(wordKey));

/** Word after the words i.. that spell rest[k..] ("*" = one optional word), or undefined. */
function matchRest(d: Discourse, i: number, rest: string[], k = 0): number | undefined {
  if (k === rest.length) return i;
  const w = d.words[i];
  if (!w || w.sentence !== d.words[i - 1].sentence) return undefined;
  if (rest[k] === '*') return matchRest(d, i, rest, k + 1) ?? matchRest(d, i + 1, rest, k + 1);
  return w.keys.includes(rest[k]) ? matchRest(d, i + 1, rest, k + 1) : undefined;
}

/** Object word right after a verb that gives a finer code (دعا إلى وقف → 0256); undefined when a required object is missing. */
function refine(d: Discourse, to: number, entry: TriggerEntry): string | undefined {
  if (!entry.objects) return entry.cameo;
  for (let j = to; j < to + 3 && j < d.words.length; j++) {
    for (const key of d.words[j].keys) if (entry.objects[key]) return entry.objects[key];
  }
  return entry.needsObject ? undefined : entry.cameo;
}

/** Lexicon entries a word may start, per reading (readings with none left out), in the order they are tried. */
interface Starts {
  prefix: string;
  entries: TriggerEntry[];
}

/** Shared by the many words that start no trigger. */
const NO_STARTS: Starts[] = [];

const STARTS = new WordMemo((w): Starts[] => {
  const lex = triggerLexicon();
  let out: Starts[] = NO_STARTS;
  for (let r = 0; r < w.keys.length; r++) {
    const key = w.keys[r];
    const direct = lex.get(key);
    // A noun may carry the accusative alif of tanween (هجوماً، احتجاجاً).
    const bare = key.length > 3 && key.endsWith('ا') ? lex.get(key.slice(0, -1)) : undefined;
    if (!direct && !bare) continue;
    if (out === NO_STARTS) out = [];
    out.push({ prefix: w.prefixes[r], entries: [...(direct ?? []), ...(bare ?? []).filter(e => e.kind === 'n')] });
  }
  return out;
});

export function spotTriggers(d: Discourse): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (let i = 0; i < d.words.length; ) {
    let best: { to: number; entry: TriggerEntry; prefix: string } | undefined;
    const starts = STARTS.word(d, i);
    for (let r = 0; r < starts.length && !best; r++) {
      for (const entry of starts[r].entries) {
        const to = matchRest(d, i + 1, entry.rest);
        if (to !== undefined && (!best || to > best.to)) best = { to, entry, prefix: starts[r].prefix };
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
    const cameo = refine(d, best.to, best.entry);
    if (cameo !== undefined) out.push({ from: i, to: best.to, start, end: d.words[best.to - 1].end, entry: best.entry, cameo });
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
  for (let j = a.to; j < b.from; j++) if (!['الي', 'ل', 'ب', 'في'].includes(d.words[j].key) || (d.words[j].key === 'في' && maxGap < 2)) return false;
  return true;
}

export function composeFrames(d: Discourse, matches: TriggerMatch[], quotes: Quote[]): EventFrame[] {
  const frames: EventFrame[] = [];
  const used = new Set<number>();
  for (let n = 0; n < matches.length; n++) {
    if (used.has(n)) continue;
    const m = matches[n];
    const next = matches[n + 1];
    const quote = inQuote(quotes, m.start, m.end);
    let frame: EventFrame = { head: m.from, from: m.from, to: m.to, start: m.start, end: m.end, cameo: m.cameo, number: m.entry.number, mutual: m.entry.mutual, verbal: m.entry.kind === 'v', judgement: m.entry.kind === 'j', modality: 'asserted', quote };
    if (m.entry.kind === 'x') continue;
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
    } else if (m.entry.kind === 'j') {
      if (!quote) continue;
    } else if (m.entry.kind === 'v' && next && next.entry.kind === 'n' && adjacent(d, m, next, 1) && !next.entry.mutual) {
      // The noun is the verb's object (نعرض وساطة): one event spanning both.
      used.add(n + 1);
      frame = { ...frame, to: next.to, end: next.end };
    }
    const neg = m.from > 0 && NEGATORS.has(d.words[m.from - 1].key) && d.words[m.from - 1].sentence === d.words[m.from].sentence;
    if (neg) {
      frame.from = m.from - 1;
      frame.start = d.words[m.from - 1].start;
    }
    if (neg && (frame.modality === 'intended' || isCooperative(frame.cameo))) {
      frame.cameo = refusalCode(frame.cameo);
      frame.modality = 'asserted';
    } else if (neg) {
      if (m.entry.kind === 'j') continue;
      frame.modality = 'negated';
    } else if (frame.modality === 'intended') {
      frame.cameo = intentCode(frame.cameo);
    }
    frames.push(frame);
  }
  return frames;
}
