// English people, places and organisations from the `compromise` library,
// trimmed to the same conventions as Arabic mentions: no titles, no
// possessive, no trailing punctuation.
import nlp from 'compromise';
import { buildContext, type ArticleContext } from '../text/context';
import type { EntityType } from '../types';
import { nameCandidate, type NameCandidate } from './candidate';
import type { NameSources } from './sources';
import { resolveOverlaps } from './overlaps';
import { withArticle } from './titles';
import { alternation, lexicon } from '../lang/lexicon';
import { bodyOfEnd, datelinePlaces, englishNameWord, properNameType, properSegments } from './english-proper';

interface Found {
  text?: string;
  offset?: { start: number; length: number };
}

/**
 * Where a compromise match really is: its offset skips a term's leading punctuation
 * or bidi marks (« ‏) while its length counts them, so the span can run into the
 * next word or past the end of the text. Its matched text, searched near the
 * offset, gives the true span; otherwise the offset is clamped to the text.
 */
function foundSpan(text: string, offset: { start: number; length: number }, matched = ''): { start: number; end: number } {
  const from = Math.max(0, offset.start - offset.length);
  const at = matched ? text.slice(from, offset.start + offset.length).indexOf(matched) : -1;
  if (at >= 0) return { start: from + at, end: from + at + matched.length };
  return { start: Math.min(offset.start, text.length), end: Math.min(offset.start + offset.length, text.length) };
}

/** A bracket or a dash set apart by spaces: no name runs across one. */
const SEPARATOR = /\s*[()[\]—–]\s*|\s+-\s+/gu;

/**
 * The part of a compromise match after its last separator: it reads a dateline, its agency and
 * the name after them as one ("GENEVA (Reuters) - The World Health Organization").
 */
function lastPiece(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(SEPARATOR)) start = span.start + m.index! + m[0].length;
  return start < span.end ? { start, end: span.end } : span;
}

export interface EnglishTitles {
  honorifics: { entries: string[] };
  titles: { entries: string[] };
  roles: { entries: string[] };
  roleHonorifics: { entries: string[] };
  offices: { entries: string[] };
}
const titleLists = lexicon<EnglishTitles>('en', 'titles');
const abbreviated = (words: string[]): string => words.map(w => `${w}\\.?`).join('|');

const TITLE = `(?:(?:${titleLists.honorifics.entries.join('|')})\\.?|${titleLists.titles.entries.join('|')})`;
const TITLES = new RegExp(`^${TITLE}\\s+`);
/** A title with no name after it ("President said") names no person. */
const TITLE_ALONE = new RegExp(`^${TITLE}$`);

/** Narrows [start, end) to the name itself; undefined when nothing is left. */
function trimEnglish(text: string, start: number, end: number, type: EntityType): { start: number; end: number } | undefined {
  let s = text.slice(start, end);
  for (let m = TITLES.exec(s); m && type === 'PER'; m = TITLES.exec(s)) {
    start += m[0].length;
    s = s.slice(m[0].length);
  }
  if (type === 'PER' && TITLE_ALONE.test(s.replace(/[^\p{L}\s-]+$/u, ''))) return undefined;
  const lead = /^[^\p{L}\p{N}]+/u.exec(s);
  if (lead) {
    start += lead[0].length;
    s = s.slice(lead[0].length);
  }
  const tail = /(?:['’]s?)?[^\p{L}\p{N}]*$/u.exec(s);
  if (tail && tail[0]) end = start + s.length - tail[0].length;
  return end > start && /^\p{Lu}/u.test(text.slice(start, end)) ? { start, end } : undefined;
}

/**
 * Capitalised words after a title or role, with what comes before the title:
 * "Armenian Foreign Minister Ararat Mirzoyan", "his counterpart Jeyhun Bayramov".
 */
const TITLED = new RegExp(
  `\\b((?:\\p{Lu}\\p{L}+\\s+){0,2})(?<![\\p{L}-])(${titleLists.roles.entries.join('|')}|${abbreviated(titleLists.roleHonorifics.entries)})[^\\S\\n]+((?:\\p{Lu}[\\p{L}'’-]+)(?:[^\\S\\n]+${englishNameWord()}){0,2})`,
  'gu',
);
const OFFICES = new Set(titleLists.offices.entries);

/** "Foreign Minister of Armenia" from "Armenian Foreign Minister"; undefined for roles that are no office. */
function describeRole(before: string, title: string, sources: NameSources): string | undefined {
  if (!OFFICES.has(title)) return undefined;
  const words = before.trim().split(/\s+/).filter(Boolean);
  const country = words.length ? sources.countryByDemonym(words[0])?.nameEn : undefined;
  const role = [...(country ? words.slice(1) : words), title].join(' ');
  return country ? `${role} of ${withArticle(country)}` : role;
}

function titledPeople(text: string, sources: NameSources): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(TITLED)) {
    const start = m.index! + m[0].length - m[3].length;
    const span = trimEnglish(text, start, start + m[3].length, 'PER');
    if (span && commonNounPhrase(text.slice(span.start, span.end))) continue;
    const description = describeRole(m[1], m[2], sources);
    if (span) out.push(nameCandidate({ ...span, type: 'PER', confidence: 0.85, source: 'rule', ...(description ? { description } : {}) }));
  }
  return out;
}

