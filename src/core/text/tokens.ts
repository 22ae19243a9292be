export interface Token {
  start: number;
  end: number;
  text: string;
  /** Normalised form (slice of the normalised text). */
  norm: string;
}

export function tokenize(text: string, norm: string = text): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const start = m.index!;
    const end = start + m[0].length;
    out.push({ start, end, text: m[0], norm: norm.slice(start, end) });
  }
  return out;
}
