// Finding a saved span again in edited text: first where it was, then by its
// exact text with the best-matching prefix and suffix (W3C TextQuoteSelector),
// then, for an edit inside the span, between its unchanged prefix and suffix.
import type { Span } from '../types';
import type { Anchor } from './types';

const CONTEXT_CHARS = 32;

export function makeAnchor(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function contextScore(text: string, a: Anchor, at: number): number {
  const end = at + a.exact.length;
  return (
    commonSuffix(text.slice(Math.max(0, at - a.prefix.length), at), a.prefix) +
    commonPrefix(text.slice(end, end + a.suffix.length), a.suffix)
  );
}

function byQuote(text: string, a: Anchor): Span | null {
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let i = text.indexOf(a.exact); i >= 0; i = text.indexOf(a.exact, i + 1)) {
    const score = contextScore(text, a, i);
    const distance = Math.abs(i - a.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = i;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best < 0 ? null : { start: best, end: best + a.exact.length };
}

/**
 * The span between the saved prefix and suffix, when the text inside was
 * edited. A context shorter than CONTEXT_CHARS reached the start or end of
 * the article, so it must still be there.
 */
function byContext(text: string, a: Anchor): Span | null {
  const atStart = a.prefix.length < CONTEXT_CHARS;
  const atEnd = a.suffix.length < CONTEXT_CHARS;
  if (atStart && atEnd) return null;
  const starts: number[] = [];
  if (atStart) {
    if (text.startsWith(a.prefix)) starts.push(a.prefix.length);
  } else {
    for (let i = text.indexOf(a.prefix); i >= 0; i = text.indexOf(a.prefix, i + 1)) starts.push(i + a.prefix.length);
  }
  const maxLength = a.exact.length * 2 + CONTEXT_CHARS;
  let best: Span | null = null;
  let bestDistance = Infinity;
  for (const start of starts) {
    const end = atEnd ? (text.endsWith(a.suffix) ? text.length - a.suffix.length : -1) : text.indexOf(a.suffix, start);
    if (end <= start || end - start > maxLength) continue;
    const distance = Math.abs(start - a.start);
    if (distance < bestDistance) {
      best = { start, end };
      bestDistance = distance;
    }
  }
  return best;
}

/** Where the anchored text is now, or null when it cannot be found (an orphan). */
export function locate(text: string, a: Anchor): Span | null {
  if (!a.exact) return null;
  if (text.slice(a.start, a.start + a.exact.length) === a.exact && contextScore(text, a, a.start) === a.prefix.length + a.suffix.length) {
    return { start: a.start, end: a.start + a.exact.length };
  }
  return byQuote(text, a) ?? byContext(text, a);
}

/** The anchor moved to where it is found now, or undefined for an orphan. */
export function reanchor(text: string, a: Anchor): Anchor | undefined {
  const span = locate(text, a);
  return span ? makeAnchor(text, span.start, span.end) : undefined;
}
