// Speaker attribution: the speech verb, participle or "according to" phrase
// that introduces a quote, and its subject resolved to an entity. A verb's
// subject is the name right after it (VSO, titles skipped) or right before it
// (SVO); a participle (مضيفاً، معتبراً) and a verb with no named subject take
// the subject of the previous speech verb in the paragraph, else the subject
// of the previous sentence; a paragraph that opens with such a verb (وأضاف: «…»)
// continues the previous paragraph's last speaker. No evidence, no speaker.
import type { ArticleContext } from '../text/context';
import type { Entity, Mention, Quote, Span, TextSpan } from '../types';
import { wordKey } from './word-key';
import { COMPLEMENTISERS, WordMemo, discourse, isGoverned, nameAfterTitles, wordIndexAt, type Discourse } from './discourse';
import { partitionPoint } from '../text/search';
import { defaultSources, type NameSources } from './sources';

type CueKind = 'verb' | 'participle' | 'according';

const forms = (list: string): string[] => list.split(/\s+/).filter(Boolean).map(wordKey);

/** Perfect and imperfect forms of speech verbs (masculine/feminine, dual, plural). */
function verbForms(): string[] {
  const perfect = forms(`قال أكد صرح أضاف أوضح أشار أعرب شدد اعتبر ذكر أعلن تابع لفت رأى أفاد كتب غرد حذر تساءل علق استطرد
    اختتم ختم زاد نقل قالت`);
  const out = new Set<string>();
  for (const p of perfect) for (const suf of ['', 'ت', 'ا', 'تا', 'وا']) out.add(p + suf);
  // Hollow and weak verbs change their stem in the imperfect; the rest prefix ي/ت.
  const imperfect = forms(`يقول يؤكد يصرح يضيف يوضح يشير يعرب يشدد يعتبر يذكر يعلن يتابع يلفت يرى يفيد يكتب يحذر يتساءل يعلق`);
  for (const i of imperfect) for (const p of ['ي', 'ت']) for (const suf of ['', 'ان', 'ون']) out.add(p + i.slice(1) + suf);
  out.add(wordKey('رأت'));
  out.add(wordKey('رأوا'));
  return [...out];
}

function participleForms(): string[] {
  const stems = forms(`قائل مؤكد مضيف مشير موضح معتبر مشدد معرب لافت محذر متابع مستطرد متسائل منوه`);
  const out: string[] = [];
  for (const s of stems) for (const suf of ['ا', 'ه', 'ين', 'تين', 'ان']) out.push(s + suf);
  return out;
}

/** Nouns and words after which a quoted phrase is a title or a name (صحيفة «الشرق الأوسط»). */
const NAME_HEADS = new Set(forms(`صحيفة جريدة مجلة وكالة قناة موقع شبكة إذاعة حركة جماعة حزب منظمة تنظيم مؤسسة شركة سورة عملية
  مؤتمر برنامج كتاب كتابه فيلم رواية خلية مبادرة مشروع حملة باسم الملقب الملقبة بـ ب يسمى تسمى المسمى المسماة المعروف المعروفة مثل لقب شعار`));

let cues: Map<string, CueKind> | undefined;

function cueKinds(): Map<string, CueKind> {
  if (cues) return cues;
  cues = new Map();
  for (const f of verbForms()) cues.set(f, 'verb');
  for (const f of participleForms()) cues.set(f, 'participle');
  for (const f of forms('حسب بحسب وفقا وفق طبقا لسان نقلا')) cues.set(f, 'according');
  return cues;
}

export interface Cue extends TextSpan {
  kind: CueKind;
  word: number;
  /** Entity id of the subject, once resolved. */
  subject?: string | null;
}

/** The cue kind of a word's first reading that is a cue, null for the many words that are none. */
const CUE_KIND = new WordMemo((w): CueKind | null => {
  const kinds = cueKinds();
  const key = w.keys.find(x => kinds.has(x));
  return key ? kinds.get(key)! : null;
});

function cueAt(d: Discourse, i: number): Cue | undefined {
  const kind = CUE_KIND.word(d, i);
  if (!kind) return undefined;
  const w = d.words[i];
  return { start: w.start, end: w.end, text: d.ctx.text.slice(w.start, w.end), kind, word: i };
}

