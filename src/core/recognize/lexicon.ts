// Closed-class Arabic words the name rules reason with: titles that introduce
// people, ministries, and function words that end a name. Keys are matchKey()
// forms so a lookup ignores hamza, diacritics and ة/ه spelling.
import type { ArticleContext } from '../text/context';
import { functionWords, notNames, titles as titleLists, type TitleKind } from '../lang/lexicon';
import { matchKey } from '../text/normalize';
import { TextMemo } from '../text/text-memo';
import type { Token } from '../text/tokens';
import { gapAfter } from './token-view';

export type { TitleKind };

export interface Title {
  /** Number of tokens of the title. */
  length: number;
  en: string;
  kind: TitleKind;
  /** Construct form (وزير خارجية، رئيس وزراء): the country or body follows as a name (وزير خارجية روسيا). */
  construct?: boolean;
}

function buildTitles(): Map<string, Title> {
  const m = new Map<string, Title>();
  const add = (ar: string, en: string, kind: TitleKind, construct = false) => {
    const key = matchKey(ar);
    m.set(key, { length: key.split(' ').length, en, kind, ...(construct ? { construct } : {}) });
  };
  const lists = titleLists();
  for (const [ar, en, kind] of lists.offices.entries) add(ar, en, kind);
  for (const [ar, en] of lists.ministries.entries) {
    add(`وزير ${ar}`, `Minister of ${en}`, 'office');
    add(`وزيرة ${ar}`, `Minister of ${en}`, 'office');
    // Without the article on the field the title is in construct with the country: وزير خارجية روسيا.
    const field = ar.replace(/^ال/, '');
    if (!field.includes(' ')) {
      add(`وزير ${field}`, `Minister of ${en}`, 'office', true);
      add(`وزيرة ${field}`, `Minister of ${en}`, 'office', true);
    }
  }
  for (const [ar, en] of lists.constructOffices.entries) add(ar, en, 'office', true);
  return m;
}

let titles: Map<string, Title> | undefined;
/** Titles by matchKey of their words joined with one space. */
export function titleLexicon(): Map<string, Title> {
  return (titles ??= buildTitles());
}
export const MAX_TITLE_TOKENS = 4;

let firstWords: Set<string> | undefined;
/** First words of titles: a cheap filter before a title lookup. */
export function titleFirstWords(): Set<string> {
  return (firstWords ??= new Set([...titleLexicon().keys()].map(k => k.split(' ')[0])));
}

let ministries: Map<string, string> | undefined;
/** Ministry field (matchKey, one or two words) → English, for وزارة X. */
export function ministryLexicon(): Map<string, string> {
  return (ministries ??= new Map(titleLists().ministries.entries.map(([ar, en]) => [matchKey(ar), en])));
}

/**
 * Words that end a name: prepositions, conjunctions, pronouns, particles,
 * speech and reporting verbs, time words. None of them is a name token.
 */
let modifiers: Set<string> | undefined;
/** Words that qualify a title without naming anyone (الرئيس الأمريكي السابق), by matchKey. */
export function titleModifiers(): Set<string> {
  return (modifiers ??= new Set(titleLists().modifiers.entries.map(matchKey)));
}

let postings: Set<string> | undefined;
/** Prepositions of a posting between a title and its name (السفير الأمريكي لدى X فلان), by matchKey. */
export function titlePostings(): Set<string> {
  return (postings ??= new Set(titleLists().postings.entries.map(matchKey)));
}

let stop: Set<string> | undefined;
export function isStopWord(key: string): boolean {
  stop ??= new Set(functionWords().stopWords.entries.map(matchKey));
  return stop.has(key);
}

let quantities: Set<string> | undefined;
/** A number word that counts the unit after it (ألف ريال). */
export function isQuantityWord(key: string): boolean {
  quantities ??= new Set(functionWords().quantityWords.entries.map(matchKey));
  return quantities.has(key);
}

