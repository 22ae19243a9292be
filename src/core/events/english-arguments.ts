// Who did what to whom, where and when, in an English sentence: actors are the
// subject names before the trigger ("Armenia and Azerbaijan met"), or the
// agent after "by" in the passive; targets are names after it in the same
// clause; the place is a name after in/at/near; the time is the sentence's
// date nearest the trigger; a source is the one who says or is cited.
import type { ArticleContext } from '../text/context';
import type { DateExpr, Entity, Mention, Quote, Span } from '../types';
import { englishSpeechCues, type EnglishSpeech } from '../recognize/english-speakers';
import type { EnglishFrame } from './english-frames';
import type { NameSources } from '../recognize/sources';
import { cameoRoot } from './typing';
import type { EventArguments } from './arguments';
import { partitionPoint } from '../text/search';
import { alternation, lexicon } from '../lang/lexicon';
import { TitledPeople, titledSubjectAtEnd } from '../recognize/english-titled';

const lists = lexicon<Record<string, string[]>>('en', 'event-words');
const oneOf = (cls: string): string => alternation(lists[cls]);

const PLACE_PREP = new RegExp(`\\b(?:${oneOf('placePrepositions')})\\s+(?:the\\s+)?(?:(?:${oneOf('placeNouns')})\\s+of\\s+(?:the\\s+)?)?$`, 'i');
/** A comma, then words ending in "of" before a name: the name is inside an apposition (", head of the Y party,"). */
const APPOSITION_OPEN = /,\s+(?:[\p{Ll}-]+\s+){1,4}of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u;
/** A preposition governing a name, with a title or two between ("against President X"). */
const OBJECT_PREP = new RegExp(`\\b(?:${oneOf('objectPrepositions')})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}$`, 'iu');
const CLAUSE_BREAK = new RegExp(`[;:"“”«»]|\\b(?:${oneOf('clauseWords')})\\b|,\\s*(?!and\\b)`, 'i');
/** Between coordinated names, titles included: "Aliyev and Armenian Prime Minister Pashinyan". */
const COORDINATION = /^\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;
const SUBJECT_PRONOUN = new RegExp(`\\b(${oneOf('subjectPronouns')})\\s+(?:(?:${oneOf('pronounFillers')})\\s+)*$`, 'i');

