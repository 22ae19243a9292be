// A word-level view of an article shared by speaker attribution and event
// arguments: folded words, which mention each word starts, sentence of each
// word, and the grammar cues that find a clause's subject (titles and nisba
// adjectives to skip, prepositions that make a name an object).
import type { ArticleContext } from '../text/context';
import type { Mention, Span } from '../types';
import { readings, wordKey } from './word-key';

export interface Word {
  start: number;
  end: number;
  /** Folded whole word. */
  key: string;
  /** Folded readings, proclitics stripped (the first is the whole word). */
  keys: string[];
  /** Text between the previous word and this one. */
  gap: string;
  /** Index into `sentences`. */
  sentence: number;
}

const k = (s: string): string[] => s.split(/\s+/).filter(Boolean).map(wordKey);

/** Words that stand between a verb and its subject's name or before a name: titles, offices, nisba handled apart. */
export const TITLE_WORDS = new Set(k(`الرئيس رئيس رئيسة الرئيسة وزير وزيرة الوزير الوزيرة الخارجية الدفاع الداخلية الوزراء نظيره نظيرته نظيريه
  المتحدث المتحدثة الناطق الناطقة باسم متحدث ناطق زعيم الزعيم قائد القائد الملك ملك الأمير أمير الشيخ السفير سفير مبعوث المبعوث
  الأمين العام الخاص مستشار المستشار نائب النائب رئيس_الوزراء الجنرال العقيد اللواء العميد المقدم السيد السيدة الدكتور البابا
  المرشد الإمام ولي العهد المستشارة حاكم الحاكم مدير المدير محافظ المحافظ عمدة رئيسا وزيرا مسؤول المسؤول`));

/** Prepositions and nouns after which a name is an object or a place, not a subject. */
export const PREPOSITIONS = new Set(k(`في من إلى الى على عن مع بين حول ضد عبر لدى نحو تحت فوق عند بشأن بحق خلال منذ حتى بعد قبل أمام
  وراء دون لصالح تجاه إزاء جانب شمال جنوب شرق غرب وسط إقليم مدينة منطقة`));

/** Conjunctions that introduce a reported clause: what follows is what the subject said. */
export const COMPLEMENTISERS = new Set(k('أن إن بأن وأن لأن أنه إنه بأنه أنها إنها بأنها أنهم بأنهم أنهما'));

/** A nisba adjective with the article (الروسي، الأرمينية): skipped like a title. */
export function isNisba(key: string): boolean {
  return key.length > 4 && key.startsWith('ال') && (key.endsWith('ي') || key.endsWith('يه'));
}

export interface Discourse {
  ctx: ArticleContext;
  words: Word[];
  sentences: Span[];
  /** Mention starting in word i (the first, longest one). */
  mentionAt: Array<Mention | undefined>;
  /** Index of the word a mention starts in, by mention id. */
  wordOfMention: Map<string, number>;
  /** Index of the first word of each sentence, plus a sentinel. */
  sentenceStart: number[];
}

const cache = new WeakMap<ArticleContext, Map<Mention[], Discourse>>();

export function discourse(ctx: ArticleContext, mentions: Mention[]): Discourse {
  let byMentions = cache.get(ctx);
  if (!byMentions) cache.set(ctx, (byMentions = new Map()));
  const hit = byMentions.get(mentions);
  if (hit) return hit;
  const sentences = ctx.sentences.length ? ctx.sentences : [{ start: 0, end: ctx.text.length }];
  const words: Word[] = [];
  const sentenceStart: number[] = [];
  let s = 0;
  let prevEnd = 0;
  for (const t of ctx.tokens) {
    while (s < sentences.length - 1 && t.start >= sentences[s].end) s++;
    while (sentenceStart.length <= s) sentenceStart.push(words.length);
    const key = wordKey(t.text);
    words.push({ start: t.start, end: t.end, key, keys: readings(key).map(r => r.key), gap: ctx.text.slice(prevEnd, t.start), sentence: s });
    prevEnd = t.end;
  }
  while (sentenceStart.length <= sentences.length) sentenceStart.push(words.length);
  const mentionAt: Array<Mention | undefined> = new Array(words.length);
  const wordOfMention = new Map<string, number>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let w = 0;
  for (const m of sorted) {
    while (w < words.length && words[w].end <= m.start) w++;
    if (w >= words.length) break;
    if (words[w].start <= m.start || words[w].start < m.end) {
      if (!mentionAt[w]) mentionAt[w] = m;
      wordOfMention.set(m.id, w);
    }
  }
  const d: Discourse = { ctx, words, sentences, mentionAt, wordOfMention, sentenceStart };
  byMentions.set(mentions, d);
  return d;
}

/** Index of the first word starting at or after `offset` (binary search). */
export function wordIndexAt(d: Discourse, offset: number): number {
  let lo = 0;
  let hi = d.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isSkippable = (w: Word): boolean => TITLE_WORDS.has(w.key) || w.keys.some(x => TITLE_WORDS.has(x)) || isNisba(w.key);

/** The mention (if any) that word i's name belongs to, following a title run: "الرئيس الروسي فلاديمير بوتين". */
export function nameAfterTitles(d: Discourse, i: number, limit: number, end: number): { mention: Mention; word: number } | undefined {
  for (let j = i, skipped = 0; j < end && skipped <= limit; j++, skipped++) {
    const m = d.mentionAt[j];
    if (m) return { mention: m, word: j };
    if (!isSkippable(d.words[j])) return undefined;
  }
  return undefined;
}

/** True when the name at word j is governed by a preposition or a place noun (an object, not a subject). */
export function isGoverned(d: Discourse, j: number, m: Mention): boolean {
  const w = d.words[j];
  // A proclitic ب/ل/ك glued to the name itself (بموسكو، لمنظمة).
  const glued = d.ctx.text.slice(w.start, m.start);
  if (/[بلك]/.test(glued.replace(/[\u064B-\u065F\u0640]/g, ''))) return true;
  // Walk back over titles and nisba adjectives to the governing word.
  for (let p = j - 1; p >= 0 && p >= j - 5; p--) {
    const prev = d.words[p];
    if (prev.keys.some(x => PREPOSITIONS.has(x))) return true;
    if (!isSkippable(prev) || /[،,.:؛]/.test(d.words[p + 1].gap)) return false;
  }
  return false;
}
