// Speech cues: the written forms of the speech verbs, their participles and
// "according to" words (generated once from the lexicon by the inflector), and
// the indefinite nouns that name a speaker no entity stands for.
import { wordKey } from './word-key';
import { COMPLEMENTISERS, PREPOSITION_WORD, WordMemo, nameAfterTitles, wordIndexAt, type Discourse } from './discourse';
import type { TextSpan } from '../types';
import { cueWords, speechVerbs } from '../lang/lexicon';
import { inflectArabicVerb } from '../lang/inflect';

export type CueKind = 'verb' | 'participle' | 'according';

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
  /** A verb whose letters are also a preposition (بين): the person right after it is its subject, not governed by it. */
  ambiguous?: boolean;
  /** A verb glued to و (وقال): it opens a coordinated clause, whose subject is never a name before it. */
  coordinated?: boolean;
  /** Entity id of the subject, once resolved. */
  subject?: string | null;
}

/** The cue form of a word's first reading that is one, null for the many words that are none. */
export const CUE_FORM = new WordMemo((w): CueForm | null => {
  const all = cueForms();
  // A form with the article is a noun (المتحدثة الرسمية: the spokeswoman; عدم الكشف), never a cue.
  const at = w.keys.findIndex((x, r) => all.has(x) && !w.prefixes[r].endsWith('ال'));
  return at >= 0 ? all.get(w.keys[at])! : null;
});

/** Word i is a speech verb (not a participle or "according to"), by its written form alone. */
export const isSpeechVerb = (d: Discourse, i: number): boolean => CUE_FORM.word(d, i)?.kind === 'verb';

let relayForms: Set<string> | undefined;
/** Verbs that relay another's words (نقلت الوكالة عن فلان): the speaker is the source after عن. */
export const RELAY = new WordMemo(w => {
  relayForms ??= new Set(keys(speechVerbs('ar').relays));
  return w.keys.some(k => relayForms!.has(k));
});
/** Word j is the preposition عن. */
export const isFrom = (d: Discourse, j: number): boolean => d.words[j].key === 'عن';

let namedSpeakerForms: Set<string> | undefined;
const BEFORE_NAMED_SPEAKER = new WordMemo(w => (namedSpeakerForms ??= new Set(keys(speechVerbs('ar').beforeNamedSpeaker))).has(w.key));
const AMBIGUOUS_VERB: CueForm = { kind: 'verb', feminine: false };

/** A verb whose letters are also another word (بين) speaks only with a person right after it and then what is said (أن، إن، a colon). */
function speaksForNamed(d: Discourse, i: number): boolean {
  const end = d.sentenceStart[d.words[i].sentence + 1];
  const named = nameAfterTitles(d, i + 1, 6, end);
  if (named?.mention.type !== 'PER') return false;
  const j = wordIndexAt(d, named.mention.end);
  // An apposition closed by commas may stand between (فلان، رئيس الغرفة، أن).
  for (let t = j; t < end && t <= j + 12; t++) {
    if (COMPLEMENTISERS.has(d.words[t].key) || d.words[t].gap.includes(':')) return t === j || /[،,]/.test(d.words[t].gap) || d.words[t].gap.includes(':');
  }
  return false;
}

export function cueAt(d: Discourse, i: number): Cue | undefined {
  const form = CUE_FORM.word(d, i) ?? (BEFORE_NAMED_SPEAKER.word(d, i) && speaksForNamed(d, i) ? AMBIGUOUS_VERB : null);
  if (!form) return undefined;
  // After a preposition the perfect's letters are its verbal noun (تعود إلى كشف فلان): no one speaks.
  if (form.kind === 'verb' && !form.imperfect && i > 0 && d.words[i - 1].sentence === d.words[i].sentence && PREPOSITION_WORD.word(d, i - 1)) return undefined;
  const w = d.words[i];
  // The whole word a form of its own (وصف، وعد) is a verb that starts with و, not a verb after و.
  const coordinated = form.kind === 'verb' && w.key.startsWith('و') && !cueForms().has(w.key);
  return { start: w.start, end: w.end, text: d.ctx.text.slice(w.start, w.end), kind: form.kind, feminine: form.feminine, imperfect: form.imperfect, plural: form.plural, coordinated, ambiguous: form === AMBIGUOUS_VERB || undefined, word: i };
}

/** Indefinite nouns for unnamed people (مصادر، خبراء، أحد): a subject, but no entity. */
export const UNNAMED = new WordMemo(w => {
  // An official with the article (وقال المتحدث) is a title that refers back to someone named: not unnamed;
  // a group with the article (وقال المواطنون) is still no one entity.
  unnamedWords ??= new Set([...keys(cueWords('ar').unnamedSpeakers), ...keys(cueWords('ar').officials).filter(k => !k.startsWith('ال'))]);
  unnamedGroups ??= new Set(keys(cueWords('ar').unnamedGroups));
  return unnamedWords.has(w.key) || unnamedGroups.has(w.key) || (w.key.startsWith('ال') && unnamedGroups.has(w.key.slice(2)));
});
let unnamedWords: Set<string> | undefined;
let unnamedGroups: Set<string> | undefined;
