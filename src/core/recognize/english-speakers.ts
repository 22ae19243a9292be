// Speakers of English quotes. Evidence is a speech verb next to the quote
// ("…," said X / "…," X said / X said: "…" / X told reporters "…"), or
// "according to X"; its subject is a name beside the verb or a he/she that
// continues the last person who spoke or led a sentence. No evidence, no speaker.
import type { ArticleContext } from '../text/context';
import type { Entity, Mention, Quote, Span } from '../types';
import { cueWords, speechVerbs } from '../lang/lexicon';

interface Patterns {
  /** Speech verb, optionally after an auxiliary, with a subject pronoun before it. Lower case only: "Secretary of State" is no speech verb. */
  verb: RegExp;
  /** Verbs whose subject may follow them ("…," said Lavrov); after urged, told or called a name is the addressee. */
  invertible: Set<string>;
  /** Words a verb's subject may carry after the name (", the spokesman,") or the verb before a name ("said Foreign Minister"). */
  filler: RegExp;
}

let patterns: Patterns | undefined;
function lexiconPatterns(): Patterns {
  if (patterns) return patterns;
  const verbs = speechVerbs('en');
  const fillers = cueWords('en').subjectFillers ?? [];
  return (patterns = {
    verb: new RegExp(`\\b(?:([Hh]e|[Ss]he|[Tt]hey|[Ii]t)\\s+)?(?:(?:has|had|have|would|will)\\s+)?(${(verbs.forms ?? []).join('|')})\\b`, 'g'),
    invertible: new Set(verbs.invertible),
    filler: new RegExp(`^[\\s,]*(?:(?:${fillers.join('|')}|\\p{Lu}[\\p{L}.'’-]*)[\\s,]+){0,4}$`, 'u'),
  });
}
const ACCORDING_RE = /\baccording to\s+/gi;

export interface EnglishSpeech {
  /** Verb or "according to" span. */
  cue: Span & { text: string };
  /** Entity id of the subject, or null when none is named. */
  speaker: string | null;
}

interface Ctx {
  text: string;
  mentions: Mention[];
  byId: Map<string, Entity>;
}

const mentionEndingNear = (c: Ctx, from: number, to: number): Mention | undefined => {
  let best: Mention | undefined;
  for (const m of c.mentions) {
    if (m.end > to || m.start < from) continue;
    if (lexiconPatterns().filler.test(c.text.slice(m.end, to)) && (!best || m.end > best.end)) best = m;
  }
  return best;
};

const mentionStartingNear = (c: Ctx, from: number, to: number): Mention | undefined =>
  c.mentions.find(m => m.start >= from && m.start <= to && lexiconPatterns().filler.test(c.text.slice(from, m.start)));

/** A second verb of the clause ("X welcomed the deal and called it …") shares its subject: the first name not after a preposition. */
const clauseSubject = (c: Ctx, from: number, to: number): Mention | undefined =>
  c.mentions.find(m => m.start >= from && m.end <= to && !/\b(?:in|at|with|to|by|of|from|on|for|into|near)\s+(?:the\s+)?$/i.test(c.text.slice(Math.max(from, m.start - 12), m.start)));

/** Sentence containing `at`. */
export function sentenceAt(ctx: ArticleContext, at: number): Span {
  return ctx.sentences.find(s => s.start <= at && at < s.end) ?? ctx.paragraphs.find(p => p.start <= at && at < p.end) ?? { start: at, end: at };
}

/** The person a he/she stands for: the last PER that spoke, else the first PER of the nearest earlier sentence. */
class PronounMemory {
  constructor(private readonly ctx: ArticleContext, private readonly c: Ctx) {}
  lastSpeaker: string | null = null;
  lastSpeakerAt = -1;

  resolve(at: number): string | null {
    const here = sentenceAt(this.ctx, at);
    // A subject, not the object of a verb or preposition ("called on Lukashenko").
    const person = (m: Mention): boolean => this.c.byId.get(m.entity)?.type === 'PER' &&
      !/\b(?:in|at|with|to|by|of|from|on|for|into|near|called|urged|met|told|asked)\s+(?:the\s+)?$/i.test(this.c.text.slice(Math.max(0, m.start - 12), m.start));
    const inHere = this.c.mentions.find(m => m.start >= here.start && m.end <= at && person(m));
    if (inHere) return inHere.entity;
    const earlier = this.ctx.sentences.filter(s => s.end <= here.start).slice(-3).reverse();
    for (const s of earlier) {
      if (this.lastSpeaker && this.lastSpeakerAt >= s.start) return this.lastSpeaker;
      const first = this.c.mentions.find(m => m.start >= s.start && m.end <= s.end && person(m));
      if (first) return first.entity;
    }
    return null;
  }
}

