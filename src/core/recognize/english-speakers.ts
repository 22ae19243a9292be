// Speakers of English quotes. Evidence is a speech verb next to the quote
// ("…," said X / "…," X said / X said: "…" / X told reporters "…"), or
// "according to X"; its subject is a name beside the verb or a he/she that
// continues the last person who spoke or led a sentence. No evidence, no speaker.
import type { ArticleContext } from '../text/context';
import type { Entity, Mention, Quote, Span } from '../types';
import { alternation, capitalisable, cueWords, speechVerbs } from '../lang/lexicon';
import { inflectEnglishVerb } from '../lang/inflect';
import { partitionPoint } from '../text/search';
import type { NameSources } from './sources';
import { TitledPeople, titledSubjectAtEnd } from './english-titled';

interface Patterns {
  /** Speech verb, optionally after an auxiliary, with a subject pronoun before it. Lower case only: "Secretary of State" is no speech verb. */
  verb: RegExp;
  /** Verbs whose subject may follow them ("…," said Lavrov); after urged, told or called a name is the addressee. */
  invertible: Set<string>;
  /** Words a verb's subject may carry after the name (", the spokesman,") or the verb before a name ("said Foreign Minister"). */
  filler: RegExp;
  /** A name after a preposition: never the subject of a verb after it. */
  objectOf: RegExp;
  /** A name after a preposition or a verb taking an object: never the person a later he/she stands for. */
  objectOfVerb: RegExp;
}

