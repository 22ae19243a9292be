// Folded lookup keys for Arabic words, shared by the date, quote and event
// lexicons. Independent of the text layer's folding on purpose: lexicon keys
// are built at build time with this same function, so lookups cannot drift.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Removes diacritics and tatweel, folds alef/hamza forms, ى→ي, ة→ه, Arabic-Indic digits → Latin. */
export function wordKey(word: string): string {
  let out = '';
  for (const ch of word.replace(DIACRITICS, '')) {
    const c = ch.charCodeAt(0);
    if (c >= 0x660 && c <= 0x669) out += String.fromCharCode(c - 0x660 + 48);
    else if (c >= 0x6f0 && c <= 0x6f9) out += String.fromCharCode(c - 0x6f0 + 48);
    else if (ch === 'أ' || ch === 'إ' || ch === 'آ' || ch === 'ٱ') out += 'ا';
    else if (ch === 'ى' || ch === 'ی' || ch === 'ئ') out += 'ي';
    else if (ch === 'ة') out += 'ه';
    else if (ch === 'ؤ') out += 'و';
    else if (ch === 'ک') out += 'ك';
    else if (ch === 'گ') out += 'غ';
    else out += ch;
  }
  return out;
}

/** A folded word with the proclitics stripped off the front, and how many folded characters they took. */
export interface Stripped {
  key: string;
  prefix: string;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك', 'س'];

/**
 * The readings of a folded word, longest (unsegmented) first: و/ف, then ب/ل/ك/س,
 * then ال; لل is ل + ال with the alif dropped. Only strips when ≥ 2 letters remain.
 */
export function readings(key: string): Stripped[] {
  const out: Stripped[] = [{ key, prefix: '' }];
  const seen = new Set([key]);
  const add = (prefix: string, rest: string): void => {
    if ((rest.length >= 2 || /^\d$/.test(rest)) && !seen.has(rest)) {
      seen.add(rest);
      out.push({ key: rest, prefix });
    }
  };
  const starts: string[] = [''];
  if (CONJ.includes(key[0])) starts.push(key[0]);
  for (const s of [...starts]) if (PREP.includes(key[s.length])) starts.push(s + key[s.length]);
  for (const p of starts) {
    const rest = key.slice(p.length);
    add(p, rest);
    if (rest.startsWith('ال')) add(p + 'ال', rest.slice(2));
    else if (p.endsWith('ل') && rest.startsWith('ل')) add(p + 'ل', rest.slice(1));
  }
  return out;
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
