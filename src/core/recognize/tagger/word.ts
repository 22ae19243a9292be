// What the tagger knows about one word form: its folded key, the bare stem
// after conjunction/preposition proclitics and the article, and its shape.
import { normalizeForMatch } from '../../text/normalize';

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي',
  'ک': 'ك', 'ی': 'ي', 'گ': 'غ', 'پ': 'ب', 'ڤ': 'ف', 'ڨ': 'ق', 'چ': 'تش',
};

/**
 * Folded form used for every word feature. The corpora disagree on hamza and
 * ta marbuta spelling (NewsFANE is pre-normalised), so the fold is applied on
 * top of the shared match normaliser and is idempotent with it.
 */
export function wordKey(word: string): string {
  // One pass instead of two replace() scans: the tagger folds every new word it meets.
  const norm = normalizeForMatch(word);
  let out = '';
  let from = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    const drop = isDiacritic(c);
    const fold = drop ? undefined : foldedUnit(c);
    if (!drop && fold === undefined) continue;
    out += norm.slice(from, i) + (fold ?? '');
    from = i + 1;
  }
  return (from === 0 ? norm : out + norm.slice(from)).toLowerCase();
}

/** Diacritics and tatweel, which keys drop. */
function isDiacritic(c: number): boolean {
  return (c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed) || c === 0x640;
}

/** FOLD and the Arabic-Indic digits by code unit - 0x600 (all of them lie in the Arabic block). */
const FOLD_ARABIC: (string | undefined)[] = (() => {
  const t: (string | undefined)[] = new Array(0x100).fill(undefined);
  for (const [from, to] of Object.entries(FOLD)) t[from.charCodeAt(0) - 0x600] = to;
  for (let d = 0; d < 10; d++) t[0x60 + d] = t[0xf0 + d] = String(d);
  return t;
})();

/** The fold of a letter the match normaliser leaves (and Arabic-Indic digits), or undefined. */
function foldedUnit(c: number): string | undefined {
  return c >= 0x600 && c <= 0x6ff ? FOLD_ARABIC[c - 0x600] : undefined;
}

/** Lexicon lookups also merge the g/j/gh spellings of foreign names (ناجورنو / ناغورنو). */
export function lexKey(key: string): string {
  return key.indexOf('غ') < 0 ? key : key.replace(/غ/g, 'ج');
}

export interface WordParts {
  /** Conjunction/preposition proclitics, without the article. */
  proclitic: string;
  article: boolean;
  /** What remains once proclitics and the article are removed. */
  bare: string;
}

const WITH_ARTICLE = ['وبال', 'وكال', 'فبال', 'فكال', 'وال', 'فال', 'بال', 'كال', 'ال'];
const BEFORE_LAM_ARTICLE = ['ولل', 'فلل', 'لل'];
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Splits a folded key; ambiguous words (وزير, ليبيا) keep both readings via the raw key features. */
export function splitWord(key: string): WordParts {
  for (const p of WITH_ARTICLE) {
    if (key.startsWith(p) && key.length - p.length >= 2) {
      return { proclitic: p.slice(0, -2), article: true, bare: key.slice(p.length) };
    }
  }
  for (const p of BEFORE_LAM_ARTICLE) {
    if (key.startsWith(p) && key.length - p.length >= 2) {
      return { proclitic: p.slice(0, -1), article: true, bare: key.slice(p.length) };
    }
  }
  for (const p of PROCLITICS) {
    if (key.startsWith(p) && key.length - p.length >= 3) {
      return { proclitic: p, article: false, bare: key.slice(p.length) };
    }
  }
  return { proclitic: '', article: false, bare: key };
}

/** Script classes in order of appearance plus a length bucket, e.g. "A:5". */
export function wordShape(word: string): string {
  let classes = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const c = code >= 0x660 && code <= 0x669 ? 'D'
      : (code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) ? 'A'
        : (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'L'
          : code >= 0x30 && code <= 0x39 ? 'D'
            : /\p{L}/u.test(word[i]) ? 'X' : 'P';
    if (!classes.endsWith(c)) classes += c;
  }
  const n = word.length;
  const bucket = n <= 3 ? n : n <= 5 ? 5 : n <= 8 ? 8 : 9;
  return `${classes}:${bucket}`;
}
