// The tagger's own token stream: words plus single punctuation marks (the
// corpora keep punctuation as tokens, and "،" or "(" is useful context),
// cut into sentences where the training data had sentence breaks.

export interface TaggerToken {
  start: number;
  end: number;
  text: string;
}

const WORD = 1, SPACE = 2, MARK = 3;
/**
 * Class of each UTF-16 code unit, filled on first sight (0: not yet seen):
 * a table scan replaces the regex /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu,
 * whose match arrays cost more than the tokens themselves.
 */
const CLASS = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

function classify(ch: string): number {
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : MARK;
}

function unitClass(c: number): number {
  return CLASS[c] || (CLASS[c] = classify(String.fromCharCode(c)));
}
const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛']);
/** Longer runs without a break (pasted tables, one huge line) are cut, keeping decoding memory flat. */
export const MAX_SENTENCE_TOKENS = 300;

/** Words (runs of letters, marks, digits) and single other marks, by code point; white space separates. */
export function taggerTokens(text: string): TaggerToken[] {
  const out: TaggerToken[] = [];
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let width = 1, k: number;
    // A surrogate pair is one code point (rare: classified without the table).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      k = classify(text.slice(i, i + 2));
    } else k = unitClass(c);
    if (k === WORD) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) out.push({ start, end: i, text: text.slice(start, i) });
      start = -1;
      if (k === MARK) out.push({ start: i, end: i + width, text: text.slice(i, i + width) });
    }
    i += width;
  }
  if (start >= 0) out.push({ start, end: n, text: text.slice(start, n) });
  return out;
}

/** Sentences as [from, to) token ranges: after a final mark, at line breaks, and at the length cap. */
export function sentenceRanges(text: string, tokens: readonly TaggerToken[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const endsHere = SENTENCE_END.has(tokens[i].text);
    const lineBreakAfter = i + 1 < tokens.length && hasLineFeed(text, tokens[i].end, tokens[i + 1].start);
    if (endsHere || lineBreakAfter || i === tokens.length - 1 || i + 1 - from >= MAX_SENTENCE_TOKENS) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  return out;
}

/** True when [from, to) holds a \n (checked in place: a slice per token adds up). */
function hasLineFeed(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
