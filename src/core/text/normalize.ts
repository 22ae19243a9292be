// Placeholder until the text layer lands: identity folding keeps offsets.
export function normalizeForMatch(text: string): string {
  return text;
}
