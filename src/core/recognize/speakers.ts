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
import type { Entity, Mention, Quote, Span, TextSpan } from '../types';
import { wordKey } from './word-key';
import { COMPLEMENTISERS, PREPOSITION_WORD, WordMemo, discourse, isGoverned, isTitleWord, nameAfterTitles, wordIndexAt, type Discourse } from './discourse';
import { partitionPoint } from '../text/search';
import { defaultSources, type NameSources } from './sources';
import { cueWords, speechVerbs } from '../lang/lexicon';
import { RELATIVES, lastOfChain } from './subject-chain';
import { isOfficialsBody, isStatementWord, statementIssuer } from './officials';
import { definiteNounAt, officeAt, shortReferences, type DefiniteNoun } from './short-references';
import { inflectArabicVerb } from '../lang/inflect';

type CueKind = 'verb' | 'participle' | 'according';

interface CueForm {
  kind: CueKind;
  /** Third person feminine (أكدت، تؤكد، مشيرةً): its subject is an organisation or a woman. */
  feminine: boolean;
  imperfect?: boolean;
  /** A plural participle or verb (مطالبين، يقولون، أكدوا): a group speaks, which no one entity names. */
  plural?: boolean;
}

const keys = (list: string[] | undefined): string[] => (list ?? []).map(wordKey);

let forms: Map<string, CueForm> | undefined;

/** Every written form of the speech verbs (by the one inflection generator), their participles and "according to" words, folded. */
function cueForms(): Map<string, CueForm> {
  if (forms) return forms;
  const out = new Map<string, CueForm>();
  const add = (key: string, kind: CueKind, feminine: boolean, imperfect = false, plural = false): void => {
    if (!out.has(key)) out.set(key, { kind, feminine, imperfect, ...(plural ? { plural } : {}) });
  };
  const lex = speechVerbs('ar');
  for (const lemma of keys(lex.verbs)) {
    for (const f of inflectArabicVerb(lemma)) {
      if (f.kind !== 'verb' || f.number === '1') continue;
      // The imperfect carries a person prefix (يقول، تؤكد); the perfect starts with the lemma's letters.
      const imperfect = f.form !== lemma && !f.form.startsWith(lemma.slice(0, 2));
      add(f.form, 'verb', imperfect ? f.form.startsWith('ت') : /تا?$/.test(f.form), imperfect, f.number === 'p');
    }
  }
  for (const f of keys(lex.irregular)) add(f, 'verb', /^ت|تا?$/.test(f), /^[يت]/.test(f) && !/تا?$/.test(f));
  for (const lemma of keys(lex.participles)) {
    for (const f of inflectArabicVerb(lemma)) if (f.kind === 'participle') add(f.form, 'participle', f.form.endsWith('ه'), false, f.number === 'p');
  }
  for (const f of keys(lex.irregularParticiples)) add(f, 'participle', f.endsWith('ه'));
  for (const f of keys(cueWords('ar').according)) add(f, 'according', false);
  return (forms = out);
}


export interface Cue extends TextSpan {
  kind: CueKind;
  word: number;
  feminine?: boolean;
  imperfect?: boolean;
  plural?: boolean;
  /** Entity id of the subject, once resolved. */
  subject?: string | null;
}

/** The cue form of a word's first reading that is one, null for the many words that are none. */
const CUE_FORM = new WordMemo((w): CueForm | null => {
  const all = cueForms();
  // A form with the article is a noun (المتحدثة الرسمية: the spokeswoman; عدم الكشف), never a cue.
  const at = w.keys.findIndex((x, r) => all.has(x) && !w.prefixes[r].endsWith('ال'));
  return at >= 0 ? all.get(w.keys[at])! : null;
});

let relayForms: Set<string> | undefined;
/** Verbs that relay another's words (نقلت الوكالة عن فلان): the speaker is the source after عن. */
const RELAY = new WordMemo(w => {
  relayForms ??= new Set(keys(speechVerbs('ar').relays));
  return w.keys.some(k => relayForms!.has(k));
});
/** Word j is the preposition عن. */
const isFrom = (d: Discourse, j: number): boolean => d.words[j].key === 'عن';

