// Arabic people, places and organisations: gazetteer matches (linked to the
// knowledge base), rules and the trained tagger, trimmed to the mention
// convention, made flat, then spread over the whole article.
import type { ArticleContext } from '../text/context';
import type { Token } from '../text/tokens';
import { nameCandidate, type NameCandidate } from './candidate';
import { spreadNames } from './consistency';
import { recognizeEnglish } from './english';
import { resolveOverlaps } from './overlaps';
import { KeyTest } from './lexicon';
import { applyRules, type KnownName, type RuleEvidence } from './rules';
import { institutionReferences } from './institutions';
import { defaultSources, type NameSources } from './sources';
import type { NisbaLookup } from './titles';
import { gapAfter, lazyReadingFilter, readingsAt, tokenIndexAt } from './token-view';
import { kindWords } from './kind-words';
import { clubsByHead, clubsByNisba } from './clubs';
import { wordNamedBodies } from './word-names';
import { kindsWithRole, organisationKinds, placeKinds } from '../lang/lexicon';
import { matchKey } from '../text/normalize';
import { afterPreposition, trimCandidate, type TrimLexicon } from './trim';
import { overlapTest } from '../text/search';
import { namesNoOne } from './not-names';
import { isMaksuraTwin } from './maksura';

/**
 * The tagger sometimes opens a second name where one continues (ناجورنو | كاراباخ):
 * neighbouring spans of one type with only a space between, the second without
 * a glued conjunction or a preposition before the article (شارلوت | بالولايات المتحدة),
 * are one name.
 */
function joinNeighbours(ctx: ArticleContext, model: NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const c of [...model].sort((a, b) => a.start - b.start)) {
    const prev = out[out.length - 1];
    if (
      prev && prev.type === c.type && /^[ \u00a0]+$/.test(ctx.text.slice(prev.end, c.start)) &&
      !/^[وف]/.test(ctx.text.slice(c.start, c.end)) && !ctx.tokens[tokenIndexAt(ctx.tokens, c.start)].prefix
    ) {
      out[out.length - 1] = nameCandidate({ ...prev, end: c.end, confidence: Math.min(prev.confidence, c.confidence) });
    } else out.push(c);
  }
  return out;
}

/**
 * A tagged list of people (بوش وبلير، الحسن والحسين) is one name per person:
 * split before a glued و whose rest is a name word, unless the whole word is
 * a name as written (وليد).
 */
function splitConjoined(ctx: ArticleContext, model: NameCandidate[], sources: NameSources): NameCandidate[] {
  const { tokens } = ctx;
  const out: NameCandidate[] = [];
  for (const c of model) {
    let from = c.start;
    for (let i = tokenIndexAt(tokens, c.start) + 1; c.type === 'PER' && i < tokens.length && tokens[i].start < c.end; i++) {
      const key = tokens[i].key;
      if (key.length < 4 || key[0] !== 'و' || sources.isKnownName(key) || !sources.isNameWord(key.slice(1))) continue;
      out.push(nameCandidate({ ...c, start: from, end: tokens[i - 1].end }));
      from = tokens[i].start;
    }
    out.push(from === c.start ? c : nameCandidate({ ...c, start: from }));
  }
  return out;
}

/** Kind words in construct before a name say its type (صحيفة واشنطن بوست، فريق رينو، مدينة شارلوت). */
let kindTypes: Map<string, NameCandidate['type']> | undefined;
const typeOfKind = (): Map<string, NameCandidate['type']> =>
  (kindTypes ??= new Map([
    ...kindsWithRole(organisationKinds(), 'types').map(w => [matchKey(w), 'ORG'] as const),
    ...kindsWithRole(placeKinds(), 'types').map(w => [matchKey(w), 'LOC'] as const),
  ]));
const kindCue = new KeyTest(lazyReadingFilter(() => typeOfKind().keys()));

/**
 * A tagged name right after a kind word (quotes aside) takes the kind's type, and so do the
 * same words tagged elsewhere in the article without it (لحركة بوكو حرام … نشرت بوكو حرام).
 */