/** Speech verbs (and "according to") in [from, to) with their subjects. */
function cuesIn(c: Ctx, memory: PronounMemory, from: number, to: number): EnglishSpeech[] {
  const out: EnglishSpeech[] = [];
  const slice = c.text.slice(from, to);
  const verbRe = lexiconPatterns().verb;
  verbRe.lastIndex = 0;
  for (let m = verbRe.exec(slice); m; m = verbRe.exec(slice)) {
    const start = from + m.index + m[0].length - m[2].length;
    const cue = { start, end: start + m[2].length, text: m[2] };
    let speaker: string | null = null;
    if (m[1] && /^(?:he|she)$/i.test(m[1])) speaker = memory.resolve(from + m.index);
    else if (!m[1]) {
      const coordinated = /\band\s+$/.test(c.text.slice(Math.max(from, start - 6), start));
      speaker = (mentionEndingNear(c, from, start) ?? (lexiconPatterns().invertible.has(m[2]) ? mentionStartingNear(c, cue.end, Math.min(to, cue.end + 60)) : undefined) ??
        (coordinated ? clauseSubject(c, from, start) : undefined))?.entity ?? null;
    }
    out.push({ cue, speaker });
  }
  ACCORDING_RE.lastIndex = 0;
  for (let m = ACCORDING_RE.exec(slice); m; m = ACCORDING_RE.exec(slice)) {
    const start = from + m.index;
    const after = start + m[0].length;
    const who = mentionStartingNear(c, after, Math.min(to, after + 40));
    out.push({ cue: { start, end: start + 12, text: c.text.slice(start, start + 12) }, speaker: who?.entity ?? null });
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}

const CLOSING = /^[\s"”’'»,.:;!?—–-]*/;

/** Attributes each quote from the speech verb just after it, else the one before it in its sentence. */
export function attributeEnglishSpeakers(ctx: ArticleContext, quotes: Quote[], entities: Entity[], mentions: Mention[]): void {
  const c: Ctx = { text: ctx.text, mentions: [...mentions].sort((a, b) => a.start - b.start), byId: new Map(entities.map(e => [e.id, e])) };
  const memory = new PronounMemory(ctx, c);
  for (const q of quotes) {
    const para = ctx.paragraphs.find(p => p.start <= q.start && q.start < p.end) ?? { start: q.start, end: q.end };
    const sentence = sentenceAt(ctx, q.start);
    const afterStart = q.end + (CLOSING.exec(ctx.text.slice(q.end, para.end))?.[0].length ?? 0);
    const nextQuote = quotes.find(o => o.start > q.end)?.start ?? para.end;
    const afterEnd = Math.min(para.end, nextQuote, afterStart + 80);
    // After: '…," said X' or '…," X said' — only when the verb comes within a few words.
    const after = cuesIn(c, memory, afterStart, afterEnd).find(s => s.cue.start - afterStart <= 40 && !/[.!?]/.test(ctx.text.slice(afterStart, s.cue.start)));
    const beforeFrom = Math.max(sentence.start, quotes.filter(o => o.end <= q.start).pop()?.end ?? 0, para.start);
    const before = cuesIn(c, memory, beforeFrom, q.start)
      .filter(s => s.cue.text.toLowerCase().startsWith('according') || q.start - s.cue.end <= 60)
      .pop();
    const found = after && !/^according/i.test(after.cue.text) ? after : before ?? after;
    if (!found) continue;
    q.speaker = found.speaker;
    q.cue = found.cue;
    if (found.speaker && c.byId.get(found.speaker)?.type === 'PER') {
      memory.lastSpeaker = found.speaker;
      memory.lastSpeakerAt = q.start;
    }
  }
}

/** Speech verbs and "according to" phrases in a span, each with its subject (for reported events). */
export function englishSpeechCues(ctx: ArticleContext, byId: Map<string, Entity>, sortedMentions: Mention[], span: Span): EnglishSpeech[] {
  const c: Ctx = { text: ctx.text, mentions: sortedMentions, byId };
  return cuesIn(c, new PronounMemory(ctx, c), span.start, span.end);
}
