// Capitalised names compromise reads as proper nouns but cannot type (an unfamiliar politician, a
// provincial town, a party): typed by the words around them, as a reader would. A body's head word
// at the end (the Jubilee Party) or before "of" (Bank of Ghana) makes an organisation; a speech verb
// after the name or a role word before it makes a person; a place preposition before it a place.
// A name none of these types stays out: a wrong type is worse than a missed name. The capitals
// opening a paragraph before "(" or a dash ("NAIROBI (Reuters) -") are the dateline: a place.
import type { EntityType } from '../types';
import { nameCandidate, type NameCandidate } from './candidate';
import { alternation, capitalisable, lexicon, nameParticles, speechVerbs } from '../lang/lexicon';
import { inflectEnglishVerb } from '../lang/inflect';

let patterns: { head: RegExp; body: RegExp; bodyOf: RegExp; bodyAfter: RegExp; calendar: RegExp; speech: RegExp; role: RegExp; place: RegExp } | undefined;

function compiled(): NonNullable<typeof patterns> {
  if (patterns) return patterns;
  const heads = lexicon<{ bodyHeads: { entries: string[] } }>('en', 'institutions').bodyHeads.entries;
  const events = lexicon<Record<string, string[]>>('en', 'event-words');
  const titles = lexicon<{ roles: { entries: string[] } }>('en', 'titles').roles.entries;
  const verbs = speechVerbs('en');
  const dates = lexicon<{ months: string[][]; weekdays: string[] }>('en', 'dates');
  const forms = [...verbs.verbs.flatMap(v => inflectEnglishVerb(v)), ...(verbs.irregular ?? [])];
  patterns = {
    head: new RegExp(`^(?:${alternation(heads)})$`, 'u'),
    body: new RegExp(`(?:^|\\s)(?:${alternation(heads)})$`, 'u'),
    bodyOf: new RegExp(`^(?:${alternation(heads)})\\s+of\\s`, 'u'),
    // "the Ennahdha party", "the UGTT labour union": a lower-case head after the name (one word may come between).
    bodyAfter: new RegExp(`^[^\\S\\n]+(?:[a-z]+[^\\S\\n]+)?(?:${alternation(heads.map(h => h.toLowerCase()))})(?![\\p{L}-])`, 'u'),
    // Months and weekdays are dates, whatever preposition is before them ("in March").
    calendar: new RegExp(`^(?:${alternation([...dates.months.flat(), ...dates.weekdays])})$`, 'u'),
    // "Odinga said", "Odinga, who leads the party, said" is left to the quotes.
    speech: new RegExp(`^\\s+(?:(?:${alternation(events.passiveAdverbs)})\\s+)?(?:${alternation(forms)})(?![\\p{L}-])`, 'u'),
    role: new RegExp(`(?:^|[\\s(])(?:${capitalisable([...events.titles, ...titles.map(t => t.toLowerCase())])})\\s+$`, 'u'),
    place: new RegExp(`(?:^|[\\s(])(?:(?:${capitalisable(events.placePrepositions)}|from)\\s+(?:the\\s+)?|(?:${alternation(events.placeNouns)})\\s+of\\s+)$`, 'u'),
  };
  return patterns;
}

/** The lower-case name particles with a role, as a regex alternation (en/name-particles.json). */
const particles = (role: string): string => alternation(nameParticles('en').entries.filter(e => e.indexOf(role, 1) > 0).map(e => e[0]));

let nameWord: string | undefined;
/**
 * One word of a personal name as a regex source: capitalised, or a lower-case prefix hyphened to a
 * capitalised word (al-Abadi), with the binding particles written apart before it (bin, von der).
 */
export function englishNameWord(): string {
  nameWord ??= `(?:(?:${particles('binds')})[^\\S\\n]+)*(?:(?:${particles('prefix')})-)?\\p{Lu}[\\p{L}'’-]*`;
  return nameWord;
}

let segment: RegExp | undefined;

/** The capitalised segments of text[start, end), as offsets into the text. */
export function properSegments(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // The first word opens with a capital, not a particle; words after it may take particles.
  segment ??= new RegExp(`(?:(?:${particles('prefix')})-)?\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+${englishNameWord()})*`, 'gu');
  for (const m of text.slice(start, end).matchAll(segment)) out.push({ start: start + m.index!, end: start + m.index! + m[0].length });
  return out;
}

/** Where a body head's name ends when "of" and capitalised words follow it (Bank | of Zorvania): compromise cuts at "of". */
export function bodyOfEnd(text: string, start: number, end: number): number {
  if (!compiled().head.test(text.slice(start, end))) return end;
  const m = /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)*/u.exec(text.slice(end, end + 80));
  return m ? end + m[0].length : end;
}

/** The type the words around text[start, end) give a proper name, or undefined. */
export function properNameType(text: string, start: number, end: number): EntityType | undefined {
  const p = compiled();
  const name = text.slice(start, end);
  if (p.calendar.test(name)) return undefined;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (p.body.test(name) || p.bodyOf.test(name) || p.bodyAfter.test(after)) return 'ORG';
  // An unknown acronym is a body's only by its head word ("a fall in GDP" names no place).
  if (/^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(name)) return undefined;
  // A speech verb after one word is as often a body's ("Interfax said"): two words or a role make a person.
  if ((p.speech.test(after) && /\s/.test(name)) || p.role.test(before)) return 'PER';
  // One or two words after "in", "at", "from" or "the town of": a town or region; longer runs are more often bodies or events.
  if (p.place.test(before) && name.split(/\s+/).length <= 2) return 'LOC';
  return undefined;
}

const DATELINE = /^[^\S\n]*(\p{Lu}{2,}(?:[ '-]\p{Lu}{2,})*)(?=,[^\S\n]*\p{Lu}[\p{L} ]*[^\S\n]*[(\-–—]|[^\S\n]*[(\-–—])/gmu;

/** The dateline's place at the start of each paragraph ("BEIRUT (AFP) -", "LAGOS, Nigeria —"). */
export function datelinePlaces(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const start = m.index! + m[0].length - m[1].length;
    out.push(nameCandidate({ start, end: start + m[1].length, type: 'LOC', confidence: 0.8, source: 'english' }));
  }
  return out;
}
