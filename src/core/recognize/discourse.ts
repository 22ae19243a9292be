// A word-level view of an article shared by speaker attribution and event
// arguments: folded words, which mention each word starts, sentence of each
// word, and the grammar cues that find a clause's subject (titles and nisba
// adjectives to skip, prepositions that make a name an object).
import type { ArticleContext } from '../text/context';
import type { Token } from '../text/tokens';
import type { WordIds } from '../text/word-forms';
import type { Mention, Span } from '../types';
import { defaultSources, type NameSources } from './sources';
import { functionWords, titles } from '../lang/lexicon';
import { TextMemo } from '../text/text-memo';
import { readings, wordKey } from './word-key';
import { partitionPoint } from '../text/search';
import { kindWords } from './kind-words';

export interface Word {
  start: number;
  end: number;
  /** The word as written (the token's string, shared by its occurrences). */
  text: string;
  /** Folded whole word. */
  key: string;
  /** Folded readings, proclitics stripped (the first is the whole word). */
  keys: string[];
  /** The proclitics (folded) each reading stripped, parallel to `keys`. */
  prefixes: string[];
  /** Text between the previous word and this one. */
  gap: string;
  /** Index into the sentences. */
  sentence: number;
}

export interface WordView {
  words: Word[];
  sentences: Span[];
  /** Index of the first word of each sentence, plus a sentinel. */
  sentenceStart: number[];
  /** The tokenizer's word id of each word (see word-forms.ts), when it gave them. */
  wordIds?: WordIds;
}

/** What every occurrence of one written word shares. */
interface Vocable {
  key: string;
  keys: string[];
  prefixes: string[];
}

// Folding and readings once per written word (news vocabulary repeats).
const VOCABLES = new TextMemo<Token, Vocable>(t => newVocable(t.text));

function newVocable(text: string): Vocable {
  const key = wordKey(text);
  const all = readings(key);
  const keys: string[] = new Array(all.length);
  const prefixes: string[] = new Array(all.length);
  for (let i = 0; i < all.length; i++) {
    keys[i] = all[i].key;
    prefixes[i] = all[i].prefix;
  }
  return { key, keys, prefixes };
}

/**
 * A value computed once per written word (from its key, readings or text, never from its
 * place in an article): the text memo over the words of a view, so `new WordMemo(w => …)`
 * knows its argument is a Word.
 */
export class WordMemo<T> extends TextMemo<Word, T> {
  /** The value for word i of a view: by word id, touching the word object only the first time. */
  word(view: WordView, i: number): T {
    return this.of(view.words, view.wordIds, i);
  }
}

/** text[from, to): most gaps are nothing or one space, which need no slice. */
function gapBetween(text: string, from: number, to: number): string {
  if (from === to) return '';
  if (to - from === 1 && text.charCodeAt(from) === 32) return ' ';
  return text.slice(from, to);
}

const views = new WeakMap<ArticleContext, WordView>();

/** The article's words with folded readings and sentence indices, built once per context. */
export function wordsOf(ctx: ArticleContext): WordView {
  const hit = views.get(ctx);
  if (hit) return hit;
  const sentences = ctx.sentences.length ? ctx.sentences : [{ start: 0, end: ctx.text.length }];
  const words: Word[] = new Array(ctx.tokens.length);
  const sentenceStart: number[] = [];
  let s = 0;
  let prevEnd = 0;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i];
    while (s < sentences.length - 1 && t.start >= sentences[s].end) s++;
    while (sentenceStart.length <= s) sentenceStart.push(i);
    const v = VOCABLES.at(ctx, i);
    words[i] = { start: t.start, end: t.end, text: t.text, key: v.key, keys: v.keys, prefixes: v.prefixes, gap: gapBetween(ctx.text, prevEnd, t.start), sentence: s };
    prevEnd = t.end;
  }
  while (sentenceStart.length <= sentences.length) sentenceStart.push(words.length);
  const view = { words, sentences, sentenceStart, wordIds: ctx.wordIds };
  views.set(ctx, view);
  return view;
}

/** Words that stand between a verb and its subject's name or before a name: titles, offices, nisba handled apart. */
let titleWords: Set<string> | undefined;

/** Prepositions and nouns after which a name is an object or a place, not a subject. */
const PREPOSITIONS = new Set(functionWords().prepositions.entries.map(wordKey));

/** A preposition written alone (على، من، في), not a place noun that governs like one (المنطقة). */
export const PREPOSITION_WORD = new WordMemo(w => PREPOSITIONS.has(w.key));

/** Conjunctions that introduce a reported clause: what follows is what the subject said. */
export const COMPLEMENTISERS = new Set(functionWords().complementisers.entries.map(wordKey));
/** Word j of a view is a complementiser (أن، إن): per written word. */
export const COMPLEMENTISER_WORD = new WordMemo(w => COMPLEMENTISERS.has(w.key));

/** A nisba adjective of a country (الروسي، الأرمينية، والفرنسي), by the knowledge base: skipped like a title. */
export function isNisba(d: Discourse, w: Word): boolean {
  if (w.key.length < 4) return false;
  const { nisbaOf } = d.sources;
  return nisbaOf(w.text) !== undefined || (w.prefixes[1] === 'و' && nisbaOf(w.text.slice(1)) !== undefined);
}

export interface Discourse extends WordView {
  ctx: ArticleContext;
  /** The knowledge the cues consult (nisba adjectives). */
  sources: NameSources;
  /** Mention starting in word i (the first, longest one). */
  mentionAt: Array<Mention | undefined>;
}

