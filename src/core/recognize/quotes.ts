// Direct quotations in «», “”, "" and ″, mixed and nested, scare quotes
// included. One pass per paragraph with a stack of open marks: a quote never
// crosses a line, and one left open stops at the end of its paragraph. A quote
// inside a closed quote is part of it, not a quotation of its own; a name in
// quotation marks (صحيفة «الوطن»، «داعش») is no quotation at all.
import type { ArticleContext } from '../text/context';
import type { DateExpr, Entity, Mention, Quote, Span } from '../types';
import { attributeSpeakers } from './speakers';
import { attributeEnglishSpeakers } from './english-speakers';
import { defaultSources, type NameSources } from './sources';
import { wordKey } from './word-key';
import { alternation, cueWords } from '../lang/lexicon';
import { kindWords } from './kind-words';
import { matchKey } from '../text/normalize';
import { partitionPoint } from '../text/search';
import { COMPLEMENTISERS, discourse, wordIndexAt } from './discourse';
import { isSpeechVerb } from './speech-cues';

/** Marks that only open, only close, or do either (straight and curly marks are used both ways in Arabic text). */
const OPENERS: Record<string, string> = { '«': '»', '‹': '›', '„': '“' };
const CLOSERS = new Set(['»', '›']);
const EITHER = new Set(['"', '″', '“', '”', '＂']);
/** Curly quotes pair with each other whichever way round the writer put them. */
const pairs = (open: string, close: string): boolean =>
  OPENERS[open] === close || open === close || ((open === '“' || open === '”' || open === '„') && (close === '“' || close === '”'));

