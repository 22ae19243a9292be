// Word tokens and Arabic proclitic segmentation.
//
// A token is a run of letters, marks and digits; hyphens and apostrophes join
// word parts (Jean-Yves, إف-16, O'Brien), decimal and thousands separators
// join digits (3.5, 1,000, ٣٫٥), ZWJ/ZWNJ stay inside a word. Bidi controls
// and punctuation separate tokens. Offsets are UTF-16 indices into the text.
import { normalizeForMatch, PLACEHOLDER } from './normalize';

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

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011'\u2019\u200c\u200d])[\p{L}\p{M}\p{N}]+|(?<=\p{N})[.,\u066b\u066c]\p{N}+)*/gu;

/** Tokens of `text`; pass its normalised form when already computed. */
export function tokenize(text: string, norm: string = normalizeForMatch(text)): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const tn = norm.slice(start, end);
    const key = tn.indexOf(PLACEHOLDER) < 0 ? tn : tn.split(PLACEHOLDER).join('');
    const seg = ARTICLE_AFTER_PROCLITIC.test(key) ? defaultSplit(m[0], tn) : undefined;
    out.push({
      start,
      end,
      text: m[0],
      norm: tn,
      key,
      prefix: seg ? seg.prefix : '',
      stemStart: start + (seg ? seg.stemOffset : 0),
      stemKey: seg ? seg.key : key,
    });
  }
  return out;
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
export function defaultSplit(word: string, norm: string = normalizeForMatch(word)): Segmentation | undefined {
  return articleSplit(procliticSplits(word, norm));
}

function articleSplit(splits: Segmentation[]): Segmentation | undefined {
  for (let i = splits.length - 1; i > 0; i--) {
    const s = splits[i];
    if (s.key.length >= 4 && s.key.startsWith('ال') && !s.prefix.includes('س')) return s;
  }
  return undefined;
}
