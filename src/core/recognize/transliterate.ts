// English spellings of Arabic names, from data first: media/data/translit.json
// (built by scripts/build-translit.ts) holds the spellings the knowledge base's
// own English names give each token, then the most frequent Wikidata spelling.
// Only a token no data knows is romanised, by letters and a few syllable rules.
import { readDataJson } from '../data-dir';
import { lexicon } from '../lang/lexicon';
import { matchKey } from '../text/normalize';

/** Shape of media/data/translit.json. */
export interface TranslitFile {
  /** Wikidata person-name tokens (matchKey → English): also the recogniser's evidence that a word is a name. */
  tokens: Record<string, string>;
  /** Spellings that win over `tokens` (the knowledge base's English names) or that only spell (علي, also a preposition's key). */
  spellings: Record<string, string>;
}

/** media/lang/ar/name-parts.json: the words of a name that are read, not transliterated. */
interface NameParts {
  ordinals: Record<string, string>;
  /** [spelling first in a name, spelling inside a name]. */
  particles: Record<string, [string, string]>;
  /** عبد: joined to the ال-word after it (عبد الرحمن → Abdul Rahman, عبد الله → Abdullah). */
  servant: Record<string, string>;
  /** Words that qualify a rank (عميد ركن، فريق أول) and never open a name: left out of its English. */
  rankWords: string[];
}

let data: { tokens: Map<string, string>; spellings: Map<string, string> } | undefined;

function load(): NonNullable<typeof data> {
  if (!data) {
    const file = readDataJson<TranslitFile>('translit.json');
    data = { tokens: new Map(Object.entries(file.tokens)), spellings: new Map(Object.entries(file.spellings)) };
  }
  return data;
}

let parts: NameParts | undefined;
const nameParts = (): NameParts => (parts ??= lexicon<NameParts>('ar', 'name-parts'));

/** True when Wikidata knows `key` (a matchKey) as a token of a person's name. */
export function isNameToken(key: string): boolean {
  return load().tokens.has(key);
}

/** The spelling data gives a token key: the knowledge base's, else Wikidata's. */
function spelled(key: string): string | undefined {
  const d = load();
  return d.spellings.get(key) ?? d.tokens.get(key);
}

const LETTERS: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  و: 'w', ي: 'y', ء: "'",
};

/** Latin letters an English spelling may start with for a word starting with this Arabic letter. */
const FIRST_LATIN: Record<string, string> = {
  ا: 'aeiou', ب: 'bp', ت: 't', ث: 't', ج: 'jgd', ح: 'h', خ: 'kh', د: 'd', ذ: 'dzt', ر: 'r', ز: 'z', س: 's', ش: 'sc',
  ص: 's', ض: 'dz', ط: 't', ظ: 'zd', ع: 'aeiou', غ: 'g', ف: 'fvp', ق: 'qkg', ك: 'kcqg', ل: 'l', م: 'm', ن: 'n',
  ه: 'hae', و: 'wvou', ي: 'yiej',
};

const isVowelLetter = (ch: string | undefined) => ch === 'ا' || ch === 'و' || ch === 'ي';
const SONORANT = new Set(['ر', 'ل', 'م', 'ن']);

/**
 * Romanisation of a matchKey no data spells. Arabic writes no short vowels, so
 * an a is read into a word-initial consonant pair (صفد → Safd, تحرير → Tahrir),
 * ع reads a before a consonant (علي → Ali), and ة (`taMarbuta`) and final ى read a.
 */
function romanise(key: string, taMarbuta: boolean, alifMaqsura: boolean): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    const next = key[i + 1];
    const last = i === key.length - 1;
    if (last && ch === 'ه' && taMarbuta) out += 'a';
    else if (last && ch === 'ي' && alifMaqsura) out += 'a';
    else if (ch === 'ع') out += i === 0 ? (isVowelLetter(next) ? '' : 'a') : isVowelLetter(key[i - 1]) || isVowelLetter(next) ? "'" : 'a';
    else if ((ch === 'و' || ch === 'ي') && i > 0 && !(isVowelLetter(key[i - 1]) && isVowelLetter(next))) out += ch === 'و' ? 'u' : 'i';
    else out += LETTERS[ch] ?? (/[\p{L}\p{N}]/u.test(ch) ? ch : '');
    // A word starts with a consonant (initial و and ي too) and no Arabic word with two.
    if (i === 0 && next && ch !== 'ا' && ch !== 'ع' && !isVowelLetter(next) && next !== 'ع' && key.length > 2) out += 'a';
    // Nor ends a foreign name in consonant and r, l, m or n unsounded (آلن → Alen, أتينغر → Atingher).
    if (i === key.length - 2 && i > 0 && !isVowelLetter(ch) && ch !== 'ع' && SONORANT.has(next)) out += 'e';
  }
  out = out.replace(/^'+|'+$/g, '').replace(/aa+/g, 'a');
  return capitalise(out);
}