const MAX_DEPTH = 8;
const MAX_OPEN = 64;
const MARKS = /[«»‹›„"″“”＂]/g;

interface Open {
  mark: string;
  at: number;
  /** Quotes closed inside this one: dropped when it closes, kept when it never does. */
  inner: Span[];
}

const isSpace = (c: string | undefined): boolean => c === undefined || /[\s\u200e\u200f]/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
/** Letters that cling to the next word (و ب ل ف ك) and the tatweel some outlets put after them (بـ). */
const isClitic = (c: string | undefined): boolean => c !== undefined && /[وبلفكـ]/.test(c);

/** A mark right after a word or a stop and before a space, a stop or the end: it can only close. */
const isClosingShape = (text: string, i: number): boolean => (isWordChar(text[i - 1]) || /[.!?؟،,]/.test(text[i - 1] ?? '')) && !isWordChar(text[i + 1]);

/** Some outlets open a quote with a reversed » (بـ»…»، و»…»): glued to the next word, after a space or a clitic. */
function reversedOpening(text: string, i: number): boolean {
  if (!isWordChar(text[i + 1])) return false;
  const prev = text[i - 1];
  if (isSpace(prev)) return true;
  let j = i - 1;
  while (j >= 0 && j >= i - 2 && isClitic(text[j])) j--;
  return j < i - 1 && isSpace(text[j]);
}

/** Trims whitespace; undefined when nothing is left. */
function inner(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

function quotesInParagraph(text: string, p: Span, out: Array<Span & { unclosed?: boolean }>): void {
  const stack: Open[] = [];
  const close = (k: number, at: number): void => {
    const o = stack[k];
    stack.length = k;
    const s = inner(text, o.at + 1, at);
    if (!s) return;
    (k > 0 ? stack[k - 1].inner : out).push(s);
  };
  const open = (mark: string, at: number): void => {
    if (stack.length < MAX_OPEN) stack.push({ mark, at, inner: [] });
  };
  // Searched within the paragraph only: a search in the whole text would run on to the next
  // mark anywhere, for every paragraph without one (quadratic on many short lines).
  const para = text.slice(p.start, p.end);
  MARKS.lastIndex = 0;
  for (let hit = MARKS.exec(para); hit; hit = MARKS.exec(para)) {
    const i = p.start + hit.index;
    const c = hit[0];
    if (OPENERS[c]) open(c, i);
    else if (CLOSERS.has(c) || EITHER.has(c)) {
      // Only the innermost few open marks can be closed: keeps pathological input (thousands of «) linear.
      let k = stack.length - 1;
      while (k >= 0 && k >= stack.length - MAX_DEPTH && !pairs(stack[k].mark, c)) k--;
      if (k < stack.length - MAX_DEPTH) k = -1;
      // An ambiguous mark after a space and before a word starts a (nested) quote; otherwise it closes one.
      const prev = text[i - 1];
      const looksOpening = EITHER.has(c) && (isSpace(prev) || prev in OPENERS || /[:([]/.test(prev)) && isWordChar(text[i + 1]);
      if (c === '»' && reversedOpening(text, i)) open(c, i);
      else if (k >= 0 && !looksOpening) close(k, i);
      // A mark glued to the end of a word or sentence with no word after it closes a quote whose opening mark
      // was lost (…هنا”. وقال): opening one would pair every later mark the wrong way round.
      else if (EITHER.has(c) && !(isClosingShape(text, i) && k < 0)) open(c, i);
    }
  }
  // Unclosed marks: the outermost one runs to the end of the paragraph, and what was quoted inside stays.
  if (stack.length) {
    for (const o of stack) out.push(...o.inner);
    // With a quote after it (…الغرب. وأضاف: «…» وتابع «…»), the mark was left open by mistake: it ends with the
    // sentence before that quote, so the speech verbs between stay outside it.
    const next = Math.min(stack[0].inner[0]?.start ?? p.end, stack[1]?.at ?? p.end);
    const s = inner(text, stack[0].at + 1, next < p.end ? sentenceEndBefore(text, stack[0].at + 1, next) ?? p.end : p.end);
    if (s) out.push({ ...s, unclosed: true });
  }
}

/** The last full stop between `from` and `to` that ends a sentence (a space after it), undefined when none. */
function sentenceEndBefore(text: string, from: number, to: number): number | undefined {
  for (let i = to - 1; i > from; i--) if (/[.!?؟]/.test(text[i]) && isSpace(text[i + 1]) && !/[.!?؟]/.test(text[i - 1])) return i;
  return undefined;
}

let nameHeads: Set<string> | undefined;
const NAME_HEADS = (): Set<string> => (nameHeads ??= new Set((cueWords('ar').nameHeads ?? []).map(wordKey)));
/** Kind nouns written outside a name (دولة، حركة): «دولة فلان» in marks is still a name. */
const isOutsideKind = (key: string): boolean => kindWords().placeOutside.has(key) || kindWords().bodyOutside.has(key);
const isLetter = (c: string | undefined): boolean => c !== undefined && (c === 'ـ' || isWordChar(c));

/** The word before `at` (a preposition alone, as in الملقب بـ «…», is skipped to the word before it), folded, و/ف dropped. */
function wordBefore(text: string, at: number): string {
  let to = at;
  for (let tries = 0; tries < 2; tries++) {
    // A backward scan, a few characters at most: a regex anchored at $ would retry from every position.
    let end = to;
    while (end > 0 && end > at - 40 && !isLetter(text[end - 1])) end--;
    let start = end;
    while (start > 0 && end - start < 40 && isLetter(text[start - 1])) start--;
    if (start === end) return '';
    const key = wordKey(text.slice(start, end));
    if (key.length > 1) return /^[وف]./.test(key) && !NAME_HEADS().has(key) ? key.slice(1) : key;
    if (key !== 'ب' && key !== 'ل') return '';
    to = start;
  }
  return '';
}

/** The word before `at` ends a recognised name: a surname that is also a noun (فلان علامة: «…») names nothing in the marks. */
function endsName(text: string, at: number, mentions: Mention[]): boolean {
  let end = at;
  while (end > 0 && end > at - 40 && !isLetter(text[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < 40 && isLetter(text[start - 1])) start--;
  const k = partitionPoint(mentions.length, i => mentions[i].start < end);
  // Only a name of several words that ends with the head and before the marks is a person's (راغب علامة);
  // the head alone, or a name running on into the marks (منظمة «…»), is the head's own.
  const m = mentions[k - 1];
  return k > 0 && m.start < start && m.end >= end && m.end <= at;
}

/** A noun that names what is in the marks after it, also behind a glued ب or ل (لمسرحية «…»، بمهرجان «…»). */
const isNameHead = (key: string): boolean => NAME_HEADS().has(key) || (key.length > 4 && /^[بل]/.test(key) && NAME_HEADS().has(key.slice(1)));

let addressee: RegExp | undefined;
/** ل glued on (لـ«…») or a preposition written apart (إلى «…») right before the marks, whitespace after it. */
const addresseeBefore = (): RegExp =>
  (addressee ??= new RegExp(`(?:^|\\s)((?:[وف]?لـ?|${alternation(cueWords('ar').addresseePrepositions ?? [])})\\s*)$`));

/**
 * The one to whom something is said, between the speech verb and what is said (أكد مصدر لـ«الصحيفة» أن،
 * قال في تصريحات إلى "الصحيفة" أمس إن): a few words after ل or إلى with a complementiser or a colon
 * right after them (a date between allowed) name an outlet or a person; what was said follows.
 */
function isAddressee(text: string, s: Span, dates: DateExpr[], speechWordBefore: (at: number) => boolean): boolean {
  if (s.end - s.start > 40 || text.slice(s.start, s.end).split(/\s+/).length > 3) return false;
  let b = s.start - 1;
  while (b > 0 && isSpace(text[b])) b--;
  const back = Math.max(0, b - 8);
  const to = addresseeBefore().exec(text.slice(back, b));
  if (!to) return false;
  // Right after a speech verb (أكد لـ«…» فلان أن، وأوضح لـ«…» مدير …) the marks hold the one spoken to, whatever follows.
  if (speechWordBefore(back + to.index + to[0].length - to[1].length)) return true;
  let e = s.end;
  while (e < text.length && isSpace(text[e])) e++;
  let from = e + 1;
  const date = dates.find(d => d.start >= from && d.start <= from + 2);
  if (date) from = date.end;
  const next = /^[\s،,]*([^\s،,]*)/.exec(text.slice(from, from + 30))![1];
  // و before أن coordinates a second demand (دعا إلى «الحوار» وأن …): the marks held what was asked for.
  return next.startsWith(':') || (COMPLEMENTISERS.has(wordKey(next)) && !/^[وف]/.test(next));
}

/**
 * A name, title or date in quotation marks: after a noun that names it (صحيفة «الوطن»), nothing but
 * a recognised name («داعش»، «دولة فلان» with its kind noun), or nothing but a date («الخميس الماضي»).
 */
function isNameInMarks(text: string, s: Span, mentions: Mention[], dates: DateExpr[], speechWordBefore: (at: number) => boolean): boolean {
  if ((isNameHead(wordBefore(text, s.start - 1)) && !endsName(text, s.start - 1, mentions)) || isAddressee(text, s, dates, speechWordBefore)) return true;
  if (dates.some(d => d.start <= s.start && s.end <= d.end && !text.slice(s.start, d.start).trim() && !text.slice(d.end, s.end).trim())) return true;
  const k = partitionPoint(mentions.length, i => mentions[i].start < s.start);
  for (let i = k; i < mentions.length && mentions[i].start < s.end; i++) {
    const m = mentions[i];
    if (m.end > s.end) continue;
    // Only the article (الـ) or a clitic may stand beside the name inside the marks.
    const before = text.slice(s.start, m.start);
    if ((/^(?:ال|[وبلفك])?ـ?\s*$/.test(before) || isOutsideKind(matchKey(before.trim()))) && /^[\s.،,]*$/.test(text.slice(m.end, s.end))) return true;
  }
  return false;
}

const ONLY_NUMBER = /^[\d\u0660-\u0669.,،%/:\s-]+$/;

/** Marks that only و, أو or a comma join to the marks before (طرازات «…» و«…» و«…»): one more item of the same list. */
const LIST_LINK = /^\s*[»"”″“]\s*(?:[،,]\s*)?(?:و|أو|او)?\s*[«"“”]\s*$/;
const listedAfter = (text: string, prev: Span, s: Span): boolean => s.start - prev.end < 12 && /[،,وا]/.test(text.slice(prev.end, s.start)) && LIST_LINK.test(text.slice(prev.end, s.start));

/** Direct quotations and their speakers. */
export function findQuotes(ctx: ArticleContext, entities: Entity[], mentions: Mention[], sources: NameSources = defaultSources(), dates: DateExpr[] = []): Quote[] {
  const spans: Array<Span & { unclosed?: boolean }> = [];
  for (const p of ctx.paragraphs) quotesInParagraph(ctx.text, p, spans);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // The word before offset `at` (in its sentence, only spaces between) is a speech verb: read only for a short quote after ل.
  const speechWordBefore = (at: number): boolean => {
    const d = discourse(ctx, mentions, sources);
    const w = wordIndexAt(d, at) - 1;
    return w >= 0 && !/\S/.test(ctx.text.slice(d.words[w].end, at)) && isSpeechVerb(d, w);
  };
  let lastName: Span | undefined;
  const kept = spans.filter(s => {
    if (s.unclosed) return true;
    // A number alone in marks (العثور على «6» سيارات، المركز رقم "298") quotes no one.
    if (ONLY_NUMBER.test(ctx.text.slice(s.start, s.end))) return false;
    const name = isNameInMarks(ctx.text, s, sorted, dates, speechWordBefore) || (lastName !== undefined && listedAfter(ctx.text, lastName, s));
    if (name) lastName = s;
    return !name;
  });
  const quotes: Quote[] = kept.map((s, i) => ({
    id: `q${i + 1}`,
    start: s.start,
    end: s.end,
    text: ctx.text.slice(s.start, s.end),
    speaker: null,
    // Every field the recognisers may set, in the format's order (unset ones stay out of the JSON):
    // one object shape for the passes that read quotes.
    unclosed: s.unclosed || undefined,
    origin: 'auto',
    cue: undefined,
  }));
  if (ctx.language === 'en') attributeEnglishSpeakers(ctx, quotes, entities, mentions, sources);
  else attributeSpeakers(ctx, quotes, entities, mentions, sources);
  return quotes;
}
