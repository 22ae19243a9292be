// English spellings of Arabic name tokens, from media/data/translit.json
// (built by scripts/build-translit.ts from Wikidata name pairs). A token the
// lexicon lacks is romanised letter by letter so every name gets a Latin form.
import { readDataJson } from '../data-dir';
import { matchKey } from '../text/normalize';

let lexicon: Map<string, string> | undefined;

function load(): Map<string, string> {
  return (lexicon ??= new Map(Object.entries(readDataJson<Record<string, string>>('translit.json'))));
}

/** True when Wikidata knows `key` (a matchKey) as a token of a person's name. */
export function isNameToken(key: string): boolean {
  return load().has(key);
}

const LETTERS: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  و: 'w', ي: 'y', ء: "'",
};

/** Letter-by-letter romanisation of a matchKey, for tokens no lexicon knows. */
function romanise(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    // Long vowels between consonants read as vowels, not glides.
    if ((ch === 'و' || ch === 'ي') && i > 0) out += ch === 'و' ? 'u' : 'i';
    else out += LETTERS[ch] ?? (/[\p{L}\p{N}]/u.test(ch) ? ch : '');
  }
  out = out.replace(/^'+|'+$/g, '');
  return out ? out[0].toUpperCase() + out.slice(1) : out;
}

/** Regnal ordinals read as Roman numerals (عبد الله الثاني → Abdullah II). */
const ORDINALS: Record<string, string> = {
  الاول: 'I', الثاني: 'II', الثالث: 'III', الرابع: 'IV', الخامس: 'V', السادس: 'VI', السابع: 'VII', الثامن: 'VIII', التاسع: 'IX', العاشر: 'X',
};

function token(key: string, index: number): string {
  if (index > 0 && ORDINALS[key]) return ORDINALS[key];
  const lex = load();
  const hit = lex.get(key);
  if (hit) return hit;
  if (key.startsWith('ال') && key.length > 3) {
    const rest = lex.get(key.slice(2));
    return `Al-${rest ?? romanise(key.slice(2))}`;
  }
  return romanise(key);
}

/** English form of an Arabic name, token by token (جيهون بيراموف → "Ceyhun Bayramov"). */
export function transliterateName(arabic: string): string {
  return matchKey(arabic)
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .map((key, i) => token(key, i))
    .join(' ');
}
