// What the name rules ask about tokens: the readings of a token with its
// proclitics split off, and what separates two neighbouring tokens.
import type { ArticleContext } from '../text/context';
import { procliticSplits, type Segmentation, type Token } from '../text/tokens';

export type Gap = 'space' | 'comma' | 'break';

const BREAK = /[.!?؟؛;:«»"“”„()[\]{}\n\r\u2026]/;

/** What lies between token i and token i + 1 ('break' after the last token). */
export function gapAfter(ctx: ArticleContext, i: number): Gap {
  const a = ctx.tokens[i];
  const b = ctx.tokens[i + 1];
  if (!a || !b) return 'break';
  if (b.start === a.end) return 'space';
  const between = ctx.text.slice(a.end, b.start);
  if (BREAK.test(between)) return 'break';
  if (/[،,]/.test(between)) return 'comma';
  return /\S/.test(between.replace(/[\u200e\u200f\u061c-]/g, '')) ? 'break' : 'space';
}

export interface Reading {
  /** Absolute offset where the stem starts (a mention starts here). */
  start: number;
  key: string;
  /** True when proclitics were split off. */
  split: boolean;
}

const cache = new WeakMap<Token, Reading[]>();

/** The unsplit reading first, then readings with proclitics split off. */
export function readings(tok: Token): Reading[] {
  let r = cache.get(tok);
  if (!r) {
    r = procliticSplits(tok.text, tok.norm).map((s: Segmentation) => ({ start: tok.start + s.stemOffset, key: s.key, split: s.prefix !== '' }));
    cache.set(tok, r);
  }
  return r;
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
