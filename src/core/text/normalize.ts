// Normalisation for matching. `normalizeForMatch` keeps the string's length so
// an index into the folded text is the same index into the original: letters
// are folded one for one, and characters matching must ignore (diacritics,
// tatweel, zero-width joiners) become PLACEHOLDER instead of being deleted.
//
// PLACEHOLDER is the tatweel U+0640 itself: it is a letter (\p{Lm}) so a word
// regex over the folded text still keeps a word whole, and a real tatweel is
// folded to it anyway. `matchKey` / `compactNorm` remove placeholders to get
// the key a lexicon stores.

export const PLACEHOLDER = '\u0640';
const PH = 0x0640;

/** Code unit → folded code unit, for the whole BMP (surrogates map to themselves). */
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  const set = (from: string, to: string) => {
    for (const ch of from) t[ch.charCodeAt(0)] = to.charCodeAt(0);
  };
  // Alef forms (hamza above/below, madda, wasla, wavy hamza) → bare alef.
  set('\u0623\u0625\u0622\u0671\u0672\u0673\u0675', 'ا');
  // Alef maksura and Persian/Urdu yeh forms → yeh; hamza on yeh → yeh.
  set('\u0649\u06CC\u06D0\u06D2\u06D3\u0626\u0678', 'ي');
  // Teh marbuta and heh variants → heh.
  set('\u0629\u06C0\u06C1\u06C2\u06C3\u06BE\u06D5', 'ه');
  // Hamza on waw and Persian waw variants → waw.
  set('\u0624\u0676\u06C4\u06C5\u06C6\u06C7\u06C8\u06C9\u06CA\u06CB\u06CF', 'و');
  // Persian keheh → kaf. Gaf (foreign g) → ghain, the press's usual spelling
  // of g (ناگورنو → ناغورنو); phoneticKey also merges the ج / ق / ك spellings.
  set('\u06A9\u06AA\u06AB\u06AC\u06AD\u06AE', 'ك');
  set('\u06AF\u06B0\u06B1\u06B2\u06B3\u06B4', 'غ');
  set('\u06A8', 'ق'); // Maghrebi qaf with three dots (g in Tunisian/Algerian names)
  set('\u067E', 'ب'); // peh
  set('\u06A4\u06A5\u06A1\u06A2\u06A3', 'ف'); // veh and feh variants
  set('\u0686\u0687', 'ج'); // tcheh
  set('\u0698', 'ز'); // jeh
  set('\u0679\u067A\u067B\u067C\u067D\u067F', 'ت');
  set('\u0688\u0689\u068A\u068B\u068C\u068D\u068E\u068F\u0690', 'د');
  set('\u0691\u0692\u0693\u0694\u0695\u0696\u0697\u0699', 'ر');
  set('\u06BA\u06BB\u06BC\u06BD', 'ن');
  set('\u06B5\u06B6\u06B7\u06B8', 'ل');
  // Marks that matching ignores: harakat, shadda, sukun, combining hamza,
  // superscript alef, Quranic signs, tatweel, zero-width (non-)joiner.
  const ignore = (from: number, to: number) => {
    for (let c = from; c <= to; c++) t[c] = PH;
  };
  ignore(0x064b, 0x065f);
  ignore(0x0610, 0x061a);
  ignore(0x0670, 0x0670);
  ignore(0x06d6, 0x06dc);
  ignore(0x06df, 0x06e8);
  ignore(0x06ea, 0x06ed);
  ignore(0x08d3, 0x08ff);
  ignore(0x0640, 0x0640);
  ignore(0x200c, 0x200d);
  // Arabic-Indic and Extended Arabic-Indic digits → ASCII; Arabic decimal and thousands separators.
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  t[0x066b] = 0x2e;
  t[0x066c] = 0x2c;
  // Latin, Greek, Cyrillic lowercased where the lower case is one code unit.
  const lower = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const l = String.fromCharCode(c).toLowerCase();
      if (l.length === 1) t[c] = l.charCodeAt(0);
    }
  };
  lower(0x41, 0x5a);
  lower(0xc0, 0x24f);
  lower(0x370, 0x4ff);
  lower(0x1e00, 0x1eff);
  return t;
}

const SHORT = 256;

