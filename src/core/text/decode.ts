// Decodes file bytes the way VS Code presents them: UTF-8 with invalid
// sequences as U+FFFD and a leading BOM removed. Binary files are detected
// up front so no caller ever analyses them.

export interface DecodedText {
  text: string;
  /** True when the bytes look like a binary file (NUL bytes or many control bytes). */
  binary: boolean;
  hadBom: boolean;
  /** Number of U+FFFD characters produced by invalid UTF-8. */
  invalidSequences: number;
}

const SNIFF_BYTES = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const binary = looksBinary(bytes);
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  let invalidSequences = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) invalidSequences++;
  // A U+FFFD the file itself holds (EF BF BD) is text, not a decoding error.
  if (invalidSequences) for (let i = body.indexOf(0xef); i >= 0; i = body.indexOf(0xef, i + 1)) if (body[i + 1] === 0xbf && body[i + 2] === 0xbd) invalidSequences--;
  return { text, binary, hadBom, invalidSequences };
}

/** Removes a leading BOM from text that was decoded elsewhere. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
