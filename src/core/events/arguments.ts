// Who, to whom, where and when for one event frame.
//  - Actors: the named subject after a verb (VSO, titles skipped) or the nearest
//    subject before it in its clause (a bare kind noun there, وتصدت القوات, is the
//    body it names again: body-references.ts); a dual/plural verb takes the coordinated
//    names (بوتين وماكرون يدعوان); a reported clause (أن/بأن …) is searched on
//    its own and a pronoun subject (بأنه، بلاده) is the reporter; first-person
//    acts inside a quotation are the speaker's; reciprocal acts add "بين X وY"
//    and "مع X"; a noun as a circumstance (بعد زيارة X، في ختام الحوار) is the clause
//    subject's; a nisba (مسيّرات تركية تنفذ) names no actor: the nationality describes
//    a doer left unnamed, as news annotation reads it.
//    A place does not visit: one found as a visit's actor is the place visited; only a
//    state acts as a place (NameSources.actsAsState).
//  - The reporter of a أن clause and its pronoun subject: reported-clauses.ts; an event noun's own agent: noun-agents.ts.
//  - Subjects named before the clause (the nearest person, the last sentence's subject): earlier-subjects.ts.
//  - Partners, targets, location and time: setting.ts.
import { PREPOSITION_WORD, WordMemo, isGoverned, isTitleWord, nameAfterTitles, wordIndexAt, type Discourse } from '../recognize/discourse';
import type { Cue } from '../recognize/speakers';
import type { DateExpr, Entity, Mention } from '../types';
import type { EventFrame } from './triggers';
import { eventWords } from './words';
import { isViolent } from './typing';
import { PRONOUN_OBJECT, agentPhrase, apposedPerson, frontedSubject, hasWord, isResumed, isImpersonal, oneClause, openingSubject, priorSubject, relativeClauseBefore, relativeSubject, sentenceSubject, subjectAfterPhrase, unitOwner } from './roles';
import { nounAgent, relativeClauseAgent } from './noun-agents';
import { partitionPoint } from '../text/search';
import { lastOfChain } from '../recognize/subject-chain';
import { isOfficialsBody, officialsBody } from '../recognize/officials';
import { definiteNounAt, type ShortReferences } from '../recognize/short-references';
import { personCountries, titleSubject } from './own-country';
import { coordinated, withCompanions } from './coordination';
import { bodyFirst } from '../recognize/byline';
import { classifierKinds, officeHolder, personAfter } from './office-holders';
import { eventLocation, eventTargets, eventTime, inDate, partners } from './setting';
import { personBefore, previousSubject, subjectAt } from './earlier-subjects';
import { COMPLEMENT_OPENER, ReportedClauses, SAYING, WINDOW } from './reported-clauses';
import { TitleHolders, opensWithOffice, titlePhraseAt } from './title-holders';
import { isReceptionFrame, receptionGuest, receptionHost } from './receptions';
import { judgement } from './judgements';
import { isCircumstance, sayingAfter } from './circumstances';

export interface EventArguments {
  actors: string[];
  targets: string[];
  location: string | null;
  time: string | null;
  source: string | null;
}

/** CAMEO's "make a visit": its actor is who travels. */
const VISIT = '042';
// Per written word, not per occurrence: arguments are searched in windows of dozens of words around every trigger.
const PRONOUN_SUBJECT = new WordMemo(w => w.keys.some(k => eventWords('reportedSubjects').has(k) || eventWords('ownCountry').has(k)));
const PREPOSITION_BEFORE = new WordMemo(w => w.keys.some(k => eventWords('circumstancePrepositions').has(k)));
/** إلى written alone before a reciprocal noun: the goal of the clause's verb (توصل إلى اتفاق). */
const GOAL_PREPOSITION = new WordMemo(w => eventWords('goalPrepositions').has(w.key));
/** A place noun with a preposition glued on (بمحافظة، لمدينة، بمنطقة): the name after it is governed. */
const GLUED_PLACE_NOUN = new WordMemo(w => w.keys.some((k, r) => r > 0 && /[بل]$/.test(w.prefixes[r]) && !/ال$/.test(w.prefixes[r]) && eventWords('placeMarkers').has(k)));
/** A word with a preposition glued on before the article (بالعضو، للوزير، كالرئيس): the letters are morphology. */
const GOVERNED_TITLE = /^[وف]?(?:بال|لل|كال)/;
/** A kind noun left outside the name it classifies (تنظيم X، دولة X, indefinite in construct): the name is the subject. */
const CLASSIFIER = new WordMemo(w => classifierKinds().has(w.key));