/** What may stand between a name and a noun trigger it is the actor of: "Russia's attack", "Azerbaijani forces' shelling". */
const NOUN_MODIFIER = /^(?:['’]s?)?\s+(?:[\p{L}-]+['’]?\s+)?$/u;
let modifiedNoun: RegExp | undefined;
/** Names that only modify a following event noun ("the Geneva meeting") are no targets. */
function modifiesNoun(after: string): boolean {
  modifiedNoun ??= new RegExp(`^\\s+(?:${lexicon<{ modifiedNouns: string[] }>('en', 'event-words').modifiedNouns.join('|')})\\b`, 'i');
  return modifiedNoun.test(after);
}
/** Verbs that report an event ("urged X to withdraw" requests it, and is no source). */
const REPORTING = new RegExp(`^(?:${oneOf('reportingVerbs')})`, 'i');
/** A complementiser between a name and a trigger puts the trigger in a clause of its own. */
const COMPLEMENT = new RegExp(`\\b(?:${oneOf('complementisers')})\\s`, 'iu');
/** …with a word before the trigger: "the group that attacked" keeps its head noun as the subject. */
const COMPLEMENT_CLAUSE = new RegExp(`\\b(?:${oneOf('complementisers')})\\s+[\\p{L}\\p{N}]`, 'iu');
/** "talks in Beijing between …": a participant marker a few words after a meeting trigger. */
const PARTICIPANTS = new RegExp(`^(?:\\s+[\\p{L}\\p{N}'’.-]+){0,6}?\\s+(?:${oneOf('participantMarkers')})\\s`, 'u');
/** A contrasting clause after a comma ends what a cue before it reports. */
const REPORT_BOUNDARY = new RegExp(`[,;]\\s*(?:${oneOf('reportBoundaries')})(?![\\p{L}-])`, 'iu');
/** A plural noun of people between a place and the verb ("Baghdad protesters", "Moscow officials", "border troops"), listed or by its ending. */
const GROUP_NOUN_GAP = new RegExp(`^\\s+(?:${oneOf('groupNouns')}|\\p{Ll}[\\p{L}-]*(?:ers|ors|ists|ants|ents|ians|als|ies|ces|ops|ias|men))\\s+$`, 'u');
/** Title words, capitalised or listed (with "of the"), between a body and a person's name: "US Secretary of State X", "UN envoy X". */
const TITLE_GAP = new RegExp(`^\\s+(?:(?:\\p{Lu}[\\p{L}-]*|of|the|${oneOf('titles')}|${oneOf('titleModifiers')})\\s+){1,5}$`, 'u');
/** A dateline opening a sentence ("Gaza City - ", "NAIROBI, Kenya – ", "LIMA (Reuters) - "): where it was filed, no subject. */
const DATELINE = /^\s*(?:\p{Lu}[\p{L}.'’-]*[\s,]*){1,5}(?:\([^)]{1,30}\)\s*)?[-–—]\s/u;
const words = (s: string): number => (s.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length;

export class EnglishArgumentFinder {
  private readonly mentions: Mention[];
  private readonly byId: Map<string, Entity>;

  constructor(private readonly ctx: ArticleContext, entities: Entity[], mentions: Mention[], private readonly dates: DateExpr[], private readonly sources: NameSources) {
    this.mentions = [...mentions].sort((a, b) => a.start - b.start);
    this.byId = new Map(entities.map(e => [e.id, e]));
    this.titled = new TitledPeople(ctx.text, this.mentions, this.byId, sources);
  }

  private readonly titled: TitledPeople;

  private readonly sentenceMentions = new Map<number, Mention[]>();
  private readonly sentenceCues = new Map<number, EnglishSpeech[]>();

  /** Index of the first mention starting at or after `at`. */
  private firstFrom(at: number): number {
    return partitionPoint(this.mentions.length, k => this.mentions[k].start < at);
  }

  /** Mentions inside a sentence, computed once per sentence (an article has many frames per sentence). */
  private within(sentence: Span): Mention[] {
    let list = this.sentenceMentions.get(sentence.start);
    if (!list) {
      list = [];
      for (let i = this.firstFrom(sentence.start); i < this.mentions.length && this.mentions[i].start < sentence.end; i++) {
        if (this.mentions[i].end <= sentence.end) list.push(this.mentions[i]);
      }
      this.sentenceMentions.set(sentence.start, list);
    }
    return list;
  }

  private before(m: Mention, from: number): string {
    return this.ctx.text.slice(Math.max(from, m.start - 60), m.start);
  }

  /** A coordinated run of names ending at `last`, walking back over "and" and commas. */
  private group(inSentence: Mention[], last: number): Mention[] {
    const run = [inSentence[last]];
    let joined = false;
    for (let i = last - 1; i >= 0; i--) {
      const gap = this.ctx.text.slice(inSentence[i].end, run[0].start);
      if (!COORDINATION.test(gap)) break;
      joined ||= /\band\b/.test(gap);
      run.unshift(inSentence[i]);
    }
    // A list ends in "and" ("Russia, Turkey and Iran"); names joined by commas alone are an
    // apposition ("the envoy for the Middle East, Erik Lund,"): the last is the subject.
    return joined ? run : [run[run.length - 1]];
  }

  /**
   * "Azerbaijani forces shelled …": a demonym in the few words before a verb trigger stands for
   * its country when the article names that country (an entity id, never a new one).
   */
  private demonymActor(sentence: Span, f: EnglishFrame, floor: number): string | null {
    if (f.nominal) return null;
    const before = this.ctx.text.slice(Math.max(sentence.start, floor, f.start - 50), f.start);
    const words = before.match(/\p{Lu}\p{Ll}+(?=[\s-])/gu) ?? [];
    for (const w of words.reverse()) {
      const kb = this.sources.countryByDemonym(w)?.id;
      const entity = kb ? [...this.byId.values()].find(e => e.kb?.id === kb) : undefined;
      if (entity) return entity.id;
    }
    return null;
  }

  /** "UN chief urges …", "Iran's foreign minister called …": the titled person the article names, if any. */
  private titleActor(sentence: Span, f: EnglishFrame, floor: number): string | null {
    if (f.nominal) return null;
    const t = titledSubjectAtEnd(this.ctx.text.slice(Math.max(sentence.start, floor, f.start - 60), f.start));
    return t && this.titled.person(t);
  }

  private subject(sentence: Span, f: EnglishFrame, floor: number): Mention[] {
    const dateline = DATELINE.exec(this.ctx.text.slice(sentence.start, f.start));
    const from = Math.max(floor, sentence.start + (dateline?.[0].length ?? 0));
    const inSentence = this.within(sentence).filter(m => m.start >= from && m.end <= f.start);
    // A second verb of the clause ("X said … and urged") shares the clause's first subject.
    const coordinated = !f.nominal && /\band\s+$/.test(this.ctx.text.slice(Math.max(sentence.start, f.start - 8), f.start));
    for (let i = coordinated ? 0 : inSentence.length - 1; coordinated ? i < inSentence.length : i >= 0; coordinated ? i++ : i--) {
      const m = inSentence[i];
      const gap = this.ctx.text.slice(m.end, f.start);
      if (f.nominal && !NOUN_MODIFIER.test(gap)) return [];
      // "the Geneva talks": a place right before a noun trigger only modifies it; before a verb it is the subject ("the U.S. urged").
      if (f.nominal && /^\s+$/.test(gap) && this.byId.get(m.entity)?.type === 'LOC' && /\b(?:the|a|an)\s+$/i.test(this.before(m, sentence.start))) continue;
      // A place before the subject noun only says where they are from ("Baghdad protesters demanded"): never the actor.
      if (!f.nominal && this.byId.get(m.entity)?.type === 'LOC' && GROUP_NOUN_GAP.test(gap)) return [];
      if (words(gap) > 12 || /[;"“”«»]/.test(gap) || COMPLEMENT_CLAUSE.test(gap)) return [];
      // "…, according to Sergey Lavrov, who spoke by phone": the relative clause's subject.
      if (/^,?\s*who\s+(?:[a-z]+\s+)?$/.test(gap)) return [m];
      const prefix = this.before(m, sentence.start);
      if (PLACE_PREP.test(prefix) || OBJECT_PREP.test(prefix)) continue;
      // "X, head of the Y party, was arrested": a name inside the apposition only describes X.
      if (APPOSITION_OPEN.test(prefix) && /^[^,]*,/.test(gap)) continue;
      return this.group(inSentence, i).filter(g => !PLACE_PREP.test(this.before(g, sentence.start)));
    }
    return [];
  }

  /**
   * The sides a meeting or a fight names after "between": a meeting's people (its envoys), a
   * fight's bodies and countries (the army, the RSF; not the generals leading them), else the names there but places.
   */
  private participants(sentence: Span, f: EnglishFrame): string[] {
    const root = cameoRoot(f.cameo);
    if (root !== '04' && root !== '19') return [];
    const marker = PARTICIPANTS.exec(this.ctx.text.slice(f.end, sentence.end));
    if (!marker) return [];
    const from = f.end + marker[0].length;
    const end = this.ctx.text.slice(from, sentence.end).search(/[;:.!?]\s|[;:]|$/);
    const named = this.within(sentence).filter(m => m.start >= from && m.end <= from + end && !PLACE_PREP.test(this.before(m, from)));
    const preferred = named.filter(m => (this.byId.get(m.entity)?.type === 'PER') === (root === '04'));
    return [...new Set((preferred.length ? preferred : named).map(m => m.entity))];
  }

  /** Names after the trigger in its clause: objects, or the agent after "by" when `agent`. */
  private after(sentence: Span, f: EnglishFrame, agent: boolean): Mention[] {
    const out: Mention[] = [];
    let from = f.end;
    for (const m of this.within(sentence)) {
      if (m.start < f.end) continue;
      const gap = this.ctx.text.slice(from, m.start);
      if (out.length && !COORDINATION.test(gap)) break;
      if (!out.length && (words(gap) > 6 || CLAUSE_BREAK.test(gap))) break;
      const prefix = this.ctx.text.slice(f.end, m.start);
      if (!out.length && (PLACE_PREP.test(prefix) || /\bfrom\s+(?:the\s+)?$/i.test(prefix))) break;
      if (!out.length && agent !== /\bby\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(prefix)) {
        if (agent) continue;
        break;
      }
      if (!out.length && modifiesNoun(this.ctx.text.slice(m.end, m.end + 20))) break;
      // "met US Secretary of State X": the body only qualifies the titled person after it.
      if (!out.length && this.qualifiesPerson(m)) continue;
      out.push(m);
      from = m.end;
    }
    return out;
  }

  /** A body followed by capitalised title words and a person ("US Secretary of State X"). */
  private qualifiesPerson(m: Mention): boolean {
    const next = this.mentions[this.firstFrom(m.end)];
    return !!next && this.byId.get(next.entity)?.type === 'PER' && TITLE_GAP.test(this.ctx.text.slice(m.end, next.start));
  }

  private location(sentence: Span, f: EnglishFrame, exclude: Set<string>): string | null {
    const places = this.within(sentence).filter(m =>
      this.byId.get(m.entity)?.type === 'LOC' && !exclude.has(m.entity) &&
      PLACE_PREP.test(this.before(m, sentence.start)) && !(m.end <= f.start && COMPLEMENT.test(this.ctx.text.slice(m.end, f.start))));
    return places[0]?.entity ?? null;
  }

  private time(sentence: Span, f: EnglishFrame): string | null {
    const inSentence = this.dates.filter(d => d.start >= sentence.start && d.end <= sentence.end);
    inSentence.sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start));
    return inSentence[0]?.id ?? null;
  }

  /** He/she → the last person named before it; we/I inside a quote → its speaker. */
  private pronoun(sentence: Span, f: EnglishFrame, quote: Quote | null): string | null {
    const p = SUBJECT_PRONOUN.exec(this.ctx.text.slice(Math.max(sentence.start, f.start - 40), f.start));
    if (!p) return null;
    if (/^(?:we|i)$/i.test(p[1])) return quote?.speaker ?? null;
    for (let i = this.firstFrom(f.start) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.end <= f.start && this.byId.get(m.entity)?.type === 'PER') return m.entity;
    }
    return null;
  }

  private source(sentence: Span, f: EnglishFrame, actors: string[]): string | null {
    let all = this.sentenceCues.get(sentence.start);
    if (!all) {
      all = englishSpeechCues(this.ctx, this.byId, this.within(sentence), sentence, this.titled);
      this.sentenceCues.set(sentence.start, all);
    }
    const cues = all
      .filter(c => c.speaker && REPORTING.test(c.cue.text) && !actors.includes(c.speaker) && (/^according/i.test(c.cue.text) || (c.cue.end <= f.start && !REPORT_BOUNDARY.test(this.ctx.text.slice(c.cue.end, f.start))) || c.cue.start >= f.end));
    return cues[0]?.speaker ?? null;
  }

  find(sentence: Span, f: EnglishFrame, quote: Quote | null): EventArguments {
    const floor = quote && quote.start <= f.start ? quote.start : sentence.start;
    // A titled person the article names outranks the body in "UN chief urges"; without one the body is the subject.
    const titled = this.titleActor(sentence, f, floor);
    const subject = titled ? [] : this.subject(sentence, f, floor);
    const pronoun = subject.length || titled ? null : this.pronoun(sentence, f, quote);
    const demonym = subject.length || pronoun || titled ? null : this.demonymActor(sentence, f, floor);
    const subjects = subject.length ? subject.map(m => m.entity) : pronoun ? [pronoun] : titled ? [titled] : demonym ? [demonym] : [];
    const agent = f.passive ? this.after(sentence, f, true).map(m => m.entity) : [];
    const objects = this.after(sentence, f, false).map(m => m.entity);
    const participants = this.participants(sentence, f);
    const actors = participants.length ? participants : f.passive ? agent : subjects;
    const targets = (f.passive ? subjects : objects).filter(t => !actors.includes(t));
    const uniq = (ids: string[]): string[] => [...new Set(ids)];
    const taken = new Set([...actors, ...targets]);
    return {
      actors: uniq(actors),
      targets: uniq(targets),
      location: this.location(sentence, f, taken),
      time: this.time(sentence, f),
      // A noun trigger ("after the meeting") is a circumstance of the speech, not its content.
      source: quote || f.nominal ? null : this.source(sentence, f, actors),
    };
  }
}
