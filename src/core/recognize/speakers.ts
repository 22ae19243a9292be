// Speaker attribution: the speech verb, participle or "according to" phrase
// that introduces a quote, and its subject resolved to an entity by its role
// in the verb's clause. The subject of a verb is the first name after it that
// no preposition governs, before what is said begins (VSO: titles, an
// organisation or a kinship noun may stand between, as in مدير المرصد فلان),
// else the name right before it (SVO), the antecedent of a relative pronoun
// before it, or a name that opens the sentence and a relative clause. A
// definite noun in the subject's place (المرصد، الوزير) stands for the
// organisation whose name it heads, else for the person last named with it as
// a title, else for the recent speaker. Participles and
// verbs with no subject continue the last subject of the paragraph, then the
// subject of the previous sentence (a feminine verb may continue an
// organisation), then, at a paragraph's start, the recent speaker. A quote with
// no cue in its sentence continues the speaker of the sentence before it.
// No evidence, no speaker.
import { bodyFirst, bodyStart } from './byline';
import type { ArticleContext } from '../text/context';
import type { Entity, Mention, Quote, Span } from '../types';
import { discourse, isGoverned, isTitleWord, wordIndexAt, type Discourse } from './discourse';
import { partitionPoint } from '../text/search';
import { defaultSources, type NameSources } from './sources';
import { isStatementWord, statementIssuer } from './officials';
import { officeAt, shortReferences, type ShortReferences } from './short-references';
import { UNNAMED, cueAt, type Cue } from './speech-cues';
import { kindWords } from './kind-words';
import { NAMED, definiteNounAfter, frontedTopic, markWords, openingSubject, relayedSource, speechStarts, subjectAfter, subjectBefore } from './speech-subjects';

export type { Cue } from './speech-cues';

const cueCache = new WeakMap<Quote[], { mentions: Mention[]; cues: Cue[] }>();

/** Speech cues of the article, in order, each with its subject resolved (computed once per quotes and mentions). */
export function speechCues(ctx: ArticleContext, mentions: Mention[], quotes: Quote[], sources: NameSources = defaultSources()): Cue[] {
  const hit = cueCache.get(quotes);
  if (hit && hit.mentions === mentions) return hit.cues;
  const cues = findCues(ctx, mentions, quotes, sources);
  cueCache.set(quotes, { mentions, cues });
  return cues;
}


