// Multi-word name matching over tokens: a trie keyed by token match keys
// (normalised, diacritics ignored), longest match first, clitic-aware on the
// first token (لمنظمة الأمن… matches منظمة الأمن… with `prefix` ل), and a
// second trie over phonetic keys so ناگورنو / ناقورنو find ناغورنو.
import { constructDuals } from '../lang/inflect';
import { kindsWithRole, organisationKinds, placeKinds } from '../lang/lexicon';
import type { EntityType } from '../types';
import { matchKey } from '../text/normalize';
import { PROCLITIC_SEQUENCES, procliticSplits, tokenize, type Token } from '../text/tokens';
import { TextMemo } from '../text/text-memo';
import { getKnowledgeBase, type KnowledgeBase } from './kb';

export type GazetteerSource = 'kb' | 'nisba' | 'list';

export interface GazetteerMatch {
  /** Character span of the name: proclitics of the first token excluded. */
  start: number;
  end: number;
  /** Token indices, end-exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** Proclitics split off the first token ('' when none). */
  prefix: string;
  type: EntityType;
  /** KB entry id (for nisba: the country). Undefined for ANERGazet list matches. */
  id?: string;
  /** Other KB entries with the same name (عمان: Oman, Amman), best first after `id`. */
  alternatives?: string[];
  subtype?: string;
  source: GazetteerSource;
  confidence: number;
  /** The name is also an ordinary word or names two places: weak alone. */
  ambiguous?: boolean;
  /** Matched only after folding g/j/gh/q spellings (phoneticKey). */
  phonetic?: boolean;
}

export interface MatchOptions {
  /** Include ANERGazet list names (no ids, lower confidence). Default false. */
  lists?: boolean;
  /** Include nisba adjectives (الروسي → Russia) as matches of source 'nisba'. Default false. */
  nisba?: boolean;
  /** Fall back to g/j/gh/q-folded keys for PER/LOC names. Default true. */
  phonetic?: boolean;
}

interface Payload {
  id?: string;
  type: EntityType;
  subtype?: string;
  source: GazetteerSource;
  ambiguous: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  values?: Payload[];
}

const newNode = (): TrieNode => ({ next: new Map() });

/** Folds the letters foreign g is written with (ج غ ق ك) into one class; input is a match key. */
export function phoneticTokenKey(key: string): string {
  // Most keys hold none of these letters: return them as they are, without running the regex.
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x063a || c === 0x0642 || c === 0x0643) return key.replace(/[جغقك]/g, 'ج');
  }
  return key;
}

/** True when only characters allowed between two tokens of one name stand in [from, to): spaces, bidi marks, a hyphen. */
function joined(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 32 || c === 9 || c === 0xa0 || c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x2066 && c <= 0x2069) || c === 45)) return false;
  }
  return true;
}

const CONFIDENCE: Record<GazetteerSource, number> = { kb: 0.9, nisba: 0.9, list: 0.5 };

/** A reading of a name's first token that some name in a trie starts with. */
interface FirstReading {
  node: TrieNode;
  stemOffset: number;
  prefix: string;
}

/** Start readings of a token in each trie (null: none), by the token's text. */
interface Starts {
  exact: FirstReading[] | null;
  phonetic: FirstReading[] | null;
}

const NO_STARTS: Starts = { exact: null, phonetic: null };

export class Gazetteer {
  private readonly exact = newNode();
  private readonly phonetic = newNode();
  /**
   * Which names a token's readings start, once per written word (its keys and splits depend on
   * its text alone): most tokens start none, and news vocabulary repeats, so a token costs a lookup.
   */
  private readonly starts = new TextMemo<Token, Starts>(t => this.readStarts(t));

  /** Adds a phrase under its token keys; earlier additions win ties. */
  add(phrase: string, payload: Payload, withPhonetic: boolean): void {
    const keys = phraseKeys(phrase);
    if (!keys.length) return;
    insert(this.exact, keys, payload);
    if (withPhonetic) insert(this.phonetic, keys.map(phoneticTokenKey), payload);
    this.starts.clear();
  }