/** Entity ids of `mentions` appended to `into`, each once, in order (a handful each: a scan beats a Set). */
function addEntities(into: string[], mentions: ReadonlyArray<{ mention: Mention }>): string[] {
  for (const x of mentions) addEntity(into, x.mention.entity);
  return into;
}

function addEntity(into: string[], id: string): string[] {
  if (!into.includes(id)) into.push(id);
  return into;
}

export class ArgumentFinder {
  private readonly kbEntityByKbId = new Map<string, string>();
  private readonly typeOf = new Map<string, string>();
  /** Places that never act: towns, provinces, villages (NameSources.actsAsState). */
  private readonly mere = new Set<string>();
  /** Person entity id → the country his title names by its nisba, built on first use. */
  private countries: Map<string, string> | undefined;
  private readonly reports: ReportedClauses;
  private titles: TitleHolders | undefined;

  constructor(
    private readonly d: Discourse,
    entities: Entity[],
    private readonly dates: DateExpr[],
    private readonly cues: Cue[],
    private readonly refs: ShortReferences,
    private readonly mentions: readonly Mention[],
  ) {
    this.reports = new ReportedClauses(d, cues);
    for (const e of entities) {
      if (e.kb?.id) this.kbEntityByKbId.set(e.kb.id, e.id);
      this.typeOf.set(e.id, e.type);
      // Only a state acts as a place: a town where a subject would stand is where something happened (حيث استهدف …
      // بقرية X), or a body of it left unnamed («محلي X» يطالب). A place named by hand (no link) is looked up by its name.
      if (e.type === 'LOC' && !d.sources.actsAsState(e.kb?.id, e.name)) this.mere.add(e.id);
    }
  }

