// English people, places and organisations from the `compromise` library,
// trimmed to the same conventions as Arabic mentions: no titles, no
// possessive, no trailing punctuation.
import nlp from 'compromise';
import type { ArticleContext } from '../text/context';
import type { EntityType } from '../types';
import type { NameCandidate } from './candidate';
import type { NameSources } from './sources';
import { resolveOverlaps } from './overlaps';
import { withArticle } from './titles';
import { lexicon } from '../lang/lexicon';

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

export interface EnglishTitles {
  honorifics: { entries: string[] };
  titles: { entries: string[] };
  roles: { entries: string[] };
  roleHonorifics: { entries: string[] };
  offices: { entries: string[] };
}
const titleLists = lexicon<EnglishTitles>('en', 'titles');
const abbreviated = (words: string[]): string => words.map(w => `${w}\\.?`).join('|');

const TITLES = new RegExp(`^(?:(?:${titleLists.honorifics.entries.join('|')})\\.?|${titleLists.titles.entries.join('|')})\\s+`);

/** Narrows [start, end) to the name itself; undefined when nothing is left. */
function trimEnglish(text: string, start: number, end: number, type: EntityType): { start: number; end: number } | undefined {
  let s = text.slice(start, end);
  for (let m = TITLES.exec(s); m && type === 'PER'; m = TITLES.exec(s)) {
    start += m[0].length;
    s = s.slice(m[0].length);
  }
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
  `\\b((?:\\p{Lu}\\p{L}+\\s+){0,2})(${titleLists.roles.entries.join('|')}|${abbreviated(titleLists.roleHonorifics.entries)})\\s+((?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})`,
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
    const description = describeRole(m[1], m[2], sources);
    if (span) out.push({ ...span, type: 'PER', confidence: 0.85, source: 'rule', ...(description ? { description } : {}) });
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
    out.push({ start: m.index!, end: m.index! + m[0].length, type: c.type, kbId: c.kbId, confidence: 0.6, source: 'consistency' });
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
 * compromise's people, places and organisations as name candidates, with the
 * knowledge base's English names (capitalised occurrences only: Turkey, not turkey).
 */
export function recognizeEnglish(ctx: ArticleContext, gazetteer: readonly NameCandidate[], sources: NameSources): NameCandidate[] {
  const out: NameCandidate[] = [];
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
        const at = foundSpan(part, f.offset, f.text);
        const span = trimEnglish(ctx.text, piece.start + at.start, piece.start + at.end, type);
        if (span) out.push({ ...span, type, confidence: 0.7, source: 'english' });
      }
    }
  }
  const linked = gazetteer.filter(c => /^\p{Lu}/u.test(ctx.text.slice(c.start, c.end)));
  const found = resolveOverlaps([...out, ...titledPeople(ctx.text, sources), ...linked]);
  return resolveOverlaps([...found, ...spreadEnglish(ctx.text, found)]);
}
