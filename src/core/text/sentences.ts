// Paragraphs and sentences as spans of the original text.
//
// Paragraph: one non-blank line (the seed format puts one paragraph per
// line; \r\n, \r and \n all end a line). Sentence: ends after . ؟ ? ! ؛ ;
// (a run of them, plus any closing quotes/brackets right after) or at the end
// of the line. The Arabic comma ، and : never end a sentence. Not an end: a
// dot between digits (3.5), a dot after a single Latin capital or a common
// English abbreviation (U.S., Mr.), and any terminator inside a quotation
// «…», “…” or "…" that closes within the same line, unless it is the last
// thing before the closing mark ("Stop." Then …). Spans are trimmed of
// surrounding whitespace.
import type { Span } from '../types';
import { lexicon } from '../lang/lexicon';

const LINE_RE = /[^\r\n]+/g;

export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  LINE_RE.lastIndex = 0;
  for (let m = LINE_RE.exec(text); m; m = LINE_RE.exec(text)) {
    const t = trimSpan(text, m.index, m.index + m[0].length);
    if (t) out.push(t);
  }
  return out;
}

const TERMINATORS = new Set(['.', '؟', '?', '!', '؛', ';', '\u06d4', '…']);
const TERMINATOR_RE = /[.؟?!؛;\u06d4…]/g;
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '}', '\u00bb']);
const QUOTE_OPEN_RE = /[«“"]/g;
const QUOTE_CLOSE: Record<string, string> = { '«': '»', '“': '”', '"': '"' };
let abbreviations: Set<string> | undefined;
/** English abbreviations whose full stop ends no sentence (media/lang/en/abbreviations.json), read on first use. */
const ABBREVIATIONS = (): Set<string> => (abbreviations ??= new Set(lexicon<{ entries: string[] }>('en', 'abbreviations').entries));

/** Sentences of `text`; pass its paragraphs when already split. */
export function splitSentences(text: string, paragraphs: readonly Span[] = splitParagraphs(text)): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) splitLine(text, p.start, p.end, out);
  return out;
}

/** Sentences of one line `[start, end)` appended to `out`. */
function splitLine(text: string, start: number, end: number, out: Span[]): void {
  const line = text.slice(start, end);
  const quoted = quotedRanges(line);
  let q = 0;
  let from = 0;
  TERMINATOR_RE.lastIndex = 0;
  for (let t = TERMINATOR_RE.exec(line); t; t = TERMINATOR_RE.exec(line)) {
    const i = t.index;
    while (q < quoted.length && quoted[q][1] <= i) q++;
    if (q < quoted.length && quoted[q][0] < i && !endsQuote(line, i, quoted[q][1])) continue;
    if (line[i] === '.' && !dotEndsSentence(line, i)) continue;
    let j = i + 1;
    while (j < line.length && (TERMINATORS.has(line[j]) || CLOSERS.has(line[j]))) j++;
    if (j < line.length && !/\s/.test(line[j])) {
      TERMINATOR_RE.lastIndex = j;
      continue;
    }
    push(text, start + from, start + j, out);
    from = j;
    TERMINATOR_RE.lastIndex = j;
  }
  push(text, start + from, end, out);
}

/** True when only terminators stand between `i` and the quotation's closing mark. */
function endsQuote(line: string, i: number, close: number): boolean {
  let j = i + 1;
  while (j < close && TERMINATORS.has(line[j])) j++;
  return j === close;
}

function dotEndsSentence(line: string, i: number): boolean {
  if (/\d/.test(line[i - 1] ?? '') && /\d/.test(line[i + 1] ?? '')) return false;
  // An Arabic letter standing alone is an initial or a title's abbreviation (د. فلان، م. فلان، راشد س.),
  // except after a year, where it is the era (عام 2015 م.).
  const before = line.slice(Math.max(0, i - 12), i);
  if (/(?:^|[\s(])[\u0621-\u064a]$/.test(before) && !/[\d\u0660-\u0669]\s*[\u0621-\u064a]$/.test(before)) return false;
  const word = /([A-Za-z]+)$/.exec(line.slice(Math.max(0, i - 6), i));
  if (!word) return true;
  if (word[1].length === 1 && /[A-Z]/.test(word[1])) return false;
  return !ABBREVIATIONS().has(word[1].toLowerCase());
}

/**
 * [open, close] index pairs of quotations closed on the same line, each closed by
 * the first matching mark after it. A mark whose close is missing from the rest of
 * the line is not looked for again: a line of unclosed « stays linear.
 */
function quotedRanges(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const neverClosed = new Set<string>();
  QUOTE_OPEN_RE.lastIndex = 0;
  for (let m = QUOTE_OPEN_RE.exec(line); m; m = QUOTE_OPEN_RE.exec(line)) {
    const close = QUOTE_CLOSE[m[0]];
    if (neverClosed.has(close)) continue;
    const at = line.indexOf(close, m.index + 1);
    if (at < 0) neverClosed.add(close);
    else {
      out.push([m.index, at]);
      QUOTE_OPEN_RE.lastIndex = at + 1;
    }
  }
  return out;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  const t = trimSpan(text, start, end);
  if (t) out.push(t);
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200e || c === 0x200f || c === 0x061c || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}
