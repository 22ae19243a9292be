// The tagger's own token stream: words plus single punctuation marks (the
// corpora keep punctuation as tokens, and "،" or "(" is useful context),
// cut into sentences where the training data had sentence breaks.

export interface TaggerToken {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛']);
/** Longer runs without a break (pasted tables, one huge line) are cut, keeping decoding memory flat. */
export const MAX_SENTENCE_TOKENS = 300;

export function taggerTokens(text: string): TaggerToken[] {
  const out: TaggerToken[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
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
