// Word tokens and Arabic proclitic segmentation.
//
// A token is a run of letters, marks and digits; hyphens and apostrophes join
// word parts (Jean-Yves, إف-16, O'Brien), decimal and thousands separators
// join digits (3.5, 1,000, ٣٫٥), ZWJ/ZWNJ stay inside a word. Bidi controls
// and punctuation separate tokens. Offsets are UTF-16 indices into the text.
import { normalizeForMatch, PLACEHOLDER } from './normalize';
import { wordForms, wordFormsGeneration, type WordForms, type WordIds } from './word-forms';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Normalised form (slice of the normalised text, same length as `text`). */
  norm: string;
  /** Lexicon key of the whole token: `norm` without placeholders. */
  key: string;
  /**
   * Proclitics split off by default: only where the rest starts with the
   * article (والرئيس → و + الرئيس, للأمم → ل + لأمم), since without a lexicon
   * وزير cannot be told from و + زير. Recognisers refine with `splitProclitics`.
   */
  prefix: string;
  /** Absolute offset where the stem (token minus `prefix`) starts. */
  stemStart: number;
  /** Lexicon key of the stem; after لل the dropped alef is restored (لأمم → الامم). */
  stemKey: string;
}

// The token pattern, /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'\u2019\u200c\u200d][\p{L}\p{M}\p{N}]+|(?<=\p{N})[.,\u066b\u066c]\p{N}+)*/gu,
// is scanned by hand over a per-code-unit class table: the regex's match arrays cost more than the tokens.
const WORD = 1, DIGIT = 2;
/** A surrogate pair: the code point is two code units wide. */
const WIDE = 4;
/** A high surrogate: its class is the pair's, found apart. */
const HIGH = 0x40;
const SEEN = 0x80;
/** Class bits of each UTF-16 code unit (WORD, DIGIT), filled on first sight (SEEN marks it). */
const CLASS = new Uint8Array(0x10000);
CLASS.fill(HIGH, 0xd800, 0xdc00);

function classify(ch: string): number {
  return (/^[\p{L}\p{M}\p{N}]$/u.test(ch) ? WORD : 0) | (/^\p{N}$/u.test(ch) ? DIGIT : 0);
}

/** Class bits of the code point at i (i < text.length), WIDE when it is a surrogate pair: one table read for nearly every unit. */
function classAt(text: string, i: number): number {
  const k = CLASS[text.charCodeAt(i)];
  return k & SEEN ? k : unseenClassAt(text, i);
}

function unseenClassAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (CLASS[c] & HIGH) {
    // A lone high surrogate is no word character.
    return i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? classify(text.slice(i, i + 2)) | WIDE : 0;
  }
  const fresh = classify(String.fromCharCode(c)) | SEEN;
  CLASS[c] = fresh;
  return fresh;
}

/** Code units of the code point whose class is k. */
const widthOf = (k: number): number => 1 + ((k & WIDE) >> 2);

const isJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 0x200c || c === 0x200d;
const isSeparator = (c: number): boolean => c === 46 || c === 44 || c === 0x66b || c === 0x66c;

/** End of the token starting at `start` (a word code point), following the pattern above. */
function tokenEnd(text: string, start: number): number {
  const n = text.length;
  let j = start;
  let lastDigit = false;
  // Runs of word code points, joined by a joiner (Jean-Yves) or, after a digit, a decimal/thousands separator and digits.
  for (let mode = WORD; ;) {
    while (j < n) {
      const k = classAt(text, j);
      if (!(k & mode)) break;
      lastDigit = (k & DIGIT) !== 0;
      j += widthOf(k);
    }
    if (j + 1 >= n) return j;
    const c = text.charCodeAt(j);
    if (isJoiner(c) && classAt(text, j + 1) & WORD) mode = WORD;
    else if (lastDigit && isSeparator(c) && classAt(text, j + 1) & DIGIT) mode = DIGIT;
    else return j;
    j += 1;
  }
}

function newForms(text: string, norm: string, start: number, end: number, id: number): WordForms {
  const word = text.slice(start, end);
  const tn = norm.slice(start, end);
  const key = tn.indexOf(PLACEHOLDER) < 0 ? tn : tn.split(PLACEHOLDER).join('');
  const seg = ARTICLE_AFTER_PROCLITIC.test(key) ? defaultSplit(word, tn) : undefined;
  return {
    id,
    text: word,
    norm: tn,
    key,
    prefix: seg ? seg.prefix : '',
    stemOffset: seg ? seg.stemOffset : 0,
    stemKey: seg ? seg.key : key,
  };
}

/** The forms of the word text[start, end), wherever it stands (the tagger's marks and word parts are no tokens). */
export function formsAt(text: string, norm: string, start: number, end: number): WordForms {
  return wordForms(text, norm, start, end, newForms);
}

/** Tokens of `text`; pass its normalised form when already computed. */
export function tokenize(text: string, norm: string = normalizeForMatch(text)): Token[] {
  return tokenizeWithIds(text, norm).tokens;
}