  /** True when some name starts with this token key: a cheap `isKnown` for splitProclitics. */
  startsName(key: string): boolean {
    return this.exact.next.has(key);
  }

  /** Non-overlapping longest matches, left to right. */
  match(ctx: { text: string; tokens: readonly Token[] }, options: MatchOptions = {}): GazetteerMatch[] {
    const allow = (p: Payload) => p.source === 'kb' || (p.source === 'list' ? !!options.lists : !!options.nisba);
    const out: GazetteerMatch[] = [];
    const { text, tokens } = ctx;
    const usePhonetic = options.phonetic !== false;
    for (let i = 0; i < tokens.length; i++) {
      const starts = this.starts.at(ctx, i);
      if (starts === NO_STARTS) continue;
      let m = starts.exact && this.longestAt(text, tokens, i, starts.exact, false, allow);
      if (!m && usePhonetic && starts.phonetic) m = this.longestAt(text, tokens, i, starts.phonetic, true, allow);
      if (!m) continue;
      out.push(m);
      i = m.tokenEnd - 1;
    }
    return out;
  }

  private readStarts(t: Token): Starts {
    const exact = firstTokenReadings(t, t.key, false, this.exact);
    const phonetic = firstTokenReadings(t, phoneticTokenKey(t.key), true, this.phonetic);
    return exact || phonetic ? { exact, phonetic } : NO_STARTS;
  }

  /** The longest allowed name starting at token i; later tokens' keys are read (and folded) only as far as the trie goes. */
  private longestAt(
    text: string, tokens: readonly Token[], i: number, firsts: readonly FirstReading[], phonetic: boolean, allow: (p: Payload) => boolean,
  ): GazetteerMatch | undefined {
    const first = tokens[i];
    let best: { end: number; stem: number; prefix: string; values: Payload[] } | undefined;
    for (const { node: start, stemOffset, prefix } of firsts) {
      let node: TrieNode | undefined = start;
      for (let j = i + 1; node; j++) {
        // Filtered only where a match would be longer than the best: most nodes passed hold no name.
        const values = node.values && (!best || j > best.end) ? node.values.filter(allow) : undefined;
        if (values?.length) best = { end: j, stem: stemOffset, prefix, values };
        if (j >= tokens.length || !joined(text, tokens[j - 1].end, tokens[j].start)) break;
        node = node.next.get(phonetic ? phoneticTokenKey(tokens[j].key) : tokens[j].key);
      }
    }
    if (!best) return undefined;
    const [p, ...rest] = best.values;
    const alternatives = rest.filter(v => v.id && v.id !== p.id).map(v => v.id!);
    return {
      start: first.start + best.stem,
      end: tokens[best.end - 1].end,
      tokenStart: i,
      tokenEnd: best.end,
      prefix: best.prefix,
      type: p.type,
      ...(p.id ? { id: p.id } : {}),
      ...(alternatives.length ? { alternatives } : {}),
      ...(p.subtype ? { subtype: p.subtype } : {}),
      source: p.source,
      confidence: CONFIDENCE[p.source] * (p.ambiguous ? 0.5 : 1) * (phonetic ? 0.9 : 1),
      ...(p.ambiguous ? { ambiguous: true } : {}),
      ...(phonetic ? { phonetic: true } : {}),
    };
  }
}

const PROCLITIC_SET = new Set(PROCLITIC_SEQUENCES);
const PROCLITIC_FIRST = new Set(PROCLITIC_SEQUENCES.map(p => p.charCodeAt(0)));

/**
 * The first token read whole, then with each possible proclitic run split
 * off, kept where a name in `root` starts with that reading (null: none). The
 * splits (which map letters back to offsets) are only computed when some
 * stripped key, or the article-restored one after ل, starts a name.
 */
