// JavaScript strings index UTF-16 code units; brat, W3C selectors, Label Studio,
// doccano and Python count code points. The two differ after any character
// outside the Basic Multilingual Plane (emoji, some CJK), so every export
// converts through here.
import { partitionPoint } from './search';

/** Converts offsets of one text both ways; O(1) per call after an O(n) scan. */
export interface CodePointMap {
  toCodePoint(utf16: number): number;
  toUtf16(codePoint: number): number;
  /** Length of the text in code points. */
  readonly codePointLength: number;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function createCodePointMap(text: string): CodePointMap {
  // Positions (UTF-16) where a surrogate pair starts; most Arabic news has none.
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  const codePointLength = text.length - pairs.length;
  if (!pairs.length) return { toCodePoint: i => i, toUtf16: c => c, codePointLength };
  /** Number of pairs starting strictly before `utf16` that end at or before it. */
  const pairsBefore = (utf16: number): number => {
    return partitionPoint(pairs.length, k => pairs[k] + 1 < utf16);
  };
  return {
    codePointLength,
    // An offset inside a pair counts as the pair's start.
    toCodePoint: utf16 => {
      const clamped = Math.max(0, Math.min(utf16, text.length));
      const k = pairsBefore(clamped);
      const inside = k < pairs.length && pairs[k] === clamped - 1;
      return clamped - k - (inside ? 1 : 0);
    },
    toUtf16: cp => {
      const clamped = Math.max(0, Math.min(cp, codePointLength));
      // The code-point index of pair j is pairs[j] - j; count pairs before cp.
      const lo = partitionPoint(pairs.length, k => pairs[k] - k < clamped);
      return clamped + lo;
    },
  };
}

export function utf16ToCodePoint(text: string, utf16: number): number {
  return createCodePointMap(text).toCodePoint(utf16);
}

export function codePointToUtf16(text: string, codePoint: number): number {
  return createCodePointMap(text).toUtf16(codePoint);
}
