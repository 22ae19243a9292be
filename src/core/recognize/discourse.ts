// A word-level view of an article shared by speaker attribution and event
// arguments: folded words, which mention each word starts, sentence of each
// word, and the grammar cues that find a clause's subject (titles and nisba
// adjectives to skip, prepositions that make a name an object).
import type { ArticleContext } from '../text/context';
import type { Mention, Span } from '../types';
import { getKnowledgeBase } from '../knowledge/kb';
import { titles } from '../lang/lexicon';
import { IdTable } from '../text/id-table';
import { TokenMemo } from '../text/token-memo';
import { readings, wordKey } from './word-key';
import { partitionPoint } from '../text/search';

export interface Word {
  start: number;
  end: number;
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
  /** The same for every occurrence of the same written word: indexes `WordMemo` tables. */
  id: number;
}

export interface WordView {
  words: Word[];
  sentences: Span[];
  /** Index of the first word of each sentence, plus a sentinel. */
  sentenceStart: number[];
  /** `words[i].id` for every i, packed: scans that skip most words read this instead of the word objects. */
  ids: Int32Array;
}

/** What every occurrence of one written word shares. */
interface Vocable {
  id: number;
  key: string;
  keys: string[];
  prefixes: string[];
}

// Folding and readings once per written word (news vocabulary repeats): a TokenMemo finds a
// word's vocable by the tokenizer's word id, else by its text. The same word may get two
// vocables, one per path: harmless, memo tables only need an id never to stand for two words.
const VOCABLES = new TokenMemo(t => newVocable(t.text));
/** Ids handed out since the vocabulary was last cleared. */
let vocabularySize = 0;
const VOCABULARY_MAX = 200_000;
/** Bumped when the vocabulary is cleared: ids are reused, so memo tables must be too. */
let generation = 0;

function newVocable(text: string): Vocable {
  const key = wordKey(text);
  const all = readings(key);
  const keys: string[] = new Array(all.length);
  const prefixes: string[] = new Array(all.length);
  for (let i = 0; i < all.length; i++) {
    keys[i] = all[i].key;
    prefixes[i] = all[i].prefix;
  }
  return { id: vocabularySize++, key, keys, prefixes };
}

/**
 * A value computed once per written word (from its key, readings or text, never
 * from its place in an article) and then read by id: an array index instead of
 * a walk over the word's readings at every occurrence.
 */
export class WordMemo<T> {
  private readonly values = new IdTable<T>();

  /** `compute` gets the article text too, to read the word as written (text.slice(w.start, w.end)). */
  constructor(private readonly compute: (w: Word, text: string) => T) {}

  get(w: Word, text: string): T {
    const v = this.values.get(w.id, generation);
    return v === undefined ? this.fill(w, text) : v;
  }

  /** The value for word i of a view, touching the word object only the first time its id is seen. */
  at(view: WordView, i: number, text: string): T {
    const v = this.values.get(view.ids[i], generation);
    return v === undefined ? this.fill(view.words[i], text) : v;
  }

  private fill(w: Word, text: string): T {
    const v = this.compute(w, text);
    this.values.set(w.id, v);
    return v;
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
  // Cleared between articles only, so ids within one view never collide.
  if (vocabularySize >= VOCABULARY_MAX) {
    VOCABLES.clear();
    vocabularySize = 0;
    generation++;
  }
  const sentences = ctx.sentences.length ? ctx.sentences : [{ start: 0, end: ctx.text.length }];
  const words: Word[] = new Array(ctx.tokens.length);
  const ids = new Int32Array(ctx.tokens.length);
  const sentenceStart: number[] = [];
  let s = 0;
  let prevEnd = 0;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i];
    while (s < sentences.length - 1 && t.start >= sentences[s].end) s++;
    while (sentenceStart.length <= s) sentenceStart.push(i);
    const v = VOCABLES.at(ctx, i);
    words[i] = { start: t.start, end: t.end, key: v.key, keys: v.keys, prefixes: v.prefixes, gap: gapBetween(ctx.text, prevEnd, t.start), sentence: s, id: v.id };
    ids[i] = v.id;
    prevEnd = t.end;
  }
  while (sentenceStart.length <= sentences.length) sentenceStart.push(words.length);
  const view = { words, sentences, sentenceStart, ids };
  views.set(ctx, view);
  return view;
}