  find(f: EventFrame): EventArguments {
    const d = this.d;
    const { first, complementiser } = this.reports.clause(f);
    const source = this.reports.reporter(complementiser);
    const sEnd = Math.min(d.sentenceStart[d.words[f.from].sentence + 1], f.to + WINDOW);
    if (f.judgement) return judgement(d, this.dates, f, first, source);
    const host = isReceptionFrame(d, f) ? receptionHost(d, f, sEnd) : undefined;
    if (host) {
      const actors = [host.entity];
      const guest = receptionGuest(d, f, sEnd, j => this.titledAt(j, sEnd));
      return { actors, targets: guest && guest !== host.entity ? [guest] : [], location: eventLocation(d, f, first, sEnd, actors), time: eventTime(d, this.dates, f), source: null };
    }
    // Inside a quotation the clause starts at the opening mark; only a first-person act there is the speaker's (no agent is no agent).
    const quoteFirst = f.quote ? Math.max(first, wordIndexAt(d, f.quote.start)) : first;
    let actors = this.agents(f, quoteFirst, sEnd, first);
    const pronoun = (j: number): boolean => j >= 0 && j < d.words.length && PRONOUN_SUBJECT.word(d, j);
    // An impersonal report (تم اعتقال) has no subject to stand in for: only من قبل names its agent.
    const open = !actors.length && !isImpersonal(d, f);
    const subject = [first, f.to, f.from - 1, ...(f.to - f.from > 1 ? [f.from + 1] : [])].find(pronoun);
    // A clause's opening pronoun before a quotation (أشار إلى أنه «في أكثر الهجمات …») stands for no one: the act
    // further in is not the reporter's.
    const quoted = subject === first && !!f.quote && wordIndexAt(d, f.quote.start) > first;
    if (open && subject !== undefined && !quoted) {
      // Of another gender than the reporter, the pronoun is the man or woman last named (قالت الصحف إنه تزعم …).
      const other = source !== null && this.reports.otherThanReporter(subject, complementiser);
      actors = source && !other ? [source] : personBefore(d, f, other ? 1 : 0, WINDOW).filter(id => id !== source);
      if (hasWord(d, subject, 'ownCountry')) actors = actors.map(id => this.countryOf(id) ?? id);
      // A bombing or a killing further on in the أن clause of a person who says it (أوضح المتحدث فلان أنه عند
      // وصول الدورية … بادر من فيها بتفجيرها) is told by him, not done: the clause's opening pronoun is not he.
      if (subject === first && !f.verbal && isViolent(f.cameo)) actors = actors.filter(id => !this.reports.says(first, id));
    }
    if (open && !actors.length && f.verbal && f.number === '1' && f.quote?.speaker) actors = [f.quote.speaker];
    if (open && !actors.length && hasWord(d, d.sentenceStart[d.words[f.from].sentence], 'heOpeners')) actors = personBefore(d, f, 1, WINDOW);
    // A sentence that opens with the verb and a complement, with no subject between, goes on about the last one's subject
    // (أدان الأمين العام فلان الهجوم. وطالب بمحاسبة …); a noun after the verb is its own subject, named or not (وطالبت لجنة …),
    // also inside a phrase that opens with the verb (وأطلقت الشرطة النار على …).
    if (open && !actors.length && f.verbal && !f.participle && f.number === 's' && !f.quote && f.from === d.sentenceStart[d.words[f.from].sentence] &&
      f.head + 1 < sEnd && COMPLEMENT_OPENER.word(d, f.head + 1)) actors = previousSubject(d, f);
    if (f.mutual) {
      const all: string[] = [];
      for (const id of actors) addEntity(all, id);
      for (const id of partners(d, f, sEnd)) addEntity(all, id);
      actors = all;
    }
    // A place does not visit: one found as a visit's actor (وزار قطر، كان يزور سنغافورة) is the place visited.
    const visited = f.cameo === VISIT ? actors.filter(id => this.typeOf.get(id) === 'LOC') : [];
    if (visited.length) actors = actors.filter(id => !visited.includes(id));
    if (this.mere.size) actors = actors.filter(id => !this.mere.has(id));
    const location = eventLocation(d, f, first, sEnd, actors);
    const targets = f.mutual ? [] : eventTargets(d, f, sEnd, actors, location);
    if (!targets.length) for (const id of visited) if (id !== location) addEntity(targets, id);
    return { actors, targets, location, time: eventTime(d, this.dates, f), source: source && !actors.includes(source) ? source : null };
  }

