// Document-level consistency: a name found once is found everywhere in the
// article, with or without proclitics, in any g/j/gh spelling, and a person's
// surname alone (بوتين after فلاديمير بوتين) counts as the person, and a body's
// description without its nisba as the body.
import type { ArticleContext } from '../text/context';
import { phoneticTokenKey } from '../knowledge/gazetteer';
import { nameCandidate, type NameCandidate } from './candidate';
import { isStopWord, titleFirstWords, titleLexicon } from './lexicon';
import { particles } from './name-particles';
import type { NisbaLookup } from './titles';
import { gapAfter, readingsAt, tokenIndexAt } from './token-view';

interface Phrase {
  keys: string[];
  type: NameCandidate['type'];
  kbId?: string;
  subtype?: string;
}

/** The g/j/gh-folded key; most keys have none of those letters and fold to themselves (checked without a regex). */
const phoneticKey = phoneticTokenKey;

const PROCLITIC_FIRST = new Set([...'وفبلكس'].map(c => c.charCodeAt(0)));

/** Minimum confidence for a found name to be spread over the article. */
const SPREAD_CONFIDENCE = 0.6;

export interface SpreadLexicon {
  nisbaOf: NisbaLookup;
  isCommonWord(key: string): boolean;
}

/** A single word worth spreading: not a function word, title, nisba, particle or common word (وزير، وإلى). */
function spreadable(key: string, lex: SpreadLexicon, linked: boolean): boolean {
  if (key.length < 3 || particles('neverAlone').has(key) || lex.nisbaOf(key)) return false;
  const bare = /^[وف]/.test(key) ? key.slice(1) : key;
  for (const k of [key, bare]) if (isStopWord(k) || titleLexicon().has(k) || titleFirstWords().has(k)) return false;
  return linked || !lex.isCommonWord(key);
}

/** Keys of the tokens a candidate spans; its first token read from where the mention starts. */
function phraseKeys(ctx: ArticleContext, c: NameCandidate): string[] | undefined {
  const { tokens } = ctx;
  const first = tokenIndexAt(tokens, c.start);
  const offset = c.start - tokens[first]?.start;
  const keys: string[] = [];
  for (let i = first; i < tokens.length && tokens[i].start < c.end; i++) {
    if (i > first && gapAfter(ctx, i - 1) !== 'space') return undefined;
    const r = i === first ? readingsAt(ctx, i).find(x => x.offset === offset) : readingsAt(ctx, i)[0];
    if (!r) return undefined;
    keys.push(r.key);
  }
  return keys.length ? keys : undefined;
}