/** The source a relaying verb names after عن (نقلت الصحيفة عن الوزير فلان قوله), a few words on. */
function relayedSource(k: Marks, cue: Cue, end: number): Mention | undefined {
  const d = k.d;
  if (cue.kind !== 'verb' || !RELAY.word(d, cue.word)) return undefined;
  for (let j = cue.word + 1; j < end && j <= cue.word + 6; j++) {
    if (speechStarts(k, j) || COMPLEMENTISERS.has(d.words[j].key)) return undefined;
    if (!isFrom(d, j)) continue;
    const named = nameAfterTitles(d, j + 1, 6, end);
    return named && !speechStarts(k, named.word) ? lastOfChain(d, named.mention, end, x => speechStarts(k, x)) : undefined;
  }
  return undefined;
}

function cueAt(d: Discourse, i: number): Cue | undefined {
  const form = CUE_FORM.word(d, i);
  if (!form) return undefined;
  // After a preposition the perfect's letters are its verbal noun (تعود إلى كشف فلان): no one speaks.
  if (form.kind === 'verb' && !form.imperfect && i > 0 && d.words[i - 1].sentence === d.words[i].sentence && PREPOSITION_WORD.word(d, i - 1)) return undefined;
  const w = d.words[i];
  return { start: w.start, end: w.end, text: d.ctx.text.slice(w.start, w.end), kind: form.kind, feminine: form.feminine, imperfect: form.imperfect, plural: form.plural, word: i };
}

/** Indefinite nouns for unnamed people (مصادر، خبراء، أحد): a subject, but no entity. */
const UNNAMED = new WordMemo(w => {
  // An official with the article (وقال المتحدث) is a title that refers back to someone named: not unnamed;
  // a group with the article (وقال المواطنون) is still no one entity.
  unnamedWords ??= new Set([...keys(cueWords('ar').unnamedSpeakers), ...keys(cueWords('ar').officials).filter(k => !k.startsWith('ال'))]);
  unnamedGroups ??= new Set(keys(cueWords('ar').unnamedGroups));
  return unnamedWords.has(w.key) || unnamedGroups.has(w.key) || (w.key.startsWith('ال') && unnamedGroups.has(w.key.slice(2)));
});
let unnamedWords: Set<string> | undefined;
let unnamedGroups: Set<string> | undefined;

/** Words inside a quotation (1) or a name (2), marked once per article. */
interface Marks {
  d: Discourse;
  marks: Uint8Array;
}
const QUOTED = 1;
const NAMED = 2;

/** What is said begins at word j: a quotation, or a colon before it. */
const speechStarts = (m: Marks, j: number): boolean => (m.marks[j] & QUOTED) !== 0 || m.d.words[j].gap.includes(':');

/**
 * VSO: the first name after the verb that no preposition governs, before a complementiser, a
 * relative pronoun or the quotation. A chain of names and titles ends in the subject's own name
 * (رئيس أركان الجيش الجنرال فلان، خطيب جامع المدينة فلان): its last person is taken.
 */
function subjectAfter(k: Marks, cue: Cue, end: number): Mention | undefined {
  const d = k.d;
  // عن right after the verb opens its object (كشف عن، أعرب عن، أعلن عن ما وصفه …): the subject is not after it.
  if (cue.kind !== 'according' && cue.word + 1 < end && isFrom(d, cue.word + 1)) return undefined;
  const titled = nameAfterTitles(d, cue.word + 1, 6, end);
  if (titled && !speechStarts(k, titled.word) && (cue.kind === 'according' || !isGoverned(d, titled.word, titled.mention))) return lastOfChain(d, titled.mention, end, j => speechStarts(k, j));
  // A definite noun right after the verb is its subject (وقال المحافظ بصفته …): a name may only follow it directly (الناشط فلان).
  if (cue.kind === 'verb' && cue.word + 1 < end && !speechStarts(k, cue.word + 1) && /^ال../.test(d.words[cue.word + 1].key)) {
    const named = nameAfterTitles(d, cue.word + 2, 3, end) ?? personClosingTitle(k, cue.word + 2, end);
    // A name a preposition governs is the addressee (وقال المصدر لوكالة …), never the noun's own name.
    return named && !speechStarts(k, named.word) && !isGoverned(d, named.word, named.mention) ? lastOfChain(d, named.mention, end, j => speechStarts(k, j)) : undefined;
  }
  for (let j = cue.word + 1; j < end && j <= cue.word + 7; j++) {
    if (speechStarts(k, j) || COMPLEMENTISERS.has(d.words[j].key) || RELATIVES().has(d.words[j].key)) return undefined;
    const m = d.mentionAt[j];
    if (!m) continue;
    // "According to" governs its source (وفقا لفلان، نقلا عن فلان); a verb's governed names are objects.
    if (cue.kind !== 'according' && isGoverned(d, j, m) && !isOfficialsBody(d, j)) {
      j = Math.max(j, wordIndexAt(d, m.end) - 1);
      continue;
    }
    return lastOfChain(d, m, end, j => speechStarts(k, j));
  }
  return undefined;
}

