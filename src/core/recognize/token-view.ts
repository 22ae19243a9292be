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
  /** Absolute offset where the stem starts (a mention starts here). */
  start: number;
  key: string;
  /** True when proclitics were split off. */
  split: boolean;
}

interface View {
  gaps: Uint8Array;
  readings: (Reading[] | undefined)[];
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

/** The unsplit reading of token i first, then readings with proclitics split off. */
export function readingsAt(ctx: ArticleContext, i: number): Reading[] {
  const v = view(ctx);
  let r = v.readings[i];
  if (!r) {
    const tok = ctx.tokens[i];
    r = PROCLITIC_FIRST.has(tok.key[0])
      ? procliticSplits(tok.text, tok.norm).map(s => ({ start: tok.start + s.stemOffset, key: s.key, split: s.prefix !== '' }))
      : [{ start: tok.start, key: tok.key, split: false }];
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

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