function firstTokenReadings(t: Token, key: string, phonetic: boolean, root: TrieNode): FirstReading[] | null {
  const out: FirstReading[] = [];
  const whole = root.next.get(key);
  if (whole) out.push({ node: whole, stemOffset: 0, prefix: '' });
  if (!PROCLITIC_FIRST.has(t.key.charCodeAt(0))) return out.length ? out : null;
  const fold = phonetic ? phoneticTokenKey : (k: string) => k;
  let worth = false;
  for (let n = 1; n <= 3 && n < t.key.length - 1 && PROCLITIC_SET.has(t.key.slice(0, n)); n++) {
    const rest = fold(t.key.slice(n));
    if (root.next.has(rest) || root.next.has('ا' + rest)) worth = true;
  }
  if (worth) {
    for (const s of procliticSplits(t.text, t.norm).slice(1)) {
      const node = root.next.get(fold(s.key));
      if (node) out.push({ node, stemOffset: s.stemOffset, prefix: s.prefix });
    }
  }
  return out.length ? out : null;
}

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/** Token keys of a phrase; most KB names are already keys separated by spaces, so skip the tokeniser for them. */
function phraseKeys(phrase: string): string[] {
  const parts = phrase.split(' ');
  if (parts.every(p => PLAIN_WORD.test(p) && p === matchKey(p))) return parts;
  return tokenize(phrase).map(t => t.key);
}

function insert(root: TrieNode, keys: string[], payload: Payload): void {
  let node = root;
  for (const k of keys) {
    let next = node.next.get(k);
    if (!next) node.next.set(k, (next = newNode()));
    node = next;
  }
  const values = (node.values ??= []);
  if (!values.some(v => v.id === payload.id && v.source === payload.source && v.type === payload.type)) values.push(payload);
}

/**
 * A KB name that opens with a kind noun left outside names (حركة فتح) written with the kind in the
 * construct dual (حركتي فتح وحماس), for the name after it: the bare name may be an ordinary word.
 */
function withDualKind(key: string, outsideKinds: ReadonlySet<string>): string[] {
  const space = key.indexOf(' ');
  if (space < 0 || !outsideKinds.has(key.slice(0, space))) return [key];
  return [key, ...constructDuals(key.slice(0, space)).map(d => d + key.slice(space))];
}

/** A gazetteer over every KB name, nisba form and ANERGazet list name. */
export function buildGazetteer(kb: KnowledgeBase): Gazetteer {
  const g = new Gazetteer();
  const outsideKinds = new Set([...kindsWithRole(organisationKinds(), 'outside'), ...kindsWithRole(placeKinds(), 'outside')].map(matchKey));
  for (const [key, entries] of kb.nameKeys()) {
    const ambiguous = kb.isAmbiguous(key);
    for (const e of entries) {
      // Only foreign names vary in g/j/q spelling; an Arabic one with the article does not (القبيل is no الجبيل).
      const foreign = (e.type === 'PER' || e.type === 'LOC') && !key.startsWith('ال') && key.replace(/\s/g, '').length >= 5 && /[جغقك]/.test(key);
      for (const form of withDualKind(key, outsideKinds)) g.add(form, { id: e.id, type: e.type, subtype: e.subtype, source: 'kb', ambiguous }, foreign);
    }
  }
  for (const [key, country] of kb.nisbaKeys()) g.add(key, { id: country, type: 'LOC', subtype: 'nisba', source: 'nisba', ambiguous: false }, false);
  for (const type of ['PER', 'LOC', 'ORG'] as EntityType[]) {
    for (const key of kb.listKeys(type)) g.add(key, { type, source: 'list', ambiguous: kb.isAmbiguous(key) }, false);
  }
  return g;
}

let cached: Gazetteer | undefined;

/** The gazetteer over the shipped knowledge base, built on first call. */
export function getGazetteer(): Gazetteer {
  if (!cached) cached = buildGazetteer(getKnowledgeBase());
  return cached;
}