/**
 * The person that closes a long title after the verb (أوضح المدير العام لفرع الوزارة في منطقة X الدكتور فلان أن):
 * bodies and places inside the title are passed; a break, a complementiser, a relative pronoun or a speech word ends it.
 */
function personClosingTitle(k: Marks, from: number, end: number): { mention: Mention; word: number } | undefined {
  const d = k.d;
  for (let j = from; j < end && j <= from + 8; j++) {
    if (speechStarts(k, j) || COMPLEMENTISERS.has(d.words[j].key) || RELATIVES().has(d.words[j].key) || /[،,.:؛]/.test(d.words[j].gap)) return undefined;
    const m = d.mentionAt[j];
    // Another speech word opens a clause of its own (وقال المحافظ بصفته متحدثا باسم فلان): its name is not the title's.
    if (!m && CUE_FORM.word(d, j)) return undefined;
    // Only a name after a title or a word with the article (… المهندس فلان، … الجوي فلان) is the title's own:
    // after a noun without it, the name is in construct with that noun (بصفته ممثل فلان: someone else).
    if (m?.type === 'PER') return j > from && (isTitleWord(d, j - 1) || /^ال../.test(d.words[j - 1].key)) ? { mention: m, word: j } : undefined;
  }
  return undefined;
}

/**
 * SVO: the last name before the verb that no preposition governs (not a place), or the antecedent
 * of a relative pronoun before it; a complementiser ends the search (what follows it is reported).
 */
function subjectBefore(k: Marks, cue: Cue, sentFirst: number): Mention | undefined {
  const d = k.d;
  for (let j = cue.word - 1; j >= sentFirst && j >= cue.word - 8; j--) {
    // A name inside the quotation before the verb is what was said (…الجيش» وأضاف أن «…»), never who says more.
    if (k.marks[j] & QUOTED) return undefined;
    // A relative that disagrees with the verb (التي قال عنها): its antecedent is what is spoken of, not the speaker.
    if (RELATIVES().has(d.words[j].key)) return FEMININE_RELATIVE.test(d.words[j].key) === (cue.feminine === true) ? nameEndingBefore(d, j, sentFirst) : undefined;
    if (COMPLEMENTISERS.has(d.words[j].key)) return undefined;
    const m = d.mentionAt[j];
    if (m && m.type !== 'LOC' && (!isGoverned(d, j, m) || isOfficialsBody(d, j))) return m;
  }
  // A subject fronted before a long relative clause: "فلان، الذي …، قال".
  for (let j = sentFirst; j < sentFirst + 5 && j < cue.word - 8; j++) {
    if (RELATIVES().has(d.words[j].key)) return nameEndingBefore(d, j, sentFirst);
  }
  return undefined;
}

/** The feminine relative pronouns (التي، اللتان، اللتين) by their letters: the masculine ones have ذ. */
const FEMININE_RELATIVE = /^الل?ت/;

/** The name (not a place) ending within two words before word r. */
function nameEndingBefore(d: Discourse, r: number, sentFirst: number): Mention | undefined {
  for (let j = r - 1; j >= sentFirst && j >= r - 4; j--) {
    const m = d.mentionAt[j];
    // The antecedent is the clause's subject even where a preposition governs it in the main clause.
    if (m && wordIndexAt(d, m.end) >= r - 2) return m.type === 'LOC' ? undefined : m;
  }
  return undefined;
}

/** A definite noun right after the verb (وقال الوزير، وأعلن المرصد) that is not a name, and the definite adjective after it. */
function definiteNounAfter(k: Marks, cue: Cue, end: number): DefiniteNoun | undefined {
  return definiteNounAt(k.d, cue.word + 1, end, j => speechStarts(k, j));
}