  /** The agent by the clause's structure (roles.ts); verbs fall back to the subject search. */
  private agents(f: EventFrame, first: number, sEnd: number, clauseFirst = first): string[] {
    const d = this.d;
    // A verb form right after a preposition or time word (خلال قصف للقوات X، عن دعم X لـY) is its verbal noun: an agent
    // in the noun's own phrase acts; without one the clause's subject took part (تشارك X في شن غارات), as for the verb.
    // After another preposition only a name right after it is read so (عن دعم إيران لـX، من طرد التنظيم).
    const nameAfter = f.to < sEnd && d.mentionAt[f.to]?.start === d.words[f.to].start && oneClause(d, f.from, f.to);
    const noun = f.from > 0 && (PREPOSITION_BEFORE.word(d, f.from - 1) || (nameAfter && PREPOSITION_WORD.word(d, f.from - 1)));
    if (f.verbal && !f.participle && noun && oneClause(d, f.from - 1, f.from)) {
      const agent = nounAgent(d, { ...f, verbal: false }, sEnd, j => this.bodyAt(j)?.mention);
      if ('mentions' in agent && agent.mentions.length) return agent.mentions.map(m => m.entity);
      // A name right after it that the noun takes as its patient (في طرد الحوثيين، على قتل فلان) is no subject after a verb.
      if ('mentions' in agent && nameAfter) return [];
    }
    if (isImpersonal(d, f)) {
      const by = agentPhrase(d, f, sEnd);
      return by ? [by.entity] : [];
    }
    if (f.participle) {
      // The participle's subject is the main clause's: the speaker of the cue before it, else the sentence's subject.
      const lo = partitionPoint(this.cues.length, k => this.cues[k].word < f.from);
      const cue = this.cues[lo - 1];
      const main = cue?.subject && d.words[cue.word].sentence === d.words[f.from].sentence ? cue.subject : sentenceSubject(d, f.from)?.entity;
      // A plural or dual participle (مطالبين) agrees with a group, never with one person: then the subject is unnamed.
      return main && !((f.number === 'p' || f.number === 'd') && this.typeOf.get(main) === 'PER') ? [main] : [];
    }
    if (f.verbal) {
      // A passive verb names its agent with من قبل / على يد (اعتقل الصحفي من قبل الشرطة), whatever stands after the verb;
      // past a comma the phrase is another act's (يريد قتل X، بعد اتهامه من قبل Y).
      let comma = f.to;
      while (comma < sEnd && !/[،,]/.test(d.words[comma].gap)) comma++;
      const by = agentPhrase(d, f, comma);
      if (by) return [by.entity];
      // A pronoun subject right before the verb (وإنها تدعم قوات X، أنه التقى الوزير فلان) makes the name after it the object:
      // the pronoun is resolved as a reported subject (find()).
      if (f.from > 0 && PRONOUN_SUBJECT.word(d, f.from - 1) && oneClause(d, f.from - 1, f.from)) return [];
      const holder = titleSubject(d, f, first, this.kbEntityByKbId, id => this.typeOf.get(id) === 'LOC');
      if (holder) return [holder];
      const prior = priorSubject(d, f) ?? frontedSubject(d, f);
      if (prior) return [prior.entity];
      // A sentence that opens with its subject (الجبوري يطالب العبادي): a name after the verb is its object, or on a
      // reciprocal act its partner (فلان التقى فلانا).
      const opening = f.quote ? undefined : openingSubject(d, f, j => inDate(this.dates, d.words[j].start));
      // Unnamed, it may be a bare kind noun naming a body again (والقوات صدت).
      if (opening === null) {
        const titled = this.titleHolder(bodyFirst(d, f.from), f.from, f.from);
        if (titled) return [titled];
        for (let j = bodyFirst(d, f.from); j < f.from; j++) {
          const body = this.bodyAt(j);
          if (body) return [body.mention.entity];
        }
        return [];
      }
      if (opening) {
        // An office over a place or body (مدير تعليم المدينة يستقبل) is held by a person: the place is no actor.
        if (opening.mention.type !== 'PER' && opensWithOffice(d, bodyFirst(d, f.from), opening.word)) return [];
        // A dual or plural verb takes the names coordinated before it (عضوا الشرف فلان وفلان يدعمان).
        const group = f.number === 'd' || f.number === 'p' ? coordinated(d, opening.word, -1, 3) : [];
        const out: string[] = [];
        // Its first part may be a title alone (ولي العهد وفلان يبحثان).
        const lead = group.length ? group[group.length - 1].word : opening.word;
        const titled = (f.number === 'd' || f.number === 'p') && /^و/.test(d.words[lead].key) ? this.titleHolder(bodyFirst(d, f.from), f.from, lead) : undefined;
        if (titled) out.push(titled);
        for (let g = group.length - 1; g >= 0; g--) addEntity(out, group[g].mention.entity);
        addEntity(out, opening.mention.entity);
        const partner = f.mutual ? this.vso(f, sEnd) : undefined;
        return partner ? addEntity(out, partner.mention.entity) : out;
      }
      // A name after the verb is its subject in a relative clause whose pronoun takes the antecedent up (التي وعد بها
      // الرئيس X، الذي زاره X); with none the antecedent is the subject and that name the object (فلان الذي اتهم X).
      // Taken up, the antecedent is the object (البلدة التي دمرتها المعارك): the subject is named after the verb or not at all.
      // An antecedent that is no name leaves a person after the verb its subject, the pronoun further on (التي رفض فلان
      // التدخل فيها), while a place or body there is the object (الذين يزورون X).
      const relative = relativeSubject(d, f);
      if (relative === undefined) return this.carried(f, first, sEnd) ?? this.subjects(f, first, sEnd);
      if (isResumed(d, f, sEnd)) return this.vso(f, sEnd) ? this.subjects(f, first, sEnd) : [];
      if (relative) return [relative.entity];
      return this.vso(f, sEnd)?.mention.type === 'PER' ? this.subjects(f, first, sEnd) : [];
    }
    const named = relativeClauseAgent(d, f, sEnd);
    if (named) return [named.entity];
    // A reciprocal noun as a circumstance of the clause (اقترح في مكالمة مع …) or its goal (توصل X إلى اتفاق): the
    // clause's subject took part. Not after على, as often a place or rank (على قمة) or an approval (وافق المجلس على اتفاق).
    if (f.mutual && f.from > 0 && (PREPOSITION_BEFORE.word(d, f.from - 1) || GOAL_PREPOSITION.word(d, f.from - 1))) return this.subjects(f, first, sEnd);
    // A title phrase in construct with the noun (زيارة ولي العهد) names its holder as a body's kind noun names the body.
    const agent = nounAgent(d, f, sEnd, j => this.bodyAt(j)?.mention ?? this.titledAt(j, sEnd));
    if ('mentions' in agent) return agent.mentions.map(m => m.entity);
    if ('unmarked' in agent) {
      // A quotation that opens at the noun is the occasion's name (في ختام "الحوار الاستراتيجي"): its clause is outside.
      const outer = f.quote && wordIndexAt(d, f.quote.start) === f.from ? clauseFirst : first;
      // So is the purpose of the clause (استخدمت القوات القوة لاعتقال …، قدم فلان مشروعا لفرض عقوبات).
      return isCircumstance(d, f, outer) || f.purpose ? this.clauseSubject(f, outer, sEnd) : [];
    }
    const v = agent.supportVerb;
    const support: EventFrame = { ...f, head: v, from: v, to: v + 1, verbal: true, participle: false };
    // A support verb in a relative clause has the antecedent as subject (طيران التحالف الذي شن غارات).
    const antecedent = relativeSubject(d, support);
    if (antecedent) return [antecedent.entity];
    return this.subjects(support, first, sEnd);
  }