function index(ctx: ArticleContext, found: readonly NameCandidate[], lex: SpreadLexicon): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  // Phrases already indexed, by their joined keys: the first one found stays.
  const indexed = new Set<string>();
  const add = (p: Phrase) => {
    const joined = p.keys.join(' ');
    if (indexed.has(joined)) return;
    indexed.add(joined);
    const list = byFirst.get(p.keys[0]);
    if (list) list.push(p);
    else byFirst.set(p.keys[0], [p]);
  };
  for (const c of found) {
    if (c.confidence < SPREAD_CONFIDENCE) continue;
    const keys = phraseKeys(ctx, c);
    if (!keys) continue;
    // Pushed, not map()ped: map() makes a holey array and the surname's literal below a packed
    // one, and reading `keys` of both kinds threw this pass's optimised code away once per article.
    const phonetic: string[] = [];
    for (const k of keys) phonetic.push(phoneticKey(k));
    if (keys.length > 1 || spreadable(keys[0], lex, !!c.kbId)) add({ keys: phonetic, type: c.type, kbId: c.kbId, subtype: c.subtype });
    // A body named by a description and a nisba is named again without it (حكومة الوحدة الوطنية الليبية → حكومة الوحدة الوطنية).
    if (c.type === 'ORG' && !c.descriptive && keys.length >= 3 && lex.nisbaOf(keys[keys.length - 1])) add({ keys: phonetic.slice(0, -1), type: 'ORG', kbId: c.kbId, subtype: c.subtype });
    const surname = keys[keys.length - 1];
    // A word a particle binds (أبي وقاص، بن لادن) is no surname alone.
    const before = keys[keys.length - 2];
    if (c.type === 'PER' && keys.length > 1 && spreadable(surname, lex, false) && !particles('neverAlone').has(before) && !particles('binds').has(before)) {
      add({ keys: [phoneticKey(surname)], type: 'PER', kbId: c.kbId });
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return byFirst;
}

/** Adds a candidate for every uncovered occurrence of an already found name. */
export function spreadNames(ctx: ArticleContext, found: readonly NameCandidate[], lex: SpreadLexicon): NameCandidate[] {
  const { tokens } = ctx;
  const byFirst = index(ctx, found, lex);
  if (!byFirst.size) return [];
  const covered = new Uint8Array(tokens.length);
  // A person found shorter than the same name found whole elsewhere (عادل then عادل إمام) is read whole
  // here too: per first token, the found person's length in tokens, and its start.
  const personLength = new Uint8Array(tokens.length);
  const personStart = new Map<number, number>();
  for (const c of found) {
    const first = tokenIndexAt(tokens, c.start);
    let i = first;
    for (; i < tokens.length && tokens[i].start < c.end; i++) covered[i] = 1;
    if (c.type === 'PER' && i - first < 255) {
      personLength[first] = i - first;
      personStart.set(first, c.start);
    }
  }
  const out: NameCandidate[] = [];
  // Ids only key a table of this call, so stale ones do too: within one article they still tell words apart.
  const ids = ctx.wordIds?.ids;
  // Per word id: 0 not asked yet, 1 no reading starts a found name, 2 some reading does.
  const startsName = ids ? new Uint8Array(maxOf(ids) + 1) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const own = personLength[i];
    if (covered[i] && !own) continue;
    let hit: { start: number; to: number; p: Phrase } | undefined;
    // Most words start no found name: asked once per word id, or without ids, skipped when a word
    // without a proclitic letter (whose one reading is itself) starts none.
    if (ids && startsName) {
      const id = ids[i];
      if (startsName[id] === 0) startsName[id] = readingStarts(ctx, i, byFirst) ? 2 : 1;
      if (startsName[id] === 1) continue;
    } else if (!PROCLITIC_FIRST.has(tokens[i].key.charCodeAt(0)) && !byFirst.has(phoneticKey(tokens[i].key))) continue;
    // The second word's key, read once for all the phrases tried here (undefined where none may follow).
    const second = i + 1 < tokens.length && (own > 1 || !covered[i + 1]) && gapAfter(ctx, i) === 'space' ? phoneticKey(tokens[i + 1].key) : undefined;
    for (const r of readingsAt(ctx, i)) {
      for (const p of byFirst.get(phoneticKey(r.key)) ?? []) {
        if (hit && hit.to - i >= p.keys.length) break;
        if (p.keys.length > 1 && p.keys[1] !== second) continue;
        if (own && (p.type !== 'PER' || p.keys.length <= own || tokens[i].start + r.offset !== personStart.get(i))) continue;
        // A one-word name met through its g/j/gh folding or a proclitic reading is another word there
        // (جان folds like كان "was"): that word must be worth spreading too.
        if (p.keys.length === 1 && !spreadable(r.key, lex, !!p.kbId)) continue;
        let ok = i + p.keys.length <= tokens.length;
        for (let k = 2; ok && k < p.keys.length; k++) {
          ok = (k < own || !covered[i + k]) && gapAfter(ctx, i + k - 1) === 'space' && phoneticKey(tokens[i + k].key) === p.keys[k];
        }
        if (ok) hit = { start: tokens[i].start + r.offset, to: i + p.keys.length, p };
      }
    }
    if (!hit) continue;
    out.push(nameCandidate({ start: hit.start, end: tokens[hit.to - 1].end, type: hit.p.type, kbId: hit.p.kbId, subtype: hit.p.subtype, confidence: 0.8, source: 'consistency' }));
    i = hit.to - 1;
  }
  return out;
}

/** True when some reading of token i is the first key of a phrase in `byFirst`. */
function readingStarts(ctx: ArticleContext, i: number, byFirst: ReadonlyMap<string, Phrase[]>): boolean {
  for (const r of readingsAt(ctx, i)) if (byFirst.has(phoneticKey(r.key))) return true;
  return false;
}

function maxOf(xs: Int32Array): number {
  let max = 0;
  for (let i = 0; i < xs.length; i++) if (xs[i] > max) max = xs[i];
  return max;
}