const cueCache = new WeakMap<Quote[], { mentions: Mention[]; cues: Cue[] }>();

/** Speech cues of the article, in order, each with its subject resolved (computed once per quotes and mentions). */
export function speechCues(ctx: ArticleContext, mentions: Mention[], quotes: Quote[], sources: NameSources = defaultSources()): Cue[] {
  const hit = cueCache.get(quotes);
  if (hit && hit.mentions === mentions) return hit.cues;
  const cues = findCues(ctx, mentions, quotes, sources);
  cueCache.set(quotes, { mentions, cues });
  return cues;
}

/** Marks words inside quotations and inside names (a name such as كيري reads as ك + يرى: never a cue). */
function markWords(d: Discourse, quotes: Quote[]): Marks {
  const marks = new Uint8Array(d.words.length);
  for (let i = 0; i < d.words.length; i++) {
    const m = d.mentionAt[i];
    if (!m) continue;
    for (let j = i; j < d.words.length && d.words[j].start < m.end; j++) marks[j] |= NAMED;
  }
  for (const q of quotes) {
    for (let j = wordIndexAt(d, q.start); j < d.words.length && d.words[j].start < q.end; j++) {
      if (marks[j] & QUOTED) break;
      marks[j] |= QUOTED;
    }
  }
  return { d, marks };
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
    const named = after ?? (cue.kind === 'verb' && !issuer ? subjectBefore(k, cue, sentFirst) : undefined);
    // An imperfect verb with a person named after it (ويقول فلان، يرى الخبير فلان أن) leads its clause like a perfect one;
    // a body after one is mostly what a subordinate clause is about (تقارير تفيد بنية «التنظيم»).
    const leads = !cue.imperfect || after?.type === 'PER';
    // An unnamed subject (قالت مصادر، قال أحد العاملين، يقول خبراء): the verb has its subject, and it is no one the article names.
    const unnamed = !named && !issuer && cue.kind === 'verb' && i + 1 < sentEnd && UNNAMED.word(d, i + 1);
    const noun = named || unnamed || cue.kind !== 'verb' ? undefined : definiteNounAfter(k, cue, sentEnd);
    // An office with its nisba and no name (اعلن وزير الخارجية القطري …): the person the article names with it, maybe later.
    const office = named || noun || issuer || unnamed || cue.kind !== 'verb' ? undefined : officeAt(d, i + 1, sentEnd);
    const opensParagraph = d.sentences[sentence].start === ctx.paragraphs[paragraph].start;
    if (cue.plural || unnamed) cue.subject = null;
    else if (issuer) cue.subject = issuer;
    else if (named) cue.subject = named.entity;
    else if (cue.kind === 'according') cue.subject = null;
    else if (noun && statementBy && isStatementWord(d, i + 1)) cue.subject = statementBy;
    // A feminine verb's noun that is no title (وقالت الشرطة) is a body: never the man quoted last.
    else if (noun) cue.subject = shortRefs.resolve(noun, cue.start) ?? (recentParagraph >= paragraph - 2 && !(cue.feminine && recent && types.get(recent) === 'PER' && !isTitleWord(d, i + 1)) ? recent : null);
    else if (office) cue.subject = shortRefs.resolve(office, cue.start, true) ?? null;
    else if (last) cue.subject = last;
    else cue.subject = previousSentenceSubject(d, i, ctx.paragraphs[paragraph], cue.feminine === true, types) ??
      (opensParagraph ? lastBefore ?? (recentParagraph >= paragraph - 2 ? recent : null) : null);
    // An imperfect verb mostly sits in a subordinate clause (تقارير تفيد بـ…، أن يقول الشعب): its subject leads nothing.
    if (cue.subject && leads) for (let j = i + 1; j < i + 4 && j < sentEnd; j++) if (isStatementWord(d, j) && !(noun && j === i + 1)) statementBy = cue.subject;
    if (!cue.subject || !leads) {
      out.push(cue);
      continue;
    }
    last = cue.subject;
    // Only a subject that is quoted is a speaker a later paragraph may continue.
    if (q < quotes.length && quotes[q].start < d.sentences[sentence].end) recent = cue.subject;
    if (recent === cue.subject) recentParagraph = paragraph;
    out.push(cue);
  }
  return out;
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