let commonNouns: { groups: Set<string>; places: Set<string> } | undefined;
/**
 * What compromise takes for a name but is a common noun phrase: a group noun opening a sentence
 * ("Protesters demanded"), or a demonym before a place noun ("the Belgian capital"), which only
 * refers to a place. "the Somali government" stays: a body, as in the Arabic annotation.
 */
function commonNounPhrase(name: string): boolean {
  commonNouns ??= (() => {
    const words = lexicon<{ groupNouns: string[]; placeNouns: string[] }>('en', 'event-words');
    return { groups: new Set(words.groupNouns), places: new Set(words.placeNouns) };
  })();
  const last = /\s(\p{Ll}+)$/u.exec(name)?.[1];
  return commonNouns.groups.has(name.toLowerCase()) || (!!last && commonNouns.places.has(last));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let shortNamePattern: { re: RegExp; byForm: Map<string, [string, EntityType]> } | undefined;
/**
 * "UN", "U.N.", "EU": short forms of knowledge-base entries, which hold one English name each.
 * Case-sensitive ("US", not "us"); a dotted form may end a sentence, its last full stop shared.
 */
function shortNamed(text: string): NameCandidate[] {
  if (!shortNamePattern) {
    const entries = lexicon<{ entries: Array<[string, string, EntityType]> }>('en', 'short-names').entries;
    const forms = entries.map(e => e[0]).sort((a, b) => b.length - a.length).map(escape);
    shortNamePattern = {
      re: new RegExp(`(?<![\\p{L}\\p{N}.-])(?:${forms.join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'gu'),
      byForm: new Map(entries.map(([form, id, type]) => [form, [id, type]])),
    };
  }
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(shortNamePattern.re)) {
    const [kbId, type] = shortNamePattern.byForm.get(m[0])!;
    out.push(nameCandidate({ start: m.index!, end: m.index! + m[0].length, type, kbId, confidence: 0.9, source: 'rule' }));
  }
  return out;
}

let ledBodyPattern: RegExp | undefined;
/**
 * "the Saudi-led coalition": a body named by who leads it is an organisation, described by its
 * leader (a demonym's country, a short name's entry, or the word as written).
 */
function ledBodies(text: string, sources: NameSources): NameCandidate[] {
  ledBodyPattern ??= new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}.]*)-led\\s+(${alternation(lexicon<{ coalitions: { entries: string[] } }>('en', 'institutions').coalitions.entries)})(?![\\p{L}\\p{N}])`, 'gu');
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(ledBodyPattern)) {
    const short = shortNamed(m[1]).find(c => c.end === m[1].length)?.kbId;
    const leader = sources.countryByDemonym(m[1])?.nameEn ?? (short ? sources.kbEntry(short)?.nameEn : undefined) ?? m[1];
    out.push(nameCandidate({ start: m.index!, end: m.index! + m[0].length, type: 'ORG', confidence: 0.85, source: 'rule', description: `${m[2]} led by ${withArticle(leader)}` }));
  }
  return out;
}

/** Every other occurrence of a found name, and of a person's surname alone. */
function spreadEnglish(text: string, found: NameCandidate[]): NameCandidate[] {
  const forms = new Map<string, NameCandidate>();
  for (const c of found) {
    const name = text.slice(c.start, c.end);
    forms.set(name, c);
    const words = name.split(/\s+/);
    if (c.type === 'PER' && words.length > 1) forms.set(words[words.length - 1], c);
  }
  if (!forms.size) return [];
  const names = [...forms.keys()].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(re)) {
    const c = forms.get(m[0])!;
    out.push(nameCandidate({ start: m.index!, end: m.index! + m[0].length, type: c.type, kbId: c.kbId, confidence: 0.6, source: 'consistency' }));
  }
  return out;
}

/**
 * compromise slows down faster than the text grows (match offsets, long sentences
 * without a full stop: 100 kB of capitalised words took 6 s), so a long text is read
 * in pieces of at most this many characters. Articles are shorter: one piece.
 */
const PIECE_CHARS = 10_000;

/** Where to end a piece inside `window`: after its last line break, else sentence end, else space; -1 for none. */
function pieceCut(window: string): number {
  const line = window.lastIndexOf('\n');
  if (line >= 0) return line + 1;
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
  if (sentence >= 0) return sentence + 2;
  for (let i = window.length - 1; i >= 0; i--) if (/\s/.test(window[i])) return i + 1;
  return -1;
}

/** Pieces of at most PIECE_CHARS, each cut in the second half of its window. */
function compromisePieces(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + PIECE_CHARS);
    if (end < text.length) {
      const cut = pieceCut(text.slice(start + PIECE_CHARS / 2, end));
      if (cut >= 0) end = start + PIECE_CHARS / 2 + cut;
      else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

/**
 * Short forms not inside a longer name found otherwise ("OSCE Minsk Group", "US Virgin Islands"):
 * that name is the mention. One sweep, the short forms coming in text order.
 */
function outsideLonger(shorts: NameCandidate[], others: NameCandidate[]): NameCandidate[] {
  const sorted = [...others].sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -1;
  return shorts.filter(s => {
    for (; k < sorted.length && sorted[k].start < s.start; k++) reach = Math.max(reach, sorted[k].end);
    if (reach >= s.end) return false;
    for (let j = k; j < sorted.length && sorted[j].start === s.start; j++) if (sorted[j].end > s.end) return false;
    return true;
  });
}

const overlap = (a: NameCandidate, b: NameCandidate): boolean => a.start < b.end && b.start < a.end;
/** `part` is compromise's reading of a piece of `whole`, with its type. */
const partOf = (part: NameCandidate, whole: NameCandidate): boolean =>
  part.source === 'english' && part.type === whole.type && whole.start <= part.start && part.end <= whole.end && part !== whole;

const POSSESSIVE = /(?<=\p{L})['’]s(?![\p{L}\p{N}])/gu;

/**
 * Knowledge-base names before a possessive ("France's president"): the tokeniser keeps the
 * apostrophe in the word, so the gazetteer reads a copy with the endings blanked (same offsets).
 */
function possessiveLinks(ctx: ArticleContext, sources: NameSources): NameCandidate[] {
  POSSESSIVE.lastIndex = 0;
  if (!POSSESSIVE.test(ctx.text)) return [];
  const bare = buildContext(ctx.text.replace(POSSESSIVE, '  '), 'en');
  return sources.gazetteer(bare).filter(c => /^['’]s/u.test(ctx.text.slice(c.end, c.end + 2)));
}

/**
 * compromise's people, places and organisations as name candidates, with the
 * knowledge base's English names (capitalised occurrences only: Turkey, not turkey).
 */
export function recognizeEnglish(ctx: ArticleContext, gazetteer: readonly NameCandidate[], sources: NameSources): NameCandidate[] {
  const out: NameCandidate[] = [];
  const proper: NameCandidate[] = [];
  for (const piece of compromisePieces(ctx.text)) {
    const part = ctx.text.slice(piece.start, piece.end);
    const doc = nlp(part);
    const groups: [EntityType, Found[]][] = [
      ['PER', doc.people().json({ offset: true }) as Found[]],
      ['LOC', doc.places().json({ offset: true }) as Found[]],
      ['ORG', doc.organizations().json({ offset: true }) as Found[]],
    ];
    for (const [type, found] of groups) {
      for (const f of found) {
        if (!f.offset) continue;
        const at = lastPiece(part, foundSpan(part, f.offset, f.text));
        const span = trimEnglish(ctx.text, piece.start + at.start, piece.start + at.end, type);
        if (span && !commonNounPhrase(ctx.text.slice(span.start, span.end))) out.push(nameCandidate({ ...span, type, confidence: 0.7, source: 'english' }));
      }
    }
    // compromise never reads a sentence's first word as a proper noun: an unknown one before proper
    // nouns joins them (Raila Odinga said). Acronyms (UGTT) are names of their own.
    const runs = ['#ProperNoun+', '^#Singular #ProperNoun+', '#Acronym'].flatMap(p => doc.match(p).json({ offset: true }) as Found[]);
    for (const f of runs) {
      if (!f.offset) continue;
      const at = foundSpan(part, f.offset, f.text);
      for (const seg of properSegments(ctx.text, piece.start + at.start, piece.start + at.end)) {
        const span = trimEnglish(ctx.text, seg.start, bodyOfEnd(ctx.text, seg.start, seg.end), 'ORG');
        // A demonym (Iraqi forces) only says whose: the body is named by description, not by it.
        const type = span && !sources.countryByDemonym(ctx.text.slice(span.start, span.end)) && properNameType(ctx.text, span.start, span.end);
        if (span && type && !commonNounPhrase(ctx.text.slice(span.start, span.end))) proper.push(nameCandidate({ ...span, type, confidence: 0.5, source: 'english' }));
      }
    }
  }
  const linked = [...gazetteer, ...possessiveLinks(ctx, sources)].filter(c => /^\p{Lu}/u.test(ctx.text.slice(c.start, c.end)));
  const short = outsideLonger(shortNamed(ctx.text), [...out, ...linked]);
  const named = resolveOverlaps([...out, ...titledPeople(ctx.text, sources), ...short, ...ledBodies(ctx.text, sources), ...linked]);
  // Names typed only by their context fill the gaps the others leave, reshaping only a part of
  // the name that compromise typed alike (Okonkwo-Reyes, where it read "Reyes" alone).
  const typed = [...proper, ...datelinePlaces(ctx.text)].filter(c => named.every(t => !overlap(t, c) || partOf(t, c)));
  const found = resolveOverlaps([...named.filter(t => !typed.some(c => partOf(t, c))), ...typed]);
  return resolveOverlaps([...found, ...spreadEnglish(ctx.text, found)]);
}
