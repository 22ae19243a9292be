// FNV-1a over UTF-16 code units: the string hash of the word table (word-forms.ts) and of
// the tagger's features, over a range of a text so no slice is built to hash a word.

/** FNV-1a of s, unsigned. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** hashString(s.slice(start, end)) for in-range bounds, without building the slice. */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
