// What the name rules ask about tokens: the readings of a token with its
// proclitics split off (once per written word), and what separates two
// neighbouring tokens (once per article, an array, not per-token objects).
import type { ArticleContext } from '../text/context';
import { procliticSplits, type Token } from '../text/tokens';
import { TextMemo } from '../text/text-memo';

export type Gap = 'space' | 'comma' | 'break';

const BREAK = /[.!?؟؛;:«»"“”„()[\]{}\n\r\u2026]/;
const GAPS: Gap[] = ['space', 'comma', 'break'];
const PROCLITIC_FIRST = new Set([...'وفبلكس']);

export interface Reading {
  /** Where the stem starts inside the token (a mention starts there): 0 for the unsplit reading. */
  offset: number;
  key: string;
  /** True when proclitics were split off. */
  split: boolean;
}

interface View {
  gaps: Uint8Array;
}

const views = new WeakMap<ArticleContext, View>();
// Rules ask about one article many times in a row: the last view answers without a WeakMap lookup.
let lastCtx: ArticleContext | undefined;
let lastView: View | undefined;

/** What a gap character is, filled on first sight (0: not yet seen). */
const IN_GAP = new Uint8Array(0x10000);
const SEEN = 1, BREAK_MARK = 2, COMMA = 4, IGNORED = 8, VISIBLE = 16;

function gapClass(c: number): number {
  let k = IN_GAP[c];
  if (!k) {
    const ch = String.fromCharCode(c);
    k = SEEN | (BREAK.test(ch) ? BREAK_MARK : 0) | (/[،,]/.test(ch) ? COMMA : 0) | (/[\u200e\u200f\u061c-]/.test(ch) ? IGNORED : 0) | (/\S/.test(ch) ? VISIBLE : 0);
    IN_GAP[c] = k;
  }
  return k;
}

/**
 * 'break' if the gap holds a sentence or quote mark, else 'comma' for a comma, else 'break'
 * for anything visible but direction marks and hyphens, else 'space': read character by
 * character, no slice or regex per gap.
 */
function classify(text: string, a: Token, b: Token | undefined): number {
  if (!b) return 2;
  if (b.start === a.end) return 0;
  // Most tokens are followed by one plain space.
  if (b.start === a.end + 1 && text.charCodeAt(a.end) === 32) return 0;
  let all = 0, visible = false;
  for (let i = a.end; i < b.start; i++) {
    const k = gapClass(text.charCodeAt(i));
    all |= k;
    if (k & VISIBLE && !(k & IGNORED)) visible = true;
  }
  if (all & BREAK_MARK) return 2;
  if (all & COMMA) return 1;
  return visible ? 2 : 0;
}

function view(ctx: ArticleContext): View {
  if (ctx === lastCtx) return lastView!;
  let v = views.get(ctx);
  if (!v) {
    const { tokens, text } = ctx;
    const gaps = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) gaps[i] = classify(text, tokens[i], tokens[i + 1]);
    v = { gaps };
    views.set(ctx, v);
  }
  lastCtx = ctx;
  lastView = v;
  return v;
}

/** What lies between token i and token i + 1 ('break' after the last token). */
export function gapAfter(ctx: ArticleContext, i: number): Gap {
  return i < 0 || i >= ctx.tokens.length ? 'break' : GAPS[view(ctx).gaps[i]];
}

function readingsOf(tok: Token): readonly Reading[] {
  return PROCLITIC_FIRST.has(tok.key[0])
    ? procliticSplits(tok.text, tok.norm).map(s => ({ offset: s.stemOffset, key: s.key, split: s.prefix !== '' }))
    : [{ offset: 0, key: tok.key, split: false }];
}

/** Readings depend on the token's text alone, and news vocabulary repeats: shared across articles. */
const READINGS = new TextMemo(readingsOf);

/** The unsplit reading of token i first, then readings with proclitics split off. */
export function readingsAt(ctx: ArticleContext, i: number): readonly Reading[] {
  return READINGS.at(ctx, i);
}

/**
 * A cheap test, before computing readings, that some reading of a token key
 * may equal one of `words`: a reading is a suffix of the key, or (after لل)
 * the article plus a suffix. Buckets by the last two letters, no allocation.
 * Cue tests memoise it per written word (KeyTest), so it runs once per word.
 */
export function readingFilter(words: Iterable<string>): (key: string) => boolean {
  // Each word's accepted endings: itself, and after لل the word without the article's alif.
  const byEnd = new Map<number, string[]>();
  for (const w of words) {
    const tail = w.length > 1 ? (w.charCodeAt(w.length - 2) << 16) | w.charCodeAt(w.length - 1) : w.charCodeAt(0);
    const list = byEnd.get(tail) ?? [];
    list.push(w);
    if (w.startsWith('ال')) list.push(w.slice(1));
    byEnd.set(tail, list);
  }
  return key => {
    const n = key.length;
    if (n < 2) return false;
    const list = byEnd.get((key.charCodeAt(n - 2) << 16) | key.charCodeAt(n - 1));
    if (!list) return false;
    for (const ending of list) if (key.endsWith(ending)) return true;
    return false;
  };
}

/** Per token array: for each offset, the first token whose end is after it (tokens.length past the last). */
const indexTables = new WeakMap<readonly Token[], Int32Array>();
/** The table asked last: callers ask about one article many times in a row. */
let lastTokens: readonly Token[] | undefined;
let lastTable: Int32Array | undefined;

/**
 * Index of the first token whose end is after `offset`. Recognisers ask this
 * for every candidate's start and end: one table lookup, built on first use
 * (4 bytes per character), instead of a binary search over token objects.
 */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const n = tokens.length;
  if (n === 0 || offset >= tokens[n - 1].end) return n;
  if (!(offset >= 0)) return 0;
  let table = tokens === lastTokens ? lastTable! : indexTables.get(tokens);
  if (!table || table.length !== tokens[n - 1].end) {
    table = new Int32Array(tokens[n - 1].end);
    for (let i = 0, at = 0; i < n; i++) for (const end = tokens[i].end; at < end; at++) table[at] = i;
    indexTables.set(tokens, table);
  }
  lastTokens = tokens;
  lastTable = table;
  return table[offset];
}

/** `readingFilter` over words read on first use (lexicon files are read lazily, never at import). */
export function lazyReadingFilter(words: () => Iterable<string>): (key: string) => boolean {
  let filter: ((key: string) => boolean) | undefined;
  return key => (filter ??= readingFilter(words()))(key);
}

/** True when a dash stands between token i and the next (الحركة - سامر): a space-like gap that still ends a name. */
export function dashAfter(ctx: ArticleContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return !!next && /[-\u2013\u2014]/.test(ctx.text.slice(ctx.tokens[i].end, next.start));
}
