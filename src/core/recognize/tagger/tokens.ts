// The tagger's own token stream: words plus single punctuation marks (the
// corpora keep punctuation as tokens, and "،" or "(" is useful context),
// cut into sentences where the training data had sentence breaks.
import type { ArticleContext } from '../../text/context';
import { formsAt } from '../../text/tokens';
import { wordFormsGeneration, type WordIds } from '../../text/word-forms';

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
/** Longer runs without a break (pasted tables, one huge line) are cut, keeping decoding memory flat. */
export const MAX_SENTENCE_TOKENS = 300;

/** Token offsets, packed: token i is text[starts[i], ends[i]). */
export interface TaggerSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

/** Words (runs of letters, marks, digits) and single other marks, by code point; white space separates. */
export function taggerSpans(text: string): TaggerSpans {
  const n = text.length;
  // At most one token per code unit, usually far fewer: a quarter, grown by doubling.
  let starts = new Int32Array(Math.max(16, n >> 2)), ends = new Int32Array(starts.length);
  let count = 0;
  let start = -1;
  for (let i = 0; i <= n; ) {
    let width = 1, k: number;
    if (i === n) k = SPACE;
    else {
      const c = text.charCodeAt(i);
      // A surrogate pair is one code point (rare: classified without the table).
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        width = 2;
        k = classify(text.slice(i, i + 2));
      } else k = unitClass(c);
    }
    if (k === WORD) {
      if (start < 0) start = i;
    } else {
      if (count + 2 > starts.length) {
        const s2 = new Int32Array(starts.length * 2), e2 = new Int32Array(starts.length * 2);
        s2.set(starts);
        e2.set(ends);
        starts = s2;
        ends = e2;
      }
      if (start >= 0) {
        starts[count] = start;
        ends[count++] = i;
      }
      start = -1;
      if (k === MARK) {
        starts[count] = i;
        ends[count++] = i + width;
      }
    }
    i += width;
  }
  return { count, starts, ends };
}

/** The tagger's tokens of an article, each with its word: the context token's where they coincide. */
export interface TaggerWords extends TaggerSpans {
  /** What each token is written as (a context token or the forms of a mark or word part). */
  words: { readonly text: string }[];
  /** Each token's word id, when all are of the current table generation. */
  ids: WordIds | undefined;
}

export function taggerWords(ctx: ArticleContext): TaggerWords {
  const { text, norm, tokens } = ctx;
  const spans = taggerSpans(text);
  const { count, starts, ends } = spans;
  const words: { readonly text: string }[] = new Array(count);
  const ids = new Int32Array(count);
  const generation = wordFormsGeneration();
  // Most tagger tokens are context tokens, whose ids are known: only marks and the parts of joined words are looked up.
  const known = ctx.wordIds?.generation === generation ? ctx.wordIds.ids : undefined;
  for (let i = 0, j = 0; i < count; i++) {
    const start = starts[i], end = ends[i];
    while (j < tokens.length && tokens[j].end <= start) j++;
    if (known && j < tokens.length && tokens[j].start === start && tokens[j].end === end) {
      words[i] = tokens[j];
      ids[i] = known[j];
    } else {
      const f = formsAt(text, norm, start, end);
      words[i] = f;
      ids[i] = f.id;
    }
  }
  return { count, starts, ends, words, ids: wordFormsGeneration() === generation ? { ids, generation } : undefined };
}

/** taggerSpans with each token's text. */
export function taggerTokens(text: string): TaggerToken[] {
  const { count, starts, ends } = taggerSpans(text);
  const out: TaggerToken[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = { start: starts[i], end: ends[i], text: text.slice(starts[i], ends[i]) };
  return out;
}

/** Sentences as [from, to) token ranges: after a final mark, at line breaks, and at the length cap. */
export function spanSentences(text: string, spans: TaggerSpans): [number, number][] {
  const { count, starts, ends } = spans;
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    // Every sentence-final mark is one code unit, and a one-unit token is its own text.
    const endsHere = ends[i] - starts[i] === 1 && isSentenceEnd(text.charCodeAt(starts[i]));
    const lineBreakAfter = i + 1 < count && hasLineFeed(text, ends[i], starts[i + 1]);
    if (endsHere || lineBreakAfter || i === count - 1 || i + 1 - from >= MAX_SENTENCE_TOKENS) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  return out;
}

function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x61b;
}

/** True when [from, to) holds a \n (checked in place: a slice per token adds up). */
function hasLineFeed(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
