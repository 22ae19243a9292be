// Clubs and teams named after their city: a city is feminine in Arabic (ليون الفرنسية is the
// city), so a masculine country nisba right after a place's name agrees with an unsaid نادي or
// فريق (فاز ليون الفرنسي، قطر القطري): the name is the club, the nisba outside it, as the gold
// marks clubs. The same holds for an unknown word no recogniser took (تعادل مع فلومينيزي
// البرازيلي): a person's nationality comes before the name (اللاعب البرازيلي X), not after it.
// A masculine noun in construct before the place (مطار دمشق الدولي، سجن X) or a title takes the
// nisba instead; names with the article are regions or words (الريف المغربي، نظيره الفرنسي),
// and a country is a club only with its own nisba.
import { alternation, functionWords, organisationKinds, placeKinds } from '../lang/lexicon';
import type { ArticleContext } from '../text/context';
import { matchKey } from '../text/normalize';
import { nameCandidate, type NameCandidate } from './candidate';
import { isStopWord, KeyTest, titleFirstWords } from './lexicon';
import type { NameSources } from './sources';
import { gapAfter, lazyReadingFilter, readingsAt, tokenIndexAt } from './token-view';
import { overlapTest } from '../text/search';

let facilities: Set<string> | undefined;
// Direction nouns are masculine too (شمال أفريقيا الروماني): they take the nisba like a facility.
const facilitySet = (): Set<string> =>
  (facilities ??= new Set([...(placeKinds().facilities?.entries ?? []), ...(placeKinds().notNames?.entries ?? [])].map(matchKey)));
/** A facility noun, also in the dual or plural construct (مطاري عمان، سجني X). */
const isFacility = (key: string): boolean => facilitySet().has(key) || (key.endsWith('ي') && facilitySet().has(key.slice(0, -1)));

/** A masculine singular nisba (الفرنسي, not الفرنسيه nor the plural الفرنسيين). */
const MASCULINE_NISBA = /^ال.+ي$/;
/** MASCULINE_NISBA's shape by character codes (ي last, ا ل first), for the per-token scan: once per written word. */
const mayBeNisba = new KeyTest(key => key.charCodeAt(key.length - 1) === 0x64a && key.charCodeAt(0) === 0x627 && key.charCodeAt(1) === 0x644);

/**
 * The country whose masculine nisba follows token `last`, unless a facility or title before token
 * `first` takes it, or a name follows it: then the nisba is a person's nationality (سدد البرازيلي X).
 */
function clubNisba(ctx: ArticleContext, first: number, last: number, sources: NameSources, person: Uint8Array): string | undefined {
  const { tokens } = ctx;
  if (last + 1 >= tokens.length || gapAfter(ctx, last) !== 'space') return undefined;
  const key = tokens[last + 1].key;
  const country = MASCULINE_NISBA.test(key) ? sources.nisbaOf(key) : undefined;
  if (!country) return undefined;
  const next = last + 2;
  // A name after the nisba, known or an unknown word not joined by و, is the one the nisba describes.
  if (next < tokens.length && gapAfter(ctx, last + 1) === 'space' &&
    (person[next] || sources.isNameWord(tokens[next].key) || (!tokens[next].text.startsWith('و') && unknownWord(ctx, next, sources)))) return undefined;
  if (first > 0 && gapAfter(ctx, first - 1) === 'space' && readingsAt(ctx, first - 1).some(r => isFacility(r.key) || titleFirstWords().has(r.key))) return undefined;
  return country.id;
}

let possessed: RegExp | undefined;
/** A possessive pronoun glued on (ركبته، نظيرها، منافسيهم): a noun of someone's, no name. */
const possessedWord = (text: string): boolean =>
  (possessed ??= new RegExp(`(?:${alternation(functionWords().possessiveSuffixes?.entries ?? [])})$`)).test(text);

/** An unknown word as written: Arabic letters, no article, no common or function word, no possessive ending. */
function unknownWord(ctx: ArticleContext, i: number, sources: NameSources): boolean {
  const t = ctx.tokens[i];
  return /^\p{Script=Arabic}+$/u.test(t.text) && !possessedWord(t.text) && t.stemKey.length >= 3 && !t.stemKey.startsWith('ال') &&
    !sources.isCommonWord(t.stemKey) && !isStopWord(t.stemKey) && !sources.isKnownName(t.stemKey) && !isFacility(t.stemKey);
}