let patterns: Patterns | undefined;
function lexiconPatterns(): Patterns {
  if (patterns) return patterns;
  const verbs = speechVerbs('en');
  const forms = [...verbs.verbs.flatMap(v => inflectEnglishVerb(v)), ...(verbs.irregular ?? [])].sort((a, b) => b.length - a.length);
  const cues = cueWords('en');
  const fillers = cues.subjectFillers ?? [];
  const pronouns = capitalisable(cues.pronouns ?? []);
  const prepositions = alternation(cues.objectPrepositions ?? []);
  return (patterns = {
    verb: new RegExp(`\\b(?:(${pronouns})\\s+)?(?:(?:${alternation(cues.auxiliaries ?? [])})\\s+)?(${forms.join('|')})\\b`, 'g'),
    invertible: new Set(verbs.invertible),
    filler: new RegExp(`^[\\s,]*(?:(?:${fillers.join('|')}|\\p{Lu}[\\p{L}.'’-]*)[\\s,]+){0,4}$`, 'u'),
    objectOf: new RegExp(`\\b(?:${prepositions})\\s+(?:the\\s+)?$`, 'i'),
    objectOfVerb: new RegExp(`\\b(?:${prepositions}|${alternation(cues.objectVerbs ?? [])})\\s+(?:the\\s+)?$`, 'i'),
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
  /** "the UN chief" → the person named UN Secretary-General. */
  titled: TitledPeople;
}

/** Index of the first mention starting at or after `from` (mentions are sorted by start): scans stay within their span. */
const firstFrom = (c: Ctx, from: number): number => partitionPoint(c.mentions.length, i => c.mentions[i].start < from);

function findFrom(c: Ctx, from: number, to: number, test: (m: Mention) => boolean): Mention | undefined {
  for (let i = firstFrom(c, from); i < c.mentions.length && c.mentions[i].start <= to; i++) if (test(c.mentions[i])) return c.mentions[i];
  return undefined;
}

const mentionEndingNear = (c: Ctx, from: number, to: number): Mention | undefined => {
  let best: Mention | undefined;
  for (let i = firstFrom(c, from); i < c.mentions.length && c.mentions[i].start <= to; i++) {
    const m = c.mentions[i];
    if (m.end > to) continue;
    if (lexiconPatterns().filler.test(c.text.slice(m.end, to)) && (!best || m.end > best.end)) best = m;
  }
  return best;
};

const mentionStartingNear = (c: Ctx, from: number, to: number): Mention | undefined =>
  findFrom(c, from, to, m => lexiconPatterns().filler.test(c.text.slice(from, m.start)));

let relativeClause: RegExp | undefined;
/** "X, who took office in March, said": the name before a relative clause that a comma closes right before the verb. */
const relativeAntecedent = (c: Ctx, from: number, to: number): Mention | undefined => {
  relativeClause ??= new RegExp(`^,\\s+(?:${alternation(cueWords('en').relatives ?? [])})\\b[^"“”.!?,]*(?:,[^"“”.!?,]*)?,\\s*$`);
  return findFrom(c, from, to, m => m.end <= to && relativeClause!.test(c.text.slice(m.end, to)));
};

/** A second verb of the clause ("X welcomed the deal and called it …") shares its subject: the first name not after a preposition. */
const clauseSubject = (c: Ctx, from: number, to: number): Mention | undefined =>
  findFrom(c, from, to, m => m.end <= to && !lexiconPatterns().objectOf.test(c.text.slice(Math.max(from, m.start - 12), m.start)));

/** The span of `spans` (sorted, disjoint) containing `at`. */
function spanAt(spans: Span[], at: number): Span | undefined {
  const s = spans[partitionPoint(spans.length, i => spans[i].end <= at)];
  return s && s.start <= at ? s : undefined;
}

/** Sentence containing `at`. */
function sentenceAt(ctx: ArticleContext, at: number): Span {
  return spanAt(ctx.sentences, at) ?? spanAt(ctx.paragraphs, at) ?? { start: at, end: at };
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
      !lexiconPatterns().objectOfVerb.test(this.c.text.slice(Math.max(0, m.start - 12), m.start));
    const inHere = findFrom(this.c, here.start, at, m => m.end <= at && person(m));
    if (inHere) return inHere.entity;
    const sentences = this.ctx.sentences;
    const k = partitionPoint(sentences.length, i => sentences[i].end <= here.start);
    for (let i = k - 1; i >= 0 && i >= k - 3; i--) {
      const s = sentences[i];
      if (this.lastSpeaker && this.lastSpeakerAt >= s.start) return this.lastSpeaker;
      const first = findFrom(this.c, s.start, s.end, m => m.end <= s.end && person(m));
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
      // "the UN chief said": the person the article names so, before the body the title hangs on.
      const titled = titledSubjectAtEnd(c.text.slice(Math.max(from, start - 60), start));
      speaker = (titled ? c.titled.person(titled) : null) ??
        (mentionEndingNear(c, from, start) ?? (lexiconPatterns().invertible.has(m[2]) ? mentionStartingNear(c, cue.end, Math.min(to, cue.end + 60)) : undefined) ??
        (coordinated ? clauseSubject(c, from, start) : undefined) ?? relativeAntecedent(c, from, start))?.entity ?? null;
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

/**
 * A quote with no cue of its own continues the quote before it when nothing but quoted speech
 * stands between them: later in the same sentence (X told reporters it was "…" and must "…"),
 * or the next sentence or paragraph carrying on what was said.
 */
function continued(ctx: ArticleContext, prev: Quote | undefined, q: Quote): EnglishSpeech | undefined {
  if (!prev?.cue || !prev.speaker) return undefined;
  const sameSentence = sentenceAt(ctx, prev.start).end >= q.start;
  // Only the previous quote's own attribution ("…," X told reporters.) may stand between.
  const between = ctx.text.slice(Math.max(prev.end, prev.cue.end), q.start);
  if (!sameSentence && (between.length > 60 || !/^[^.!?]*[.!?]?[\s"”’'»]*$/.test(between))) return undefined;
  return { cue: prev.cue, speaker: prev.speaker };
}

/** How far after a quote its speech verb may start: a name with a title and a body before it. */
const AFTER_CUE_CHARS = 64;
/** A full stop, question or exclamation mark, but not the dot after a single capital (U.S., J. Smith). */
const SENTENCE_END = /(?<!(?:^|[^\p{L}])\p{Lu})[.!?]/u;

/** Attributes each quote from the speech verb just after it, else the one before it in its sentence. */
export function attributeEnglishSpeakers(ctx: ArticleContext, quotes: Quote[], entities: Entity[], mentions: Mention[], sources: NameSources): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const byId = new Map(entities.map(e => [e.id, e]));
  const c: Ctx = { text: ctx.text, mentions: sorted, byId, titled: new TitledPeople(ctx.text, sorted, byId, sources) };
  const memory = new PronounMemory(ctx, c);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const para = spanAt(ctx.paragraphs, q.start) ?? { start: q.start, end: q.end };
    const sentence = sentenceAt(ctx, q.start);
    const afterStart = q.end + (CLOSING.exec(ctx.text.slice(q.end, Math.min(para.end, q.end + 20)))?.[0].length ?? 0);
    let n = i + 1;
    while (n < quotes.length && quotes[n].start <= q.end) n++;
    const nextQuote = quotes[n]?.start ?? para.end;
    const afterEnd = Math.min(para.end, nextQuote, afterStart + 80);
    // After: '…," said X' or '…," X said' — only when the verb comes within a few words (a titled
    // name: '…," U.S. Secretary of State X said'), in the same sentence (an initial's dot ends none).
    const after = cuesIn(c, memory, afterStart, afterEnd).find(s => s.cue.start - afterStart <= AFTER_CUE_CHARS && !SENTENCE_END.test(ctx.text.slice(afterStart, s.cue.start)));
    const prevEnd = quotes[i - 1] && quotes[i - 1].end <= q.start ? quotes[i - 1].end : 0;
    const beforeFrom = Math.max(sentence.start, prevEnd, para.start);
    const before = cuesIn(c, memory, beforeFrom, q.start)
      .filter(s => s.cue.text.toLowerCase().startsWith('according') || q.start - s.cue.end <= 60)
      .pop();
    const found = (after && !/^according/i.test(after.cue.text) ? after : before ?? after) ?? continued(ctx, quotes[i - 1], q);
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
export function englishSpeechCues(ctx: ArticleContext, byId: Map<string, Entity>, sortedMentions: Mention[], span: Span, titled: TitledPeople): EnglishSpeech[] {
  const c: Ctx = { text: ctx.text, mentions: sortedMentions, byId, titled };
  return cuesIn(c, new PronounMemory(ctx, c), span.start, span.end);
}