/** Folds `text` for matching; the result has exactly `text.length` code units. */
export function normalizeForMatch(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  if (n <= SHORT) return normalizeShort(text);
  const out = new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = FOLD[c];
    out[i] = f;
    if (f !== c) changed = true;
  }
  // The code units as they are, lone surrogates too (a TextDecoder would replace those).
  return changed ? Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString('utf16le') : text;
}

/** Words and names: a plain array beats a typed array's allocation. */
function normalizeShort(text: string): string {
  const codes: number[] = new Array(text.length);
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = FOLD[c];
    if (codes[i] !== c) changed = true;
  }
  return changed ? String.fromCharCode.apply(null, codes) : text;
}

/** Removes placeholders from an already normalised string. */
export function compactNorm(norm: string): string {
  return norm.indexOf(PLACEHOLDER) < 0 ? norm : norm.split(PLACEHOLDER).join('');
}

/** True when matchKey would return `text` unchanged: every unit folds to itself, spaces single and inside. */
function isFoldedKey(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (FOLD[c] !== c || c === PH) return false;
    if (c === 32) {
      if (i === 0 || i === n - 1 || text.charCodeAt(i - 1) === 32) return false;
    } else if (isSpaceCode(c)) return false;
  }
  return true;
}

/** Code units other than the plain space that `\s` matches. */
function isSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The lexicon key of a word or phrase: normalised, placeholders removed, whitespace collapsed. */
export function matchKey(text: string): string {
  // Lexicon lookups mostly pass keys that are already folded: return those without allocating.
  if (isFoldedKey(text)) return text;
  const key = compactNorm(normalizeForMatch(text));
  return /\s/.test(key) ? key.replace(/\s+/g, ' ').trim() : key;
}

/**
 * A coarser key for foreign names whose g/j/gh/q spelling varies between
 * outlets (ناجورنو / ناغورنو / ناگورنو / ناقورنو): ج غ ك(from گ) ق fold to one
 * class. It is too coarse for ordinary Arabic words (جيش/غيش): use it only to
 * match variants of names already in a lexicon. Input may be raw or a matchKey.
 */
export function phoneticKey(text: string): string {
  const key = matchKey(text);
  // Called per token in hot loops: a key without غ ق ك is already its own phonetic key.
  return /[غقك]/.test(key) ? key.replace(/[جغقك]/g, 'ج') : key;
}

/**
 * Maps indices of a transformed string back to the original, for transforms
 * that change length (collapsing whitespace, stripping markup, compacting
 * placeholders). `origin[i]` is the original index of transformed char i.
 */
export class OffsetMap {
  constructor(
    private readonly origin: Int32Array,
    /** Original length: where the transformed end maps to. */
    private readonly originalLength: number,
  ) {}

  get length(): number {
    return this.origin.length;
  }

  /** Original index of transformed index `i` (`i === length` maps to the original end). */
  toOriginal(i: number): number {
    if (i >= this.origin.length) return this.originalLength;
    return this.origin[i < 0 ? 0 : i];
  }

  /** Original span covering transformed `[start, end)`, end-exclusive. */
  toOriginalSpan(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const s = this.toOriginal(start);
      return { start: s, end: s };
    }
    return { start: this.toOriginal(start), end: this.toOriginal(end - 1) + 1 };
  }
}

/** Builds a transformed string and its OffsetMap one kept character at a time. */
export class OffsetMapBuilder {
  private parts: string[] = [];
  private origin: number[] = [];

  /** Appends `ch` (one code unit) standing for original index `orig`. */
  push(ch: string, orig: number): void {
    this.parts.push(ch);
    this.origin.push(orig);
  }

  finish(originalLength: number): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap(Int32Array.from(this.origin), originalLength) };
  }
}

/** Normalised text with placeholders removed, and the map back to `text`. */
export function compactWithMap(text: string): { text: string; map: OffsetMap } {
  const norm = normalizeForMatch(text);
  const b = new OffsetMapBuilder();
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) !== PH) b.push(norm[i], i);
  return b.finish(text.length);
}

/** Runs of whitespace (including CR/LF and bidi marks) become one space; the map leads back. */
export function collapseWhitespace(text: string): { text: string; map: OffsetMap } {
  const b = new OffsetMapBuilder();
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/[\s\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/.test(ch)) {
      if (!inSpace) b.push(' ', i);
      inSpace = true;
    } else {
      b.push(ch, i);
      inSpace = false;
    }
  }
  return b.finish(text.length);
}