function findCues(ctx: ArticleContext, mentions: Mention[], quotes: Quote[], sources: NameSources): Cue[] {
  const d = discourse(ctx, mentions, sources);
  const k = markWords(d, quotes);
  const shortRefs = shortReferences(d, mentions);
  const types = new Map(mentions.map(m => [m.entity, m.type]));
  const out: Cue[] = [];
  let paragraph = 0;
  let seen = 0;
  let last: string | null = null;
  // The sentence `last` was set in: a participle in a later sentence may have a subject of its own clause.
  let lastSentence = -1;
  // The last subject of the paragraph right before this one, quoted or not: a paragraph that opens with وأضاف says more for it.
  let lastBefore: string | null = null;
  // The last speaker of the article and the paragraph it spoke in, for a paragraph that opens with وأضاف: «…».
  let recent: string | null = null;
  let recentParagraph = -1;
  // Who issued the statement the article last named (وأعلنت في بيان): "the statement" says more for them (وأوضح البيان).
  let statementBy: string | null = null;
  let q = 0;
  for (let i = 0; i < d.words.length; i++) {
    if (k.marks[i] & NAMED) continue;
    const cue = cueAt(d, i);
    if (!cue) continue;
    // Speech verbs inside a quotation belong to the quoted speech, not to the article.
    while (q < quotes.length && quotes[q].end <= cue.start) q++;
    if (q < quotes.length && quotes[q].start <= cue.start && cue.end <= quotes[q].end) continue;
    while (paragraph < ctx.paragraphs.length - 1 && cue.start >= ctx.paragraphs[paragraph].end) paragraph++;
    if (paragraph !== seen) {
      lastBefore = seen === paragraph - 1 ? last : null;
      seen = paragraph;
      last = null;
    }
    const sentence = d.words[i].sentence;
    // A byline opening the sentence (byline.ts) names the writer, never the speaker.
    const sentFirst = bodyFirst(d, i);
    const sentEnd = d.sentenceStart[sentence + 1];
    const issuer = cue.kind === 'verb' ? statementIssuer(d, i + 1, sentEnd, j => speechStarts(k, j), shortRefs) : undefined;
    const after = cue.kind === 'participle' || issuer ? undefined : relayedSource(k, cue, sentEnd) ?? subjectAfter(k, cue, sentEnd);
    // A name before a verb glued to و (…أنظار النادي منذ فترة، وقال) belongs to the clause before: the verb's subject is that clause's.
    const named = after ?? (cue.kind === 'verb' && !issuer ? (cue.coordinated ? undefined : subjectBefore(k, cue, sentFirst)) ?? frontedTopic(k, cue, sentFirst) : undefined);
    // An imperfect verb with a person named after it (ويقول فلان، يرى الخبير فلان أن) leads its clause like a perfect one;
    // a body after one is mostly what a subordinate clause is about (تقارير تفيد بنية «التنظيم»).
    const leads = !cue.imperfect || after?.type === 'PER';
    // An unnamed subject (قالت مصادر، قال أحد العاملين، يقول خبراء): the verb has its subject, and it is no one the article names.
    const subjectAt = afterAddressee(d, i, sentEnd);
    const unnamed = !named && !issuer && cue.kind === 'verb' && subjectAt < sentEnd && UNNAMED.word(d, subjectAt);
    const noun = named || unnamed || cue.kind !== 'verb' ? undefined : definiteNounAfter(k, cue, sentEnd);
    // An office with its nisba and no name (اعلن وزير الخارجية القطري …): the person the article names with it, maybe later.
    const office = named || noun || issuer || unnamed || cue.kind !== 'verb' ? undefined : officeAt(d, i + 1, sentEnd);
    const opensParagraph = d.sentences[sentence].start === ctx.paragraphs[paragraph].start;
    // A participle after a clause with no speech verb (ودافع فلان عن …، قائلا) says more for that clause's subject.
    const opening = (cue.kind === 'participle' || (cue.kind === 'verb' && !cue.imperfect && !named && !noun && !office && !issuer && !unnamed)) && lastSentence !== sentence ? openingSubject(d, sentFirst, i, cue.feminine === true, types) : undefined;
    if (cue.plural || unnamed) cue.subject = null;
    else if (issuer) cue.subject = issuer;
    else if (named) cue.subject = named.entity;
    else if (cue.kind === 'according') cue.subject = null;
    else if (noun && isStatementWord(d, i + 1) && (statementBy ??= issuerBefore(d, i, ctx.paragraphs[paragraph].start, j => speechStarts(k, j), shortRefs))) cue.subject = statementBy;
    // A kind of body (وأعلنت الشركة، وتضيف الصحيفة) or a feminine verb's noun that is no title (وقالت
    // الشرطة) is a body: it says more for the last body quoted, never for the last person.
    else if (noun) {
      const bodyNoun: boolean = (kindWords().bodyKinds.has(noun.head) && types.get(recent ?? '') !== 'ORG') || (cue.feminine === true && types.get(recent ?? '') === 'PER' && !isTitleWord(d, i + 1));
      cue.subject = shortRefs.resolve(noun, cue.start) ?? (recentParagraph >= paragraph - 2 && !bodyNoun ? recent : null);
    } else if (office) cue.subject = shortRefs.resolve(office, cue.start, true) ?? null;
    else if (opening) cue.subject = opening.entity;
    else if (last) cue.subject = last;
    else cue.subject = previousSentenceSubject(d, i, ctx.paragraphs[paragraph], cue.feminine === true, types) ??
      (opensParagraph ? lastBefore ?? (recentParagraph >= paragraph - 2 ? recent : null) ?? (cue.coordinated && !cue.feminine ? previousParagraphOpener(d, ctx.paragraphs[paragraph - 1], types) : null) : null);
    // An imperfect verb mostly sits in a subordinate clause (تقارير تفيد بـ…، أن يقول الشعب): its subject leads nothing.
    if (cue.subject && leads) for (let j = i + 1; j < i + 4 && j < sentEnd; j++) if (isStatementWord(d, j) && !(noun && j === i + 1)) statementBy = cue.subject;
    if (!cue.subject || !leads) {
      out.push(cue);
      continue;
    }
    last = cue.subject;
    lastSentence = sentence;
    // Only a subject that is quoted is a speaker a later paragraph may continue.
    if (q < quotes.length && quotes[q].start < d.sentences[sentence].end) recent = cue.subject;
    if (recent === cue.subject) recentParagraph = paragraph;
    out.push(cue);
  }
  return out;
}