  /**
   * A verb joined by و, ف or ثم to a sentence that opened with a verb and its named subject (وصل الوزير فلان إلى
   * المدينة والتقى الرئيس فلانا) goes on with that subject; a name after it is its object, or on a reciprocal
   * act its partner. Not when a pronoun on the verb makes the name after it the subject (واستقبله الوزير فلان).
   */
  private carried(f: EventFrame, first: number, sEnd: number): string[] | undefined {
    const d = this.d;
    const body = bodyFirst(this.d, f.from);
    if (f.number !== 's' || f.quote || f.possessed || first !== body || f.from <= body + 1 || d.mentionAt[body]) return undefined;
    if (!/^[وف]/.test(d.ctx.text.slice(d.words[f.from].start, f.start)) && !hasWord(d, f.from - 1, 'sequenceWords')) return undefined;
    const main = nameAfterTitles(d, body + 1, 3, f.from);
    // A place is as often where the sentence opens (وفي المدينة، تسعى …); a relative clause between has its own subject.
    if (!main || main.mention.type === 'LOC' || isGoverned(d, main.word, main.mention) || !oneClause(d, body, main.word)) return undefined;
    for (let j = main.word + 1; j < f.from; j++) if (hasWord(d, j, 'relativePronouns')) return undefined;
    const out = [main.mention.entity];
    const after = f.mutual ? this.vso(f, sEnd) : undefined;
    return after ? addEntity(out, after.mention.entity) : out;
  }

