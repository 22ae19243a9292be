// Direct quotations in «», “”, "" and ″, mixed and nested, scare quotes
// included. One pass per paragraph with a stack of open marks: a quote never
// crosses a line, and one left open stops at the end of its paragraph.
import type { ArticleContext } from '../text/context';
import type { Entity, Mention, Quote, Span } from '../types';
import { attributeSpeakers } from './speakers';
import { attributeEnglishSpeakers } from './english-speakers';
import { defaultSources, type NameSources } from './sources';

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
}

const isSpace = (c: string | undefined): boolean => c === undefined || /[\s\u200e\u200f]/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

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
    if (s) out.push(s);
  };
  // Searched within the paragraph only: a search in the whole text would run on to the next
  // mark anywhere, for every paragraph without one (quadratic on many short lines).
  const para = text.slice(p.start, p.end);
  MARKS.lastIndex = 0;
  for (let hit = MARKS.exec(para); hit; hit = MARKS.exec(para)) {
    const i = p.start + hit.index;
    const c = hit[0];
    if (OPENERS[c]) {
      if (stack.length < MAX_OPEN) stack.push({ mark: c, at: i });
    } else if (CLOSERS.has(c) || EITHER.has(c)) {
      // Only the innermost few open marks can be closed: keeps pathological input (thousands of «) linear.
      let k = stack.length - 1;
      while (k >= 0 && k >= stack.length - MAX_DEPTH && !pairs(stack[k].mark, c)) k--;
      if (k < stack.length - MAX_DEPTH) k = -1;
      // An ambiguous mark after a space and before a word starts a (nested) quote; otherwise it closes one.
      const prev = text[i - 1];
      const looksOpening = EITHER.has(c) && (isSpace(prev) || prev in OPENERS || /[:([]/.test(prev)) && isWordChar(text[i + 1]);
      if (k >= 0 && !looksOpening) close(k, i);
      else if (EITHER.has(c) && stack.length < MAX_OPEN) stack.push({ mark: c, at: i });
    }
  }
  // Unclosed marks: the outermost one runs to the end of the paragraph.
  if (stack.length) {
    const s = inner(text, stack[0].at + 1, p.end);
    if (s) out.push({ ...s, unclosed: true });
  }
}

/** Direct quotations and their speakers. */
export function findQuotes(ctx: ArticleContext, entities: Entity[], mentions: Mention[], sources: NameSources = defaultSources()): Quote[] {
  const spans: Array<Span & { unclosed?: boolean }> = [];
  for (const p of ctx.paragraphs) quotesInParagraph(ctx.text, p, spans);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const quotes: Quote[] = spans.map((s, i) => ({
    id: `q${i + 1}`,
    start: s.start,
    end: s.end,
    text: ctx.text.slice(s.start, s.end),
    speaker: null,
    ...(s.unclosed ? { unclosed: true } : {}),
    origin: 'auto',
  }));
  if (ctx.language === 'en') attributeEnglishSpeakers(ctx, quotes, entities, mentions);
  else attributeSpeakers(ctx, quotes, entities, mentions, sources);
  return quotes;
}