let pronounEnding: RegExp | undefined;
/**
 * The written word without the pronoun glued on its end (حفظه → حفظ، معه → مع, diacritics off), or
 * undefined when it ends in none: a ة is no pronoun, so the raw text, not the folded key, is read.
 */
export function withoutPronoun(text: string): string | undefined {
  pronounEnding ??= new RegExp(`^(.+?)(?:${(functionWords().possessiveSuffixes?.entries ?? []).join('|')})$`);
  return pronounEnding.exec(withoutMarks(text))?.[1];
}

/** A written word without its short-vowel marks and tatweel, letters as written (ة stays ة, unlike a key). */
export const withoutMarks = (text: string): string => text.replace(/[\u064B-\u0652\u0640]/g, '');

/** Tanween (ً ٌ ٍ) on a written word: an indefinite noun's or adjective's ending, which no name carries in news. */
export const carriesTanween = (text: string): boolean => /[\u064B-\u064D]/.test(text);

/**
 * Verbal nouns of the derived verb forms with the article (الاجتماع، الاتجار، الانسحاب، الاستثمار,
 * الإعلان، التطوير، التعاون), folded: a surname has none of these shapes, a nisba ends in ي.
 */
const DEFINITE_VERBAL_NOUN = /^ال(?:ا.[تطد].ا.|ات.ا.|ان..ا.|است..ا.|ا..ا.|ت..ي.|ت.ا..)$/;
export const isDefiniteVerbalNoun = (key: string): boolean => DEFINITE_VERBAL_NOUN.test(key);

let inflected: RegExp | undefined;
/**
 * A word key made of a common word and a plural, dual or construct ending (مواطنون، شابان، فناني),
 * no name as written (سلمان، حلمي): an ordinary word inflected.
 */
export function inflectedCommonWord(key: string, isCommonWord: (key: string) => boolean, isName: (key: string) => boolean): boolean {
  inflected ??= new RegExp(`^(.{3,})(?:${(notNames().inflectionEndings?.entries ?? []).map(matchKey).join('|')})$`);
  const stem = inflected.exec(key)?.[1];
  // A stem common only as a conjunction and a word (وسلم in وسلمان) is the conjunction before a name.
  return !!stem && !key.startsWith('ال') && isCommonWord(stem) && !isName(key) && !(/^[وف]/.test(stem) && isCommonWord(stem.slice(1)));
}

let demonstratives: Set<string> | undefined;
export function isDemonstrative(key: string): boolean {
  demonstratives ??= new Set(functionWords().demonstratives.entries.map(matchKey));
  return demonstratives.has(key);
}

let placeAdverbs: Set<string> | undefined;
/** A place adverb before a demonstrative (خلف تلك): a preposition there, never a name's part. */
export function isAdverbBeforeDemonstrative(key: string, next: string): boolean {
  placeAdverbs ??= new Set(functionWords().placeAdverbs.entries.map(matchKey));
  return placeAdverbs.has(key) && isDemonstrative(next);
}

/** Offices that follow a name in apposition at the head of a construct (مساعد وزير الخارجية، أمين السر، مفتي مصر). */
let officeNouns: Set<string> | undefined;

/** True when token i is such an office with a word after it: it ends the name before it (محمد حجازي | مساعد وزير). */
export function isOfficeInConstruct(ctx: ArticleContext, i: number): boolean {
  officeNouns ??= new Set(titleLists().appositionOffices.entries.map(matchKey));
  return officeNouns.has(ctx.tokens[i].key) && i + 1 < ctx.tokens.length && gapAfter(ctx, i) === 'space';
}

/**
 * A test on a token's key, memoised per written word (as `readingsAt` is): the
 * name rules ask cue-word tests over a million times an article, almost always
 * about a word seen before.
 */
export class KeyTest extends TextMemo<Token, boolean> {
  constructor(test: (key: string) => boolean) {
    super(token => test(token.key));
  }
}