  /** A circumstance's doer: the clause's subject (وصل الوزير فلان بعد زيارة X), or a title right after its verb that stands for one named before (وتابع الوزير الأميركي في ختام …). */
  private clauseSubject(f: EventFrame, first: number, sEnd: number): string[] {
    const found = this.subjects(f, first, sEnd);
    if (found.length) return found;
    const noun = definiteNounAt(this.d, first + 1, f.from);
    const referent = noun && this.refs.resolve(noun, this.d.words[first].start);
    if (referent) return [referent];
    const speaker = sayingAfter(this.d, this.cues, f, first);
    return speaker ? [speaker] : [];
  }

  /** The subject right after the verb (titles skipped; a pronoun object or the date may stand between: وعد بها الرئيس). */
  private vso(f: EventFrame, sEnd: number): { mention: Mention; word: number } | undefined {
    const d = this.d;
    if (!f.verbal || f.participle) return undefined;
    let k = f.head + 1;
    while (k < sEnd && k < f.head + 4 && (PRONOUN_OBJECT.test(d.words[k].key) || inDate(this.dates, d.words[k].start))) k++;
    if (k + 1 < sEnd && !d.mentionAt[k] && CLASSIFIER.word(d, k) && oneClause(d, k, k + 1) && d.mentionAt[k + 1]?.start === d.words[k + 1].start) k++;
    // A spokesman or official of a body named right after it (المتحدث باسم الوزارة العقيد فلان) is that person.
    const body = officialsBody(d, k, sEnd);
    if (body) return personAfter(d, body.mention, sEnd) ?? body;
    const after = nameAfterTitles(d, k, 5, sEnd) ?? officeHolder(d, k, sEnd)
      ?? (k < sEnd ? unitOwner(d, k, sEnd, false, f.number !== 'p' && f.number !== 'd') ?? this.bodyAt(k, f.to) : undefined) ?? subjectAfterPhrase(d, f, k, sEnd)
      ?? apposedPerson(d, k, sEnd);
    // A unit's body further on is governed by its ل (طائرات تابعة للتحالف) and stays; a title with a preposition glued
    // on (التقى بالعضو فلان، للوزير فلان) governs the name after it.
    if (!after || (after.word <= k + 1 && isGoverned(d, after.word, after.mention, f.to))) return undefined;
    for (let j = k; j < after.word; j++) if (GOVERNED_TITLE.test(d.words[j].text)) return undefined;
    // A body or place describing the subject's office (خطيب جمعة المدينة فلان، مدير المرصد فلان): the person at the chain's end acts.
    // A person found first stays: a second one after it is the object (استقبل الرئيس فلان الوزير فلانا).
    // A body named again (bodyAt) or owning a unit stands where it was named: no chain to walk here.
    // A body right after the verb, with no office before it, is the subject itself: a person after it is the object
    // (اعتقلت الشرطة المغربي فلانا).
    if (after.mention.type === 'PER' || d.mentionAt[after.word] !== after.mention || (after.word === k && after.mention.type === 'ORG')) return after;
    const last = lastOfChain(d, after.mention, sEnd, j => SAYING.test(d.words[j].gap));
    return last === after.mention ? after : { mention: last, word: wordIndexAt(d, last.start) };
  }

  /** A bare kind noun at word j naming a body again (وتصدت القوات): that body, as if named there. */
  private bodyAt(j: number, floor = 0): { mention: Mention; word: number } | undefined {
    const mention = this.refs.bodies.at(this.d, j, floor);
    return mention ? { mention, word: j } : undefined;
  }