/** Where the subject stands after verb i: past the outlet spoken to in marks right after it (نفى لـ«الصحيفة» مصدر مسؤول). */
function afterAddressee(d: Discourse, i: number, end: number): number {
  if (i + 2 >= end || d.words[i + 1].key !== 'ل' || !/[«"“]/.test(d.words[i + 2].gap)) return i + 1;
  for (let j = i + 3; j < end && j <= i + 5; j++) if (/[»"”]/.test(d.words[j].gap)) return j;
  return i + 1;
}

/**
 * The issuer of a statement named earlier in the paragraph without a speech verb (وجاء في بيان لوزارة الخارجية أن …،
 * ورد في بيان صادر عن الشركة): "the statement" after it (وقال البيان) speaks for that body.
 */
function issuerBefore(d: Discourse, i: number, floor: number, blocked: (word: number) => boolean, refs: ShortReferences): string | null {
  for (let j = i - 1; j > 0 && j >= i - 80 && d.words[j].start >= floor; j--) {
    if (!isStatementWord(d, j)) continue;
    const end = d.sentenceStart[d.words[j].sentence + 1];
    const m = d.mentionAt[j + 1];
    // A body glued to ل right after the noun is its issuer (بيان لوزارة …).
    if (m && j + 1 < end && m.type !== 'LOC' && d.words[j + 1].key.startsWith('ل')) return m.entity;
    return statementIssuer(d, j, end, blocked, refs) ?? null;
  }
  return null;
}

/**
 * The person who leads the paragraph before (إلى ذلك، نادى الدكتور فلان …): a paragraph opening with وأضاف and no
 * speaker known yet says more for him, whatever verb he was introduced with. A feminine one (وأعلنت) reads as a
 * body's statement and is left to the bodies.
 */
function previousParagraphOpener(d: Discourse, para: Span | undefined, types: Map<string, string>): string | null {
  if (!para) return null;
  const first = wordIndexAt(d, para.start);
  if (first >= d.words.length) return null;
  const s = d.words[first].sentence;
  return openingSubject(d, bodyFirst(d, first), d.sentenceStart[s + 1], false, types)?.entity ?? null;
}

/**
 * The first name in the subject's place of the previous sentence of the paragraph: a person,
 * or for a feminine verb (وأعلنت في بيان) an organisation too.
 */
function previousSentenceSubject(d: Discourse, word: number, para: Span | undefined, feminine: boolean, types: Map<string, string>): string | null {
  const s = d.words[word].sentence;
  if (s === 0 || !para) return null;
  // A feminine verb opening a paragraph (وأعلنت في بيان) continues a body that led the paragraph before.
  const across = d.sentences[s - 1].start < para.start;
  if (across && (!feminine || d.sentences[s].start !== para.start)) return null;
  // Its subject comes early: look at its first words only.
  const first = bodyStart(d, s - 1);
  for (let j = first; j < d.sentenceStart[s] && j < first + 30; j++) {
    const m = d.mentionAt[j];
    if (!m || isGoverned(d, j, m)) continue;
    const type = types.get(m.entity) ?? m.type;
    if (across) return type === 'ORG' ? m.entity : null;
    if (type === 'PER' || (feminine && type === 'ORG')) return m.entity;
  }
  return null;
}

/** Fills `speaker` and `cue` of each quote from the nearest cue before it in its sentence, else right after it, else the sentence before. */
export function attributeSpeakers(ctx: ArticleContext, quotes: Quote[], _entities: Entity[], mentions: Mention[], sources: NameSources = defaultSources()): void {
  if (!quotes.length) return;
  const d = discourse(ctx, mentions, sources);
  const cues = speechCues(ctx, mentions, quotes, sources);
  for (const q of quotes) {
    const qw = wordIndexAt(d, q.start);
    if (qw >= d.words.length) continue;
    const sentence = d.words[qw].sentence;
    // The last cue ending before the quote (binary search; cues are in text order).
    const lo = partitionPoint(cues.length, k => cues[k].end <= q.start);
    const before = cues[lo - 1];
    let cue = before && d.words[before.word].sentence === sentence ? before : undefined;
    // "قال فلان، بحسب الصحيفة، إن «…»": the newspaper only relays what the verb's subject said.
    // Nor does an imperfect verb of a subordinate clause (كشف عن تقارير تفيد بـ…) speak for the main one.
    if ((cue?.kind === 'according' || cue?.imperfect) && (cue.kind === 'according' ? !cue.subject : true) && lo >= 2 && cues[lo - 2].subject && !cues[lo - 2].imperfect && d.words[cues[lo - 2].word].sentence === sentence) cue = cues[lo - 2];
    if (!cue) {
      // A cue right after the quote ("…"، قال فلان / بحسب فلان).
      let k = lo;
      while (k < cues.length && cues[k].start < q.end) k++;
      const after = cues[k];
      if (after && d.words[after.word].sentence === sentence && after.word - wordIndexAt(d, q.end) <= 2) cue = after;
    }
    // "…«…»…، بحسب فلان." at the sentence's end attributes what the sentence quotes.
    if (!cue) cue = accordingLater(cues, lo, d, sentence);
    // An attributed fragment in the sentence after a speaker's (لكنه تطرق إلى «…»): the same speaker.
    if (!cue && before?.subject && d.words[before.word].sentence === sentence - 1) cue = before;
    if (!cue) continue;
    q.cue = { start: cue.start, end: cue.end, text: cue.text };
    q.speaker = cue.subject ?? null;
  }
}

/** The first "according to" with a named source later in the sentence (a few cues looked at: long run-on sentences stay linear). */
function accordingLater(cues: Cue[], from: number, d: Discourse, sentence: number): Cue | undefined {
  for (let k = from; k < cues.length && k < from + 8 && d.words[cues[k].word].sentence === sentence; k++) {
    if (cues[k].kind === 'according' && cues[k].subject) return cues[k];
  }
  return undefined;
}
