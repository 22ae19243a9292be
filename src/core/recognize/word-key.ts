// Folded lookup keys for Arabic words, shared by the date, quote and event
// lexicons. Independent of the text layer's folding on purpose: lexicon keys
// are built at build time with this same function, so lookups cannot drift.

/** Diacritics and tatweel, which keys drop (the same set as `originalOffset`). */
function isDiacritic(c: number): boolean {
  return (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640;
}

/** The folded code unit of `c` (see wordKey). */
function foldUnit(c: number): number {
  if (c >= 0x660 && c <= 0x669) return c - 0x660 + 48;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0 + 48;
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627; // أ إ آ ٱ → ا
    case 0x0649: case 0x06cc: case 0x0626: return 0x064a; // ى ی ئ → ي
    case 0x0629: return 0x0647; // ة → ه
    case 0x0624: return 0x0648; // ؤ → و
    case 0x06a9: return 0x0643; // ک → ك
    case 0x06af: return 0x063a; // گ → غ
    default: return c;
  }
}

/** foldUnit of every code unit, -1 for the diacritics keys drop: one load per unit instead of a chain of range tests. */
const FOLDED: Int32Array = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = isDiacritic(c) ? -1 : foldUnit(c);
  return t;
})();

/** Removes diacritics and tatweel, folds alef/hamza forms, ى→ي, ة→ه, Arabic-Indic digits → Latin. */
export function wordKey(word: string): string {
  // One pass over code units; a word already folded is returned as it is.
  let codes: number[] | undefined;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const f = FOLDED[c];
    if (!codes) {
      if (f === c) continue;
      codes = [];
      for (let k = 0; k < i; k++) codes.push(word.charCodeAt(k));
    }
    if (f >= 0) codes.push(f);
  }
  if (!codes) return word;
  // In slices: one call with a huge word (a pasted run of digits) would overflow the stack.
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  return out;
}

/** A folded word with the proclitics stripped off the front, and how many folded characters they took. */
export interface Stripped {
  key: string;
  prefix: string;
}

const isConjunction = (c: number): boolean => c === 0x0648 || c === 0x0641; // و ف
const isPreposition = (c: number): boolean => c === 0x0628 || c === 0x0644 || c === 0x0643 || c === 0x0633; // ب ل ك س

/**
 * The readings of a folded word, longest (unsegmented) first: و/ف, then ب/ل/ك/س,
 * then ال; لل is ل + ال with the alif dropped. Only strips when ≥ 2 letters remain.
 */
export function readings(key: string): Stripped[] {
  const out: Stripped[] = [{ key, prefix: '' }];
  // Proclitic runs tried, in this order: none, the conjunction, a preposition, conjunction + preposition.
  const conj = isConjunction(key.charCodeAt(0)) ? 1 : 0;
  const runs = [0];
  if (conj) runs.push(1);
  if (isPreposition(key.charCodeAt(0))) runs.push(1);
  if (conj && isPreposition(key.charCodeAt(1))) runs.push(2);
  for (const n of runs) {
    const p = key.slice(0, n);
    const rest = key.slice(n);
    addReading(out, p, rest);
    if (rest.startsWith('ال')) addReading(out, p + 'ال', rest.slice(2));
    else if (p.endsWith('ل') && rest.startsWith('ل')) addReading(out, p + 'ل', rest.slice(1));
  }
  return out;
}

/** Adds a reading unless its key is already there or too short (two letters, or one digit). */
function addReading(out: Stripped[], prefix: string, rest: string): void {
  if (rest.length < 2 && !(rest.length === 1 && rest.charCodeAt(0) >= 48 && rest.charCodeAt(0) <= 57)) return;
  for (const r of out) if (r.key === rest) return;
  out.push({ key: rest, prefix });
}

/** Offset in `original` that corresponds to `n` folded characters of its key (diacritics skipped). */
export function originalOffset(original: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < original.length; i++) {
    if (seen === n) return i;
    if (!/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/.test(original[i])) seen++;
  }
  return original.length;
}