  private subjects(f: EventFrame, first: number, sEnd: number): string[] {
    const d = this.d;
    if (f.number === '1') return f.quote?.speaker ? [f.quote.speaker] : [];
    const plural = f.number === 'd' || f.number === 'p';
    if (f.verbal && !f.participle) {
      const after = this.vso(f, sEnd);
      if (after) {
        const out = [after.mention.entity];
        return plural ? addEntities(out, coordinated(d, after.word, 1, 3)) : out;
      }
    }
    const relative = relativeClauseBefore(d, f, first);
    for (let j = (relative ?? f.from) - 1; j >= first; j--) {
      // طائرات تابعة للتحالف تقصف: the unit's body, whose own name is governed by ل; والقوات تصدت: the body named before.
      const owner = unitOwner(d, j, f.from) ?? (plural ? undefined : this.bodyAt(j));
      if (owner) return [owner.mention.entity];
      const m = subjectAt(d, j) ?? (d.mentionAt[j] && isOfficialsBody(d, j) ? d.mentionAt[j] : undefined);
      if (!m) continue;
      // A name after بحسب / وفق (قد أحبطت - بحسب قناة X - …) is the report's source, never the actor.
      if (hasWord(d, j - 1, 'sourceMarkers') || hasWord(d, j - 2, 'sourceMarkers')) continue;
      // A name in construct with a preposition's object (غارات على مواقع X ودمرت …) is in that phrase too.
      // Only a preposition standing alone right before that noun (not a place noun: في المنطقة مثل X); a name joined by
      // و is no genitive but a new subject (وافق على العرض وفلان رفض).
      if (j - 1 > first && !d.mentionAt[j - 1] && !isTitleWord(d, j - 1) && oneClause(d, j - 2, j) && PREPOSITION_WORD.word(d, j - 2) &&
        !/و/.test(d.ctx.text.slice(d.words[j].start, m.start))) continue;
      // A place after a place noun with its preposition glued on (بمحافظة X، لمدينة X) is where, never who.
      if (j - 1 >= first && !d.mentionAt[j - 1] && GLUED_PLACE_NOUN.word(d, j - 1) && oneClause(d, j - 1, j)) continue;
      const group = coordinated(d, j, -1, 3);
      // A name coordinated with an object (بين أذربيجان وأرمينيا) is an object too.
      if (group.length && isGoverned(d, group[group.length - 1].word, group[group.length - 1].mention)) {
        j = group[group.length - 1].word;
        continue;
      }
      if (plural && !group.length && !withCompanions(d, m, f.from)) continue;
      const out: string[] = [];
      for (let g = group.length - 1; g >= 0; g--) addEntity(out, group[g].mention.entity);
      return addEntity(out, m.entity);
    }
    // A title with no name right after the verb (ودعا الرئيس المواطنين) is the person last named with it;
    // only when no subject stands before the verb, where the noun is as often the object (أقدم فلان على قتل العقيد).
    if (f.verbal && !f.participle) {
      const titled = this.titleHolder(f.head + 1, sEnd);
      if (titled) return [titled];
      const noun = definiteNounAt(d, f.head + 1, sEnd);
      const referent = noun && this.refs.resolve(noun, d.words[f.head].start);
      if (referent) return [referent];
    }
    return [];
  }

  /** The person named with the title phrase at word j (ending right before `until` when given), if the article names one. */
  private titleHolder(j: number, end: number, until?: number): string | undefined {
    return this.titledAt(j, end, until)?.entity;
  }

  private titledAt(j: number, end: number, until?: number): Mention | undefined {
    const phrase = titlePhraseAt(this.d, j, end, until);
    if (!phrase) return undefined;
    this.titles ??= new TitleHolders(this.d, this.mentions);
    return this.titles.resolve(phrase, this.d.words[j].start);
  }

  /** The country a person's title names by its nisba (own-country.ts), when the article names that country too. */
  private countryOf(person: string): string | undefined {
    if (this.typeOf.get(person) !== 'PER') return undefined;
    this.countries ??= personCountries(this.d, this.kbEntityByKbId);
    return this.countries.get(person);
  }
}