export function clubsByNisba(ctx: ArticleContext, found: NameCandidate[], sources: NameSources): NameCandidate[] {
  const { tokens, text } = ctx;
  const covered = new Uint8Array(tokens.length), person = new Uint8Array(tokens.length);
  for (const c of found) {
    for (let i = tokenIndexAt(tokens, c.start); i < tokens.length && tokens[i].start < c.end; i++) {
      covered[i] = 1;
      if (c.type === 'PER') person[i] = 1;
    }
  }
  const out = found.map(c => {
    const first = tokenIndexAt(tokens, c.start), last = tokenIndexAt(tokens, c.end - 1);
    if (c.type !== 'LOC' || text.startsWith('ال', c.start) || c.end !== tokens[last].end) return c;
    const country = clubNisba(ctx, first, last, sources, person);
    if (!country || (c.subtype === 'country' && c.kbId !== country)) return c;
    return nameCandidate({ start: c.start, end: c.end, type: 'ORG', subtype: 'club', confidence: c.confidence, source: c.source });
  });
  const more: NameCandidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // The nisba after the word first: the cheap test, false for almost every token.
    if (covered[i] || covered[i + 1] || !mayBeNisba.at(ctx, i + 1) || !unknownWord(ctx, i, sources)) continue;
    // Two unknown words are one club's name (ستيوا بوخارست، باير ليفركوزن).
    const from = i > 0 && !covered[i - 1] && gapAfter(ctx, i - 1) === 'space' && unknownWord(ctx, i - 1, sources) ? i - 1 : i;
    if (!clubNisba(ctx, from, i, sources, person)) continue;
    more.push(nameCandidate({ start: tokens[from].stemStart, end: tokens[i].end, type: 'ORG', subtype: 'club', confidence: 0.6, source: 'rule' }));
  }
  return more.length ? [...out, ...more].sort((a, b) => a.start - b.start) : out;
}

let heads: Set<string> | undefined;
const headSet = (): Set<string> => (heads ??= new Set((organisationKinds().clubHeads?.entries ?? []).map(matchKey)));
const headCue = new KeyTest(lazyReadingFilter(headSet));

/**
 * A club named by a head word that never stands alone and its city or second word (دينامو كييف،
 * أولمبيك خريبكة): one organisation, head inside, where the tagger read a person and a place. The
 * second word is a place or person found there (up to two words) or one unknown word.
 */
export function clubsByHead(ctx: ArticleContext, found: NameCandidate[], sources: NameSources): NameCandidate[] {
  const { tokens } = ctx;
  let firstAt: Map<number, NameCandidate> | undefined;
  const clubs: NameCandidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!headCue.at(ctx, i) || gapAfter(ctx, i) !== 'space') continue;
    const head = readingsAt(ctx, i).find(r => headSet().has(r.key));
    if (!head) continue;
    firstAt ??= new Map(found.map(c => [tokenIndexAt(tokens, c.start), c]));
    // The tagger may have read head and city as one person (شاختار دونيتسك) or the city alone as a place.
    const own = firstAt.get(i), next = firstAt.get(i + 1);
    const named = own && own.type !== 'ORG' && tokenIndexAt(tokens, own.end - 1) > i ? own : next && next.type !== 'ORG' ? next : undefined;
    const last = named ? tokenIndexAt(tokens, named.end - 1) : unknownWord(ctx, i + 1, sources) ? i + 1 : i;
    if (last === i || last > i + 2) continue;
    clubs.push(nameCandidate({ start: tokens[i].start + head.offset, end: tokens[last].end, type: 'ORG', subtype: 'club', confidence: 0.8, source: 'rule' }));
    i = last;
  }
  if (!clubs.length) return found;
  const inClub = overlapTest(clubs);
  return [...found.filter(c => !inClub(c)), ...clubs].sort((a, b) => a.start - b.start);
}
