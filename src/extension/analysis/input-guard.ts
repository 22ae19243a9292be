// Decides, before any analysis, whether a document's text is fit to analyse.
// Pure so the thresholds are unit-tested; the cache turns verdicts into messages.

export type Verdict = { ok: true } | { ok: false; reason: 'tooLarge' | 'binary' };

const SNIFF_CHARS = 8192;

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

export function checkInput(text: string, maxDocumentSize: number): Verdict {
  if (text.length > maxDocumentSize) return { ok: false, reason: 'tooLarge' };
  if (looksBinaryText(text)) return { ok: false, reason: 'binary' };
  return { ok: true };
}