function typeByKind(ctx: ArticleContext, model: NameCandidate[]): NameCandidate[] {
  const { tokens, text } = ctx;
  const words = (c: NameCandidate): string => {
    const first = tokenIndexAt(tokens, c.start);
    let key = '';
    for (let i = first; i < tokens.length && tokens[i].start < c.end; i++) key += (key ? ' ' : '') + (i === first ? tokens[i].stemKey : tokens[i].key);
    return key;
  };
  const typed = new Map<string, NameCandidate['type']>();
  const out = model.map(c => {
    const j = tokenIndexAt(tokens, c.start) - 1;
    if (j < 0 || !kindCue.at(ctx, j) || !/^[ \u00a0«»"“”']+$/.test(text.slice(tokens[j].end, c.start))) return c;
    const type = readingsAt(ctx, j).map(r => typeOfKind().get(r.key)).find(Boolean);
    if (!type) return c;
    typed.set(words(c), type);
    return nameCandidate({ ...c, type, byKind: true });
  });
  if (!typed.size) return out;
  return out.map(c => {
    const type = c.byKind ? undefined : typed.get(words(c));
    return type ? nameCandidate({ ...c, type, byKind: true }) : c;
  });
}

/** A name in construct after these names a prize or a product (جائزة نوبل، طائرات من طراز بوينغ), not its person or maker. */
let thingKinds: Set<string> | undefined;
const thingKindSet = (): Set<string> => (thingKinds ??= new Set((organisationKinds().things?.entries ?? []).map(matchKey)));
const thingCue = new KeyTest(lazyReadingFilter(thingKindSet));

function namesAThing(ctx: ArticleContext, c: NameCandidate): boolean {
  const { tokens } = ctx;
  const j = tokenIndexAt(tokens, c.start) - 1;
  return j >= 0 && thingCue.at(ctx, j) && /^[ \u00a0]+$/.test(ctx.text.slice(tokens[j].end, c.start)) && readingsAt(ctx, j).some(r => thingKindSet().has(r.key));
}

/** Below this confidence a tagger span is dropped: as often wrong as right. */
const MIN_TAG = 0.55;
/** Below this confidence a tagger span made only of common words (طيب، هيكل) is dropped. */
const SURE_TAG = 0.8;

function onlyCommonWords(ctx: ArticleContext, c: NameCandidate, sources: NameSources): boolean {
  const { tokens } = ctx;
  for (let i = tokenIndexAt(tokens, c.start); i < tokens.length && tokens[i].start < c.end; i++) {
    if (!sources.isCommonWord(tokens[i].stemKey)) return false;
  }
  return true;
}

/**
 * What trimming and the rules ask of the name sources. A class, not an object of closures:
 * fresh closures per article are new call targets, which deoptimise the rules' loops.
 */
class TrimWords implements TrimLexicon {
  readonly nisbaOf: NisbaLookup;

  constructor(protected readonly sources: NameSources) {
    this.nisbaOf = sources.nisbaOf;
  }

  isKnownWord(key: string): boolean {
    return this.sources.isKnownName(key);
  }

  isCommonWord(key: string): boolean {
    return this.sources.isCommonWord(key);
  }

  isNameWord(key: string): boolean {
    return this.sources.isNameWord(key);
  }
}

/** Per-token evidence from the gazetteer and the tagger, for the rules. */
class Evidence extends TrimWords implements RuleEvidence {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly person: Uint8Array,
    private readonly knownEnd: Map<number, KnownName>,
    sources: NameSources,
  ) {
    super(sources);
  }

  isTaggedPerson(i: number): boolean {
    return this.person[i] === 1;
  }

  isNameToken(i: number): boolean {
    return this.person[i] === 1 || this.sources.isNameWord(this.tokens[i].key) || this.sources.isNameWord(this.tokens[i].stemKey);
  }

  knownNameEnd(i: number): KnownName | undefined {
    return this.knownEnd.get(i);
  }
}

function evidence(ctx: ArticleContext, gazetteer: NameCandidate[], model: NameCandidate[], sources: NameSources): RuleEvidence {
  const { tokens } = ctx;
  const person = new Uint8Array(tokens.length);
  const knownEnd = new Map<number, KnownName>();
  const each = (c: NameCandidate, f: (i: number) => void) => {
    for (let i = tokenIndexAt(tokens, c.start); i < tokens.length && tokens[i].start < c.end; i++) f(i);
  };
  for (const c of model) if (c.type === 'PER') each(c, i => (person[i] = 1));
  for (const c of gazetteer) {
    if (c.type === 'PER') each(c, i => (person[i] = 1));
    const first = tokenIndexAt(tokens, c.start);
    const end = tokenIndexAt(tokens, c.end - 1) + 1;
    const prev = knownEnd.get(first);
    if (!prev || prev.end < end) knownEnd.set(first, { end, type: c.type, linked: true, afterClitic: c.start !== tokens[first].start });
  }
  // Where the knowledge base is silent, the tagger's places and organisations count as known names.
  for (const c of model) {
    const first = tokenIndexAt(tokens, c.start);
    if (c.type !== 'PER' && !knownEnd.has(first)) knownEnd.set(first, { end: tokenIndexAt(tokens, c.end - 1) + 1, type: c.type });
  }
  return new Evidence(tokens, person, knownEnd, sources);
}

/**
 * An organisation or place (known or tagged) whose name starts with the article or a keeper noun, after
 * a kind that stays inside before one (حركة الجهاد …، وكالة أنباء …، ساحة التحرير): the kind word belongs to the name.
 */
function withKindBefore(ctx: ArticleContext, found: NameCandidate[]): NameCandidate[] {
  const { tokens } = ctx;
  return found.map(c => {
    const i = tokenIndexAt(tokens, c.start);
    if (c.type === 'PER' || i < 1 || c.start !== tokens[i].start || !(tokens[i].key.startsWith('ال') || kindWords().kindKeepers.has(tokens[i].key)) || gapAfter(ctx, i - 1) !== 'space') return c;
    const kind = wholeKindCue(tokens[i - 1].key) ? readingsAt(ctx, i - 1).find(r => kindWords().wholeWithArticle.has(r.key)) : undefined;
    return kind ? nameCandidate({ ...c, start: tokens[i - 1].start + kind.offset }) : c;
  });
}
const wholeKindCue = lazyReadingFilter(() => kindWords().wholeWithArticle);

/**
 * One-word knowledge-base places that are also ordinary words (الجديدة، المهرة،
 * لحج in للحج, البريطانية as a country alias) count only where the tagger also
 * sees a name there.
 */
function trustedGazetteer(ctx: ArticleContext, gazetteer: NameCandidate[], model: NameCandidate[], sources: NameSources): NameCandidate[] {
  const { tokens } = ctx;
  const tagged = overlapTest(model);
  const orgAt = sureOrganisations(ctx, model);
  return gazetteer.filter(c => {
    if (c.type !== 'LOC') return true;
    const i = tokenIndexAt(tokens, c.start);
    const last = tokenIndexAt(tokens, c.end - 1);
    if (c.subtype !== 'country' && orgAt.get(i) === last && !afterDirection(ctx, i)) return false;
    if (i !== last) return true;
    if (c.subtype !== 'division' && !sources.nisbaOf(tokens[i].stemKey)) return true;
    return tagged(c);
  });
}

/** A direction or nearness noun before token i (شمال الجزيرة، بشرق X، قرب X): what follows is a place, whatever the tagger's type. */
function afterDirection(ctx: ArticleContext, i: number): boolean {
  return i > 0 && gapAfter(ctx, i - 1) === 'space' && readingsAt(ctx, i - 1).some(r => kindWords().notPlaceNames.includes(r.key));
}

/** A future verb (ستتناول، سيقوم) or a word with a possessive pronoun (نهاره، بلادهم): the tagger ran the name into the next word. */
const NOT_UNKNOWN_NAME = /^س[يتن][^ياو]|.ه(?:ا|م|ما)?$/;

/** The comparison proclitic ك (كلاوس is no ك + لاوس): a foreign name's first letter, seldom "like" before a place. */
const LIKE = 'ك';

/**
 * A knowledge-base person inside a tagged person whose extra words are plain
 * name words (وليام غالاس around غالاس, عبد العاطي إيكيدير around عبد العاطي)
 * gives way to the fuller name; a word no list knows counts too (foreign given
 * names and family names are missing from every list, and the tagger reads them
 * as the person's). Extra common words, article words, future verbs, words with a
 * possessive pronoun or a glued conjunction (بوتين المغمور، ومعالي محمد بن عيسى) do not count.
 * Nor does a known place or body read behind ك at the start of a tagged person of two words or more.
 */
function behindLike(ctx: ArticleContext, g: NameCandidate, personAt: Map<number, [number, number]>): boolean {
  const i = tokenIndexAt(ctx.tokens, g.start);
  const person = personAt.get(i);
  const tok = ctx.tokens[i];
  return !!person && person[0] === i && person[1] > i && g.start === tok.start + 1 && tok.text.startsWith(LIKE) && g.end <= tok.end;
}

/**
 * A town or province no bigger than one word, not a country: inside a tagged person whose other words are
 * plain name words it is the person's family or given name (علي سعيد الأحمدي، أريانا هافينغتون).
 */
const townInPerson = (g: NameCandidate): boolean => g.type === 'LOC' && g.subtype !== 'country';

function withinTaggedPerson(ctx: ArticleContext, gazetteer: NameCandidate[], model: NameCandidate[], sources: NameSources): NameCandidate[] {
  const { tokens } = ctx;
  const plainName = (i: number): boolean => {
    const t = tokens[i];
    // علي written with ي is the name, not the preposition the folded key shares.
    if (isMaksuraTwin(ctx, i)) return true;
    return /^\p{Script=Arabic}+$/u.test(t.text) && !t.prefix && !/^(?:ال|[وف])/.test(t.key) && !sources.isCommonWord(t.key) && (sources.isNameWord(t.key) || (!sources.isKnownName(t.key) && !NOT_UNKNOWN_NAME.test(t.key)));
  };
  // Token -> [first, last] token of the tagged person over it (model spans do not overlap).
  const personAt = new Map<number, [number, number]>();
  for (const c of model) {
    if (c.type !== 'PER') continue;
    // A tagger span may end on a mark that is no article token (a NUL, a lone symbol): clamp to the last token.
    const span: [number, number] = [tokenIndexAt(tokens, c.start), Math.min(tokenIndexAt(tokens, c.end - 1), tokens.length - 1)];
    for (let i = span[0]; i <= span[1]; i++) personAt.set(i, span);
  }
  const nameWord = (i: number): boolean => isMaksuraTwin(ctx, i) || sources.isNameWord(tokens[i].key);
  /** Whether g lies inside a longer tagged person whose other words are plain name words. */
  const insidePerson = (g: NameCandidate): boolean => {
    const gFirst = tokenIndexAt(tokens, g.start), gLast = tokenIndexAt(tokens, g.end - 1);
    const person = personAt.get(gFirst);
    if (!person || person[1] < gLast || (person[0] === gFirst && person[1] === gLast)) return false;
    for (let i = person[0]; i <= person[1]; i++) if ((i < gFirst || i > gLast) && !plainName(i)) return false;
    if (g.type === 'PER') return true;
    // A place opens the person where no preposition makes it the place (أريانا هافينغتون, but في هافانا جيفري
    // دولورنتيس); it ends one as a family name of the nisba shape after a known name (علي سعيد الأحمدي, but
    // إحدى بنات الجوف).
    if (person[0] === gFirst) return !afterPreposition(ctx, gFirst);
    return person[1] === gLast && gFirst === gLast && tokens[gLast].key.endsWith('ي') && nameWord(gFirst - 1);
  };
  return gazetteer.filter(g => {
    if (g.type === 'PER') return !insidePerson(g);
    return !(townInPerson(g) && insidePerson(g)) && !behindLike(ctx, g, personAt);
  });
}

/**
 * A sure tagger organisation over exactly the tokens of a place that is not a country overrides
 * the place: clubs (القادسية، روما), newspapers (« الشرق الأوسط »).
 */
const SURE_ORG = 0.6;

/** First token -> last token of the organisations the tagger is sure of. */
function sureOrganisations(ctx: ArticleContext, model: NameCandidate[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of model) {
    if (c.type === 'ORG' && c.confidence >= SURE_ORG) out.set(tokenIndexAt(ctx.tokens, c.start), tokenIndexAt(ctx.tokens, c.end - 1));
  }
  return out;
}

/** A bracketed Latin-script gloss: capitalised, up to six words (ICSS، Aston University، Free University of Berlin). */
const GLOSS = /[ \u00a0]*["»”']?[ \u00a0]*\([ \u00a0]*([A-Z][\w&.'-]*(?:[ \u00a0]+[A-Za-z&.'-]+){0,5})[ \u00a0]*\)/y;

/** The English name in brackets right after a name (« جامعة آستون » (Aston University)) names the same thing. */
function glosses(ctx: ArticleContext, found: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of found) {
    GLOSS.lastIndex = m.end;
    const g = GLOSS.exec(ctx.text);
    if (!g) continue;
    const start = GLOSS.lastIndex - g[0].length + g[0].lastIndexOf(g[1]);
    out.push(nameCandidate({ start, end: start + g[1].length, type: m.type, confidence: m.confidence, source: 'rule' }));
  }
  return out;
}

/** The found names a spread name lengthens (عادل inside عادل إمام) give way to it; both lists run by start. */
function withoutLengthened(found: NameCandidate[], spread: readonly NameCandidate[]): NameCandidate[] {
  let j = 0;
  return found.filter(c => {
    while (j < spread.length && spread[j].start < c.start) j++;
    return !(j < spread.length && spread[j].start === c.start && spread[j].end > c.end);
  });
}

export function recognizeNames(ctx: ArticleContext, sources: NameSources = defaultSources()): NameCandidate[] {
  if (ctx.language === 'en') return recognizeEnglish(ctx, sources.gazetteer(ctx), sources);
  if (!ctx.tokens.length) return [];
  const model = withKindBefore(ctx, splitConjoined(ctx, joinNeighbours(ctx, typeByKind(ctx, sources.tagger(ctx))), sources).filter(c => c.confidence >= SURE_TAG || (c.confidence >= MIN_TAG && !onlyCommonWords(ctx, c, sources))));
  const gazetteer = withKindBefore(ctx, withinTaggedPerson(ctx, trustedGazetteer(ctx, sources.gazetteer(ctx), model, sources), model, sources));
  const rules = applyRules(ctx, evidence(ctx, gazetteer, model, sources));
  const lex = new TrimWords(sources);
  const trimmed: NameCandidate[] = [];
  for (const c of [...rules, ...gazetteer, ...model]) {
    const t = trimCandidate(ctx, c, lex);
    if (t && !namesNoOne(ctx, t, sources)) trimmed.push(t);
  }
  const glossed = glosses(ctx, trimmed);
  const found = wordNamedBodies(ctx, clubsByHead(ctx, clubsByNisba(ctx, resolveOverlaps(glossed.length ? [...trimmed, ...glossed] : trimmed).filter(c => !namesAThing(ctx, c)), sources), sources));
  const spread = spreadNames(ctx, found, sources).filter(c => !namesAThing(ctx, c) && !namesNoOne(ctx, c, sources));
  const named = spread.length ? [...withoutLengthened(found, spread), ...spread] : found;
  // Bodies named again by their kind noun (الحكومة، التنظيم), once every name is known.
  const again = institutionReferences(ctx, named);
  return spread.length || again.length ? [...named, ...again].sort((a, b) => a.start - b.start) : found;
}