const capitalise = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/**
 * A Wikidata spelling of an Arabic surname with the article written as one
 * word (Aljaafari) as al-Jaafari, when the rest spells the stem. Only nisba
 * surnames (ending in ي or ة): a foreign name may start with the letters ال
 * (ألبرتو Alberto, إلياس Elias).
 */
function withArticle(english: string, stem: string, first: boolean): string {
  const m = /^(?:al|el)-?(.{3,})$/i.exec(english);
  if (m && /[يه]$/.test(stem) && FIRST_LATIN[stem[0]]?.includes(m[1][0].toLowerCase())) return `${first ? 'Al' : 'al'}-${capitalise(m[1])}`;
  return english;
}

/** Spellings of a key with a final alif, ta marbuta or hamza swapped (بنسودا / بنسودة). */
function looseSpelling(key: string): string | undefined {
  const variants = [key.replace(/ء/g, '')];
  if (key.endsWith('ا')) variants.push(key.slice(0, -1) + 'ه');
  if (key.endsWith('ه')) variants.push(key.slice(0, -1) + 'ا');
  for (const v of variants) {
    const hit = v !== key && v.length > 2 ? spelled(v) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

interface Word {
  key: string;
  taMarbuta: boolean;
  alifMaqsura: boolean;
}

/** English of one word of a name, not a particle; `first` when it opens the name. */
function word(w: Word, first: boolean): string {
  const { key } = w;
  const servant = nameParts().servant;
  const hit = spelled(key);
  const article = key.startsWith('ال') && key.length > 4 ? key.slice(2) : undefined;
  if (hit) return article ? withArticle(hit, article, first) : hit;
  if (article) {
    const stem = spelled(article) ?? looseSpelling(article);
    if (stem) return `${first ? 'Al' : 'al'}-${stem}`;
  }
  const loose = looseSpelling(key);
  if (loose) return loose;
  for (const head of Object.keys(servant)) {
    // Written as one word, spelt as one (عبدالعزيز → Abdulaziz); written apart, apart (عبد العزيز → Abdul Aziz).
    if (key.startsWith(head + 'ال') && key.length > head.length + 3) return servant[head] + word({ ...w, key: key.slice(head.length + 2) }, false).toLowerCase();
  }
  if (key.endsWith('الله') && key.length > 5) return compoundWithAllah(key.slice(0, -4));
  if (article) return `${first ? 'Al' : 'al'}-${romanise(article, w.taMarbuta, w.alifMaqsura)}`;
  return romanise(key, w.taMarbuta, w.alifMaqsura);
}

/** نصر الله → Nasrallah, عبد الله → Abdullah, الحمد الله → Hamdullah (the joined word, when Wikidata spells it). */
function compoundWithAllah(head: string): string {
  const stem = head.startsWith('ال') && head.length > 3 ? head.slice(2) : head;
  const joined = spelled(stem + 'الله');
  if (joined) return joined;
  const servant = nameParts().servant[stem];
  if (servant) return servant.endsWith('ul') ? `${servant}lah` : `${servant}allah`;
  const english = spelled(stem) ?? romanise(stem, false, false);
  return `${english}allah`;
}

/** English form of an Arabic name, word by word (جيهون بيراموف → "Ceyhun Bayramov"). */
export function transliterateName(arabic: string): string {
  const words: Word[] = [];
  for (const raw of arabic.split(/[\s\u00a0]+/)) {
    const key = matchKey(raw);
    if (!key) continue;
    const letters = raw.replace(/[^\u0621-\u064a]/g, '');
    words.push({ key, taMarbuta: letters.endsWith('ة'), alifMaqsura: letters.endsWith('ى') });
  }
  const { ordinals, particles, servant, rankWords } = nameParts();
  while (words.length > 1 && rankWords.includes(words[0].key)) words.shift();
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const { key } = words[i];
    const next = words[i + 1]?.key;
    if (i > 0 && next && ordinals[`${key} ${next}`]) {
      out.push(ordinals[`${key} ${next}`]);
      i++;
    } else if (i > 0 && ordinals[key]) out.push(ordinals[key]);
    else if (next === 'الله' && i + 1 < words.length) {
      out.push(compoundWithAllah(key));
      i++;
    } else if (servant[key] && next?.startsWith('ال') && next.length > 3) {
      const joined = spelled(key + next);
      out.push(joined ?? `${servant[key]} ${word({ ...words[i + 1], key: next.slice(2) }, false)}`);
      i++;
    } else if (particles[key] && words.length > 1) out.push(particles[key][i === 0 ? 0 : 1]);
    else out.push(word(words[i], i === 0));
  }
  return out.join(' ');
}
