// Decides, before any analysis, whether a document's text is fit to analyse.
// Pure so the thresholds are unit-tested; the cache turns verdicts into messages.

export type Verdict = { ok: true } | { ok: false; reason: 'tooLarge' | 'binary' };

/** Binary content shows in the first characters; the rest need not be read. */
export const SNIFF_CHARS = 8192;

/** NUL characters or many C0 control characters mean the file is not text. */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, SNIFF_CHARS);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 8 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** `head`: the first SNIFF_CHARS characters (or more); `length`: the whole text's. */
export function checkInput(length: number, head: string, maxDocumentSize: number): Verdict {
  if (length > maxDocumentSize) return { ok: false, reason: 'tooLarge' };
  if (looksBinaryText(head)) return { ok: false, reason: 'binary' };
  return { ok: true };
}