/** Tokens, and the id of each token's word (see word-forms.ts) when all were read in one table generation. */
export function tokenizeWithIds(text: string, norm: string = normalizeForMatch(text)): { tokens: Token[]; wordIds?: WordIds } {
  const out: Token[] = [];
  // A typed array grown by doubling: a number[] of ids cost twice the memory in growth copies.
  let ids = new Int32Array(Math.max(16, text.length >> 3));
  const generation = wordFormsGeneration();
  for (let start = 0; start < text.length; ) {
    const k = classAt(text, start);
    if (!(k & WORD)) {
      start += widthOf(k);
      continue;
    }
    const end = tokenEnd(text, start);
    const f = wordForms(text, norm, start, end, newForms);
    out.push({ start, end, text: f.text, norm: f.norm, key: f.key, prefix: f.prefix, stemStart: start + f.stemOffset, stemKey: f.stemKey });
    if (out.length > ids.length) {
      const grown = new Int32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[out.length - 1] = f.id;
    start = end;
  }
  return { tokens: out, wordIds: wordFormsGeneration() === generation ? { ids: ids.slice(0, out.length), generation } : undefined };
}

export interface Segmentation {
  /** Proclitics as written (with any diacritics on them). */
  prefix: string;
  /** The rest of the word as written: what a mention spans. */
  stem: string;
  /** Offset of `stem` inside the word. */
  stemOffset: number;
  /** Lexicon key of the stem (normalised, placeholders removed; لل restores the article). */
  key: string;
}

/** Cheap pre-check for `defaultSplit`: proclitics then the article (or لل). */
const ARTICLE_AFTER_PROCLITIC = /^(?:[وف][بك]?ال|[بك]ال|[وف]?لل)../;
const PROCLITIC_FIRST = new Set([...'وفبلكس'].map(c => c.charCodeAt(0)));
/** Letters a stem keeps at least (never leave a one-letter stem). */
const MIN_STEM = 2;

/**
 * Proclitic sequences in the order they attach: conjunction و/ف, then a
 * preposition ب/ل/ك or the future marker س. The article is not a proclitic
 * here: it stays with the stem (format convention: ال inside the mention).
 */
export const PROCLITIC_SEQUENCES: readonly string[] = (() => {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف']) for (const prep of ['', 'ب', 'ل', 'ك', 'س']) out.add(conj + prep);
  out.delete('');
  return [...out].sort((a, b) => a.length - b.length);
})();

/** Letters of the normalised word with their offsets, placeholders skipped. */
function letters(norm: string): { chars: string; offsets: number[] | undefined } {
  // Most words carry no diacritics: their letters are the word itself, offsets the identity.
  if (norm.indexOf(PLACEHOLDER) < 0) return { chars: norm, offsets: undefined };
  let chars = '';
  const offsets: number[] = [];
  for (let i = 0; i < norm.length; i++) {
    if (norm[i] === PLACEHOLDER) continue;
    chars += norm[i];
    offsets.push(i);
  }
  return { chars, offsets };
}

/**
 * Every way to read `word` as proclitics + stem, the unsplit reading first,
 * then shorter prefixes before longer ones. ل before the article drops the
 * article's alef (للأمم): that reading keeps the second ل in the stem
 * (لأمم) and its key restores the article (الامم).
 */
export function procliticSplits(word: string, norm: string = normalizeForMatch(word)): Segmentation[] {
  const { chars, offsets } = letters(norm);
  const out: Segmentation[] = [{ prefix: '', stem: word, stemOffset: 0, key: chars }];
  if (chars.length <= MIN_STEM || !PROCLITIC_FIRST.has(chars.charCodeAt(0))) return out;
  for (const p of PROCLITIC_SEQUENCES) {
    if (chars.length - p.length < MIN_STEM || !chars.startsWith(p)) continue;
    // The future marker only precedes an imperfect verb (سيقول، سنعمل).
    if (p.endsWith('س') && !/^[يتنا]/.test(chars.slice(p.length))) continue;
    const off = offsets ? offsets[p.length] : p.length;
    const rest = chars.slice(p.length);
    if (p.endsWith('ل') && rest.startsWith('ل') && rest.length > MIN_STEM) {
      out.push({ prefix: word.slice(0, off), stem: word.slice(off), stemOffset: off, key: 'ا' + rest });
    }
    out.push({ prefix: word.slice(0, off), stem: word.slice(off), stemOffset: off, key: rest });
  }
  return out;
}

/**
 * Splits proclitics off `word`. With `isKnown` (called with stem keys, see
 * Segmentation.key): a word that is known whole is never split; otherwise the
 * shortest prefix whose stem is known wins. Without a known stem, only the
 * article rule of `defaultSplit` applies.
 */
export function splitProclitics(word: string, isKnown?: (key: string) => boolean, norm?: string): Segmentation {
  const splits = procliticSplits(word, norm ?? normalizeForMatch(word));
  if (isKnown) {
    for (const s of splits) if (isKnown(s.key)) return s;
  }
  return articleSplit(splits) ?? splits[0];
}

/**
 * The split that needs no lexicon: the longest proclitic run before the
 * article, leaving at least two letters after ال (والرئيس، بالكرملين، للأمم →
 * ل + لأمم). Undefined when nothing is split.
 */
function defaultSplit(word: string, norm: string = normalizeForMatch(word)): Segmentation | undefined {
  return articleSplit(procliticSplits(word, norm));
}

function articleSplit(splits: Segmentation[]): Segmentation | undefined {
  for (let i = splits.length - 1; i > 0; i--) {
    const s = splits[i];
    if (s.key.length >= 4 && s.key.startsWith('ال') && !s.prefix.includes('س')) return s;
  }
  return undefined;
}
