// What the name rules ask about tokens, computed once per article: the
// readings of a token with its proclitics split off, and what separates two
// neighbouring tokens. Rules call these many times per token, so both are
// cached per context (arrays, not per-token objects, to spare the GC).
import type { ArticleContext } from '../text/context';
import { procliticSplits, type Token } from '../text/tokens';

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
  readings: (readonly Reading[] | undefined)[];
}

const views = new WeakMap<ArticleContext, View>();

function classify(text: string, a: Token, b: Token | undefined): number {
  if (!b) return 2;
  if (b.start === a.end) return 0;
  const between = text.slice(a.end, b.start);
  if (BREAK.test(between)) return 2;
  if (/[،,]/.test(between)) return 1;
  return /\S/.test(between.replace(/[\u200e\u200f\u061c-]/g, '')) ? 2 : 0;
}

function view(ctx: ArticleContext): View {
  let v = views.get(ctx);
  if (!v) {
    const { tokens, text } = ctx;
    const gaps = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) gaps[i] = classify(text, tokens[i], tokens[i + 1]);
    v = { gaps, readings: new Array(tokens.length) };
    views.set(ctx, v);
  }
  return v;
}

/** What lies between token i and token i + 1 ('break' after the last token). */
export function gapAfter(ctx: ArticleContext, i: number): Gap {
  return i < 0 || i >= ctx.tokens.length ? 'break' : GAPS[view(ctx).gaps[i]];
}

// Readings depend on the token's text alone, and news vocabulary repeats: shared across articles.
const READINGS = new Map<string, readonly Reading[]>();
const READINGS_MAX = 200_000;

/** The unsplit reading of token i first, then readings with proclitics split off. */
export function readingsAt(ctx: ArticleContext, i: number): readonly Reading[] {
  const v = view(ctx);
  let r = v.readings[i];
  if (!r) {
    const tok = ctx.tokens[i];
    r = READINGS.get(tok.text);
    if (!r) {
      r = PROCLITIC_FIRST.has(tok.key[0])
        ? procliticSplits(tok.text, tok.norm).map(s => ({ offset: s.stemOffset, key: s.key, split: s.prefix !== '' }))
        : [{ offset: 0, key: tok.key, split: false }];
      if (READINGS.size >= READINGS_MAX) READINGS.clear();
      READINGS.set(tok.text, r);
    }
    v.readings[i] = r;
  }
  return r;
}

/**
 * A cheap test, before computing readings, that some reading of a token key
 * may equal one of `words`: a reading is a suffix of the key, or (after لل)
 * the article plus a suffix. Buckets by the last two letters, no allocation.
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
    if (key.length < 2) return false;
    const list = byEnd.get((key.charCodeAt(key.length - 2) << 16) | key.charCodeAt(key.length - 1));
    if (!list) return false;
    for (const ending of list) if (key.endsWith(ending)) return true;
    return false;
  };
}

/** Per token array: for each offset, the first token whose end is after it (tokens.length past the last). */
const indexTables = new WeakMap<readonly Token[], Int32Array>();

/**
 * Index of the first token whose end is after `offset`. Recognisers ask this
 * for every candidate's start and end: one table lookup, built on first use
 * (4 bytes per character), instead of a binary search over token objects.
 */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const n = tokens.length;
  if (n === 0 || offset >= tokens[n - 1].end) return n;
  if (!(offset >= 0)) return 0;
  let table = indexTables.get(tokens);
  if (!table || table.length !== tokens[n - 1].end) {
    table = new Int32Array(tokens[n - 1].end);
    for (let i = 0, at = 0; i < n; i++) for (const end = tokens[i].end; at < end; at++) table[at] = i;
    indexTables.set(tokens, table);
  }
  return table[offset];
}
