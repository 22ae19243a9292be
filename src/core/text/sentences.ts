import type { Span } from '../types';

export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function splitSentences(text: string): Span[] {
  return splitParagraphs(text);
}