const cache = new WeakMap<ArticleContext, WeakMap<Mention[], Discourse>>();

export function discourse(ctx: ArticleContext, mentions: Mention[], sources: NameSources = defaultSources()): Discourse {
  let byMentions = cache.get(ctx);
  if (!byMentions) cache.set(ctx, (byMentions = new WeakMap()));
  const hit = byMentions.get(mentions);
  if (hit && hit.sources === sources) return hit;
  const view = wordsOf(ctx);
  const words = view.words;
  const mentionAt: Array<Mention | undefined> = new Array(words.length);
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let w = 0;
  for (const m of sorted) {
    while (w < words.length && words[w].end <= m.start) w++;
    if (w >= words.length) break;
    if (words[w].start < m.end) {
      if (!mentionAt[w]) mentionAt[w] = m;
    }
  }
  // A plain literal, not a spread: every Discourse then has the same shape, so the functions
  // that read one stay optimised from one article to the next.
  const d: Discourse = { words: view.words, sentences: view.sentences, sentenceStart: view.sentenceStart, wordIds: view.wordIds, ctx, sources, mentionAt };
  byMentions.set(mentions, d);
  return d;
}

/** Index of the first word starting at or after `offset` (binary search). */
export function wordIndexAt(d: Discourse, offset: number): number {
  return partitionPoint(d.words.length, k => d.words[k].end <= offset);
}

const TITLE_READING = new WordMemo(w => {
  titleWords ??= new Set(titles().clauseWords.entries.map(wordKey));
  return w.keys.some(x => titleWords!.has(x));
});
const isSkippable = (d: Discourse, w: Word): boolean => TITLE_READING.get(w) || isNisba(d, w);
/**
 * A title or a kind of body or place read only behind a glued preposition (لصحيفة، لوكالة، بمدينة، لوزير):
 * the name right after it is governed (وقال لصحيفة «فلان»: the addressee). A word whose whole form is one (لواء) is none.
 */
const GLUED_PREPOSITION_HEAD = new WordMemo(w => {
  titleWords ??= new Set(titles().clauseWords.entries.map(wordKey));
  const kinds = kindWords();
  const isHead = (x: string): boolean => titleWords!.has(x) || kinds.bodyOutside.has(x) || kinds.placeOutside.has(x);
  if (isHead(w.keys[0])) return false;
  return w.keys.some((x, r) => r > 0 && /^[وف]?[بلك]/.test(w.prefixes[r]) && isHead(x));
});

/** Word j is a title or an office word (no nisba): what an apposition after a name starts with (فلان، رئيس …). */
export const isTitleNoun = (d: Discourse, j: number): boolean => TITLE_READING.get(d.words[j]);

/** Word j is a title, an office word or a nisba: it may stand between a verb and its subject's name. */
export const isTitleWord = (d: Discourse, j: number): boolean => isSkippable(d, d.words[j]);

/** The mention (if any) that word i's name belongs to, following a title run: "الرئيس الروسي فلاديمير بوتين". */
export function nameAfterTitles(d: Discourse, i: number, limit: number, end: number): { mention: Mention; word: number } | undefined {
  for (let j = i, skipped = 0; j < end && skipped <= limit; j++, skipped++) {
    const m = d.mentionAt[j];
    if (m) return { mention: m, word: j };
    if (!isSkippable(d, d.words[j])) return undefined;
  }
  return undefined;
}

/** A proclitic letter standing as a word of its own (the tatweel of لـ is folded away). */
const LONE_CLITIC = /^[بلك]$/;
const PREPOSITION_READING = new WordMemo(w => w.keys.some(x => PREPOSITIONS.has(x)));

/**
 * True when the name at word j is governed by a preposition or a place noun (an object, not a subject).
 * Words before `floor` are not asked: a verb right before its subject may read as one (فتحت: ف + تحت).
 */
export function isGoverned(d: Discourse, j: number, m: Pick<Mention, 'start'>, floor = 0): boolean {
  const w = d.words[j];
  // A proclitic ب/ل/ك glued to the name itself (بموسكو، لمنظمة).
  const glued = d.ctx.text.slice(w.start, m.start);
  if (/[بلك]/.test(glued.replace(/[\u064B-\u065F\u0640]/g, ''))) return true;
  // Walk back over titles and nisba adjectives to the governing word.
  for (let p = j - 1; p >= floor && p >= j - 5; p--) {
    const prev = d.words[p];
    if (prev.sentence !== w.sentence) return false;
    if (PREPOSITION_READING.get(prev)) return true;
    // The clitic preposition written apart before a quotation mark (لـ«الصحيفة»، بـ"الوكالة") governs the name as if glued.
    if (p === j - 1 && LONE_CLITIC.test(prev.key)) return true;
    if (!isSkippable(d, prev) || /[،,.:؛]/.test(d.words[p + 1].gap)) return false;
  }
  return false;
}

/**
 * A name a preposition governs, or one right after a head noun with a glued preposition (وقال لصحيفة «فلان»،
 * لقناة فلان): never a speech verb's subject. Kept apart from isGoverned: an event's owner may stand there (للوزير فلان لزيارته).
 */
export function isGovernedOrAddressed(d: Discourse, j: number, m: Pick<Mention, 'start'>): boolean {
  return isGoverned(d, j, m) || (j > 0 && d.words[j - 1].sentence === d.words[j].sentence && GLUED_PREPOSITION_HEAD.get(d.words[j - 1]));
}