const k = (s: string): string[] => s.split(/\s+/).filter(Boolean).map(wordKey);

/** Words that stand between a verb and its subject's name or before a name: titles, offices, nisba handled apart. */
let titleWords: Set<string> | undefined;

/** Prepositions and nouns after which a name is an object or a place, not a subject. */
const PREPOSITIONS = new Set(k(`في من إلى الى على عن مع بين حول ضد عبر لدى نحو تحت فوق عند بشأن بحق خلال منذ حتى بعد قبل أمام
  وراء دون لصالح تجاه إزاء جانب شمال جنوب شرق غرب وسط إقليم مدينة منطقة`));

/** Conjunctions that introduce a reported clause: what follows is what the subject said. */
export const COMPLEMENTISERS = new Set(k('أن إن بأن وأن لأن أنه إنه بأنه أنها إنها بأنها أنهم بأنهم أنهما'));

/** A nisba adjective of a country (الروسي، الأرمينية، والفرنسي), by the knowledge base: skipped like a title. */
export function isNisba(text: string, w: Word): boolean {
  return NISBA.get(w, text);
}

const NISBA = new WordMemo((w, text) => {
  if (w.key.length < 4) return false;
  const kb = getKnowledgeBase();
  const word = text.slice(w.start, w.end);
  return kb.nisbaCountry(word) !== undefined || (w.prefixes[1] === 'و' && kb.nisbaCountry(word.slice(1)) !== undefined);
});

export interface Discourse extends WordView {
  ctx: ArticleContext;
  /** Mention starting in word i (the first, longest one). */
  mentionAt: Array<Mention | undefined>;
}

const cache = new WeakMap<ArticleContext, WeakMap<Mention[], Discourse>>();

export function discourse(ctx: ArticleContext, mentions: Mention[]): Discourse {
  let byMentions = cache.get(ctx);
  if (!byMentions) cache.set(ctx, (byMentions = new WeakMap()));
  const hit = byMentions.get(mentions);
  if (hit) return hit;
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
  const d: Discourse = { words: view.words, sentences: view.sentences, sentenceStart: view.sentenceStart, ids: view.ids, ctx, mentionAt };
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
const isSkippable = (d: Discourse, w: Word): boolean => TITLE_READING.get(w, d.ctx.text) || isNisba(d.ctx.text, w);

/** The mention (if any) that word i's name belongs to, following a title run: "الرئيس الروسي فلاديمير بوتين". */
export function nameAfterTitles(d: Discourse, i: number, limit: number, end: number): { mention: Mention; word: number } | undefined {
  for (let j = i, skipped = 0; j < end && skipped <= limit; j++, skipped++) {
    const m = d.mentionAt[j];
    if (m) return { mention: m, word: j };
    if (!isSkippable(d, d.words[j])) return undefined;
  }
  return undefined;
}

const PREPOSITION_READING = new WordMemo(w => w.keys.some(x => PREPOSITIONS.has(x)));

/** True when the name at word j is governed by a preposition or a place noun (an object, not a subject). */
export function isGoverned(d: Discourse, j: number, m: Mention): boolean {
  const w = d.words[j];
  // A proclitic ب/ل/ك glued to the name itself (بموسكو، لمنظمة).
  const glued = d.ctx.text.slice(w.start, m.start);
  if (/[بلك]/.test(glued.replace(/[\u064B-\u065F\u0640]/g, ''))) return true;
  // Walk back over titles and nisba adjectives to the governing word.
  for (let p = j - 1; p >= 0 && p >= j - 5; p--) {
    const prev = d.words[p];
    if (prev.sentence !== w.sentence) return false;
    if (PREPOSITION_READING.get(prev, d.ctx.text)) return true;
    if (!isSkippable(d, prev) || /[،,.:؛]/.test(d.words[p + 1].gap)) return false;
  }
  return false;
}