/** Subject named by the verb's own clause: after it (VSO), or the name ending right before it (SVO). */
function namedSubject(d: Discourse, cue: Cue): Mention | undefined {
  const sentEnd = d.sentenceStart[d.words[cue.word].sentence + 1];
  const after = nameAfterTitles(d, cue.word + 1, 6, sentEnd);
  if (after && !isGoverned(d, after.word, after.mention)) return after.mention;
  if (cue.kind !== 'verb') return undefined;
  const sentFirst = d.sentenceStart[d.words[cue.word].sentence];
  // SVO: the name must be the last thing before the verb (a comma or an aside may intervene).
  for (let j = cue.word - 1; j >= sentFirst && j >= cue.word - 4; j--) {
    const m = d.mentionAt[j];
    if (m && m.type !== 'LOC' && !isGoverned(d, j, m)) return m;
    if (m) return undefined;
    if (COMPLEMENTISERS.has(d.words[j].key)) return undefined;
  }
  return undefined;
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

function findCues(ctx: ArticleContext, mentions: Mention[], quotes: Quote[], sources: NameSources): Cue[] {
  const d = discourse(ctx, mentions, sources);
  const out: Cue[] = [];
  let paragraph = 0;
  let seen = 0;
  let last: string | null = null;
  // The last speaker of the previous paragraph, for a paragraph that opens with وأضاف: «…» (no new subject named yet).
  let carried: string | null = null;
  let q = 0;
  for (let i = 0; i < d.words.length; i++) {
    const cue = cueAt(d, i);
    if (!cue) continue;
    // Speech verbs inside a quotation belong to the quoted speech, not to the article.
    while (q < quotes.length && quotes[q].end <= cue.start) q++;
    if (q < quotes.length && quotes[q].start <= cue.start && cue.end <= quotes[q].end) continue;
    while (paragraph < ctx.paragraphs.length - 1 && cue.start >= ctx.paragraphs[paragraph].end) paragraph++;
    if (paragraph !== seen) {
      carried = seen === paragraph - 1 ? last : null;
      seen = paragraph;
      last = null;
    }
    const named = namedSubject(d, cue);
    const opensParagraph = d.sentences[d.words[i].sentence].start === ctx.paragraphs[paragraph].start;
    if (named) cue.subject = named.entity;
    else if (cue.kind === 'according') cue.subject = null;
    else if (last) cue.subject = last;
    else if (opensParagraph) cue.subject = carried;
    else cue.subject = previousSentenceSubject(d, cue.word, ctx.paragraphs[paragraph]);
    if (cue.subject) last = cue.subject;
    out.push(cue);
  }
  return out;
}

/** The first person named as a subject in the previous sentence, when that sentence is in the same paragraph. */
function previousSentenceSubject(d: Discourse, word: number, para: Span | undefined): string | null {
  const s = d.words[word].sentence;
  if (s === 0 || !para || d.sentences[s - 1].start < para.start) return null;
  // Its subject comes early: look at its first words only.
  for (let j = d.sentenceStart[s - 1]; j < d.sentenceStart[s] && j < d.sentenceStart[s - 1] + 30; j++) {
    const m = d.mentionAt[j];
    if (m && m.type === 'PER' && !isGoverned(d, j, m)) return m.entity;
  }
  return null;
}

/** Fills `speaker` and `cue` of each quote from the nearest cue before it in its sentence, else right after it. */
export function attributeSpeakers(ctx: ArticleContext, quotes: Quote[], _entities: Entity[], mentions: Mention[], sources: NameSources = defaultSources()): void {
  if (!quotes.length) return;
  const d = discourse(ctx, mentions, sources);
  const cues = speechCues(ctx, mentions, quotes, sources);
  for (const q of quotes) {
    const qw = wordIndexAt(d, q.start);
    if (qw >= d.words.length) continue;
    // «…» after صحيفة، وكالة، حركة، الملقب بـ … is a name in quotation marks, not speech.
    if (qw > 0 && d.words[qw - 1].keys.some(k => NAME_HEADS.has(k))) continue;
    const sentence = d.words[qw].sentence;
    // The last cue ending before the quote (binary search; cues are in text order).
    const lo = partitionPoint(cues.length, k => cues[k].end <= q.start);
    const before = cues[lo - 1];
    let cue = before && d.words[before.word].sentence === sentence ? before : undefined;
    if (!cue) {
      // A cue right after the quote ("…"، قال فلان / بحسب فلان).
      let k = lo;
      while (k < cues.length && cues[k].start < q.end) k++;
      const after = cues[k];
      if (after && d.words[after.word].sentence === sentence && after.word - wordIndexAt(d, q.end) <= 2) cue = after;
    }
    if (!cue) continue;
    q.cue = { start: cue.start, end: cue.end, text: cue.text };
    q.speaker = cue.subject ?? null;
  }
}
