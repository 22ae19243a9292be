// Mentions merged into entities: the same knowledge-base entry, the same name
// in any spelling (ناجورنو / ناغورنو), a surname or shorter tail with the full
// name (بوتين ↔ فلاديمير بوتين). Titles that introduce a person become its
// aliases and description, not mentions: the format counts names only, and
// title phrases stay available as `aliases` for quotes and events.
import { distance } from 'fastest-levenshtein';
import type { ArticleContext } from '../text/context';
import { phoneticTokenKey } from '../knowledge/gazetteer';
import { matchKey } from '../text/normalize';
import type { Entity, EntityType, Mention } from '../types';
import type { NameCandidate } from './candidate';
import { personTitles, type PersonTitle } from './describe';
import { particles } from './name-particles';
import { defaultSources, type NameSources } from './sources';
import { transliterateName } from './transliterate';
import { partitionPoint } from '../text/search';
import { memoByString } from '../text/text-memo';

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The earlier mention stays the root, so entity order follows first mentions.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Word keys of a mention (folded so g/j/gh spellings and proclitic-free forms agree), joined by spaces, and their consonant skeletons. */
interface NameKeys {
  words: string[];
  joined: string;
  skeleton: string;
  /** See tailsOf, computed on first use. */
  tails?: string[];
}

// By mention text: an article names the same people and places again and again.
const nameKeys = memoByString((text: string): NameKeys => {
  const words = comparableWords(matchKey(text).split(' ').filter(Boolean)).map(phoneticTokenKey);
  return { words, joined: words.join(' '), skeleton: words.map(skeleton).join(' ') };
}, 100_000);


/**
 * A name's words as an article varies them: particles joined to the next word, the
 * nasab left out where two words remain, and an article on a word dropped
 * (العسيري ↔ عسيري، الشين بيت ↔ شين بيت).
 */
function comparableWords(words: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (particles('joinsNext').has(words[i]) && i + 1 < words.length) joined.push(words[i] + words[++i]);
    else joined.push(words[i]);
  }
  const nasab = particles('nasab');
  const withoutNasab = joined.filter((w, i) => !nasab.has(w) && !nasab.has(joined[i - 1] ?? ''));
  const out = withoutNasab.length >= 2 && joined.length - withoutNasab.length <= 2 ? withoutNasab : joined;
  return out.map(w => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w));
}

/** Consonant skeleton: long-vowel letters and hamza dropped, emphatic pairs folded (بوتين/بوتن، علييف/عالييف). */
function skeleton(key: string): string {
  return key.replace(/[اويءى]/g, '').replace(/ط/g, 'ت').replace(/ص/g, 'س').replace(/ض/g, 'د').replace(/ذ/g, 'ز').replace(/ه/g, '');
}

/**
 * Unions every mention with the first one that has the same group key (undefined:
 * no group), and, given `types`, the same type: one map per type, so no combined
 * key string is built per mention. `accept` may veto a union.
 */
function unionByKey(
  n: number,
  keyOf: (i: number) => string | undefined,
  uf: UnionFind,
  types?: EntityType[],
  accept: (first: number, i: number) => boolean = () => true,
): void {
  const firstByType = new Map<EntityType | undefined, Map<string, number>>();
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    if (key === undefined) continue;
    const type = types?.[i];
    let firsts = firstByType.get(type);
    if (!firsts) firstByType.set(type, (firsts = new Map()));
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, i);
    else if (accept(first, i)) uf.union(first, i);
  }
}

/**
 * Spelling variants: names of one type whose consonant skeletons agree and
 * that differ by at most two letters. Bucketing by skeleton keeps it linear;
 * the edit distance keeps محمد بن سلمان and محمد بن سلطان apart.
 */
function mergeVariants(keys: NameKeys[], types: EntityType[], uf: UnionFind): void {
  unionByKey(keys.length, i => keys[i].skeleton, uf, types, (first, i) => {
    const a = keys[first];
    const b = keys[i];
    return a.joined.length - (a.words.length - 1) >= 4 && (a.joined === b.joined || distance(a.joined, b.joined) <= 2);
  });
}

/**
 * A shorter person mention joins the nearest earlier (else later) full name that ends with it. Where
 * the full names are several people and the knowledge base knows just one of them (بشار الأسد beside
 * a relative the news has not named before), a bare surname means the known one: news names the
 * well-known by surname alone, and introduces the others in full.
 */
function mergeTails(keys: NameKeys[], types: EntityType[], linked: (i: number) => boolean, uf: UnionFind): void {
  const tails = new Map<string, number[]>();
  for (let i = 0; i < keys.length; i++) {
    if (types[i] !== 'PER') continue;
    for (const tail of tailsOf(keys[i])) {
      const list = tails.get(tail);
      if (list) list.push(i);
      else tails.set(tail, [i]);
    }
  }
  // Whether every full name ending with a tail is already one entity, and the one entity among them
  // the knowledge base knows (-1 when none or several), computed once per tail.
  const unique = new Map<string, boolean>();
  const known = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    if (types[i] !== 'PER') continue;
    const key = keys[i].joined;
    const full = tails.get(key);
    if (!full) continue;
    // Indices are ascending: binary search for the nearest full name before mention i.
    const lo = partitionPoint(full.length, k => full[k] < i);
    let one = unique.get(key);
    if (one === undefined) {
      const root = uf.find(full[0]);
      one = full.every(j => uf.find(j) === root);
      unique.set(key, one);
    }
    if (!one) {
      let knownRoot = known.get(key);
      if (knownRoot === undefined) {
        const roots = new Set(full.filter(linked).map(j => uf.find(j)));
        knownRoot = roots.size === 1 ? [...roots][0] : -1;
        known.set(key, knownRoot);
      }
      if (knownRoot >= 0) {
        uf.union(i, knownRoot);
        continue;
      }
    }
    // Ambiguous tails (two different people named Aliyev) join only an earlier full name.
    if (lo > 0) uf.union(i, full[lo - 1]);
    else if (one) uf.union(i, full[0]);
  }
}

/**
 * A one-word person mention after the full name it begins (سامر ↔ سامر خليلوف): joined when
 * every earlier full name beginning with it is one entity and it is no one's surname.
 */
function mergeGivenNames(keys: NameKeys[], types: EntityType[], uf: UnionFind): void {
  const surnames = new Set<string>();
  for (let i = 0; i < keys.length; i++) if (types[i] === 'PER' && keys[i].words.length > 1) surnames.add(keys[i].words[keys[i].words.length - 1]);
  // One pass in text order: per first word, the first full name seen so far and whether a second person shares it.
  const byFirst = new Map<string, { first: number; shared: boolean }>();
  for (let i = 0; i < keys.length; i++) {
    if (types[i] !== 'PER') continue;
    const k = keys[i];
    if (k.words.length > 1) {
      const seen = byFirst.get(k.words[0]);
      if (!seen) byFirst.set(k.words[0], { first: i, shared: false });
      else if (uf.find(seen.first) !== uf.find(i)) seen.shared = true;
    } else if (!surnames.has(k.joined)) {
      const seen = byFirst.get(k.joined);
      if (seen && !seen.shared) uf.union(i, seen.first);
    }
  }
}

/** A body named again without the nisba that ended its name (حكومة الوحدة الوطنية الليبية → حكومة الوحدة الوطنية). */
function mergeShortBodies(keys: NameKeys[], types: EntityType[], texts: string[], sources: NameSources, uf: UnionFind): void {
  const full = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    if (types[i] !== 'ORG' || keys[i].words.length < 3) continue;
    const words = matchKey(texts[i]).split(' ');
    if (!sources.nisbaOf(words[words.length - 1])) continue;
    const short = keys[i].words.slice(0, -1).join(' ');
    if (!full.has(short)) full.set(short, i);
  }
  if (!full.size) return;
  for (let i = 0; i < keys.length; i++) {
    const j = types[i] === 'ORG' ? full.get(keys[i].joined) : undefined;
    if (j !== undefined) uf.union(i, j);
  }
}

/**
 * Bodies a rule named from their parts with one English name (القوات السعودية، القوات المسلحة
 * السعودية: Armed forces of Saudi Arabia) are one body, and a kind noun naming one again
 * (الحكومة) is its antecedent's. `cands` are sorted by start.
 */
function mergeDescribed(cands: readonly NameCandidate[], uf: UnionFind): void {
  unionByKey(cands.length, i => (cands[i].source === 'rule' && cands[i].subtype ? cands[i].nameEn : undefined), uf);
  for (let i = 0; i < cands.length; i++) {
    const at = cands[i].antecedent;
    if (at === undefined) continue;
    const j = partitionPoint(i, k => cands[k].start < at);
    if (j < i && cands[j].start === at) uf.union(i, j);
  }
}

/**
 * The shorter tails of a name of two words or more (بوتين and فلاديمير بوتين of a three-word name),
 * shortest first; none right after a binding particle, unless it opens with the person's first name:
 * سلمان بن عبدالعزيز in محمد بن سلمان بن عبدالعزيز is his father.
 */
function tailsOf(k: NameKeys): string[] {
  if (!k.tails) {
    k.tails = [];
    const binds = particles('binds');
    for (let n = 1; n < k.words.length; n++) {
      const from = k.words.length - n;
      // The person's own first name and family name (عبدالله بن صقيه of عبدالله بن علي بن عبدالله بن صقيه) stay his.
      if (!binds.has(k.words[from - 1]) || (n > 1 && k.words[from] === k.words[0])) k.tails.push(k.words.slice(from).join(' '));
    }
  }
  return k.tails;
}

/**
 * A name cut after its first nasab (محمد بن سلمان) and the fuller name it begins, whose lineage goes
 * on (محمد بن سلمان بن عبدالعزيز آل سعود): one person, when every fuller name beginning with it
 * is one entity. The nearest earlier fuller name is taken, else the first.
 */
function mergeLineageHeads(texts: string[], types: EntityType[], uf: UnionFind): void {
  const nasab = particles('nasab'), lengthens = particles('lengthens');
  const words = (i: number) => matchKey(texts[i]).split(' ').filter(Boolean).map(phoneticTokenKey);
  const fuller = new Map<string, number[]>();
  const heads: [number, string][] = [];
  for (let i = 0; i < texts.length; i++) {
    if (types[i] !== 'PER') continue;
    const w = words(i);
    if (w.length === 3 && nasab.has(w[1])) heads.push([i, w.join(' ')]);
    if (w.length > 3 && nasab.has(w[1]) && lengthens.has(w[3])) {
      const head = w.slice(0, 3).join(' ');
      const list = fuller.get(head);
      if (list) list.push(i);
      else fuller.set(head, [i]);
    }
  }
  for (const [i, head] of heads) {
    const full = fuller.get(head);
    if (!full || !full.every(j => uf.find(j) === uf.find(full[0]))) continue;
    const lo = partitionPoint(full.length, k => full[k] < i);
    uf.union(i, full[lo > 0 ? lo - 1 : 0]);
  }
}

/** The value that occurs most often in ids.map(valueOf), the earliest among equals. */
function mostCommon<T>(ids: readonly number[], valueOf: (i: number) => T): T {
  // Most entities are named once, or always alike: no counting needed.
  const first = valueOf(ids[0]);
  let k = 1;
  while (k < ids.length && valueOf(ids[k]) === first) k++;
  if (k === ids.length) return first;
  const counts = new Map<T, number>();
  for (const i of ids) {
    const v = valueOf(i);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best = valueOf(ids[0]);
  let bestCount = counts.get(best)!;
  for (const i of ids) {
    const c = counts.get(valueOf(i))!;
    if (c > bestCount) {
      best = valueOf(i);
      bestCount = c;
    }
  }
  return best;
}

export function buildEntities(
  ctx: ArticleContext,
  candidates: NameCandidate[],
  sources: NameSources = defaultSources(),
): { entities: Entity[]; mentions: Mention[] } {
  const cands = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end);
  const n = cands.length;
  const texts: string[] = new Array(n);
  const keys: NameKeys[] = new Array(n);
  const types: EntityType[] = new Array(n);
  const perIdx: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = cands[i];
    texts[i] = ctx.text.slice(c.start, c.end);
    keys[i] = nameKeys(texts[i]);
    types[i] = c.type;
    if (c.type === 'PER') perIdx.push(i);
  }
  const uf = new UnionFind(n);
  unionByKey(n, i => keys[i].joined, uf, types);
  unionByKey(n, i => cands[i].kbId || undefined, uf);
  mergeVariants(keys, types, uf);
  mergeTails(keys, types, i => !!cands[i].kbId, uf);
  mergeGivenNames(keys, types, uf);
  mergeLineageHeads(texts, types, uf);
  mergeShortBodies(keys, types, texts, sources, uf);
  mergeDescribed(cands, uf);

  const nameInside = (span: { start: number; end: number }): string | undefined => {
    const lo = partitionPoint(n, k => cands[k].start < span.start);
    const c = lo < n && cands[lo].type !== 'PER' && cands[lo].end <= span.end ? cands[lo] : undefined;
    return c && (c.nameEn ?? (c.kbId ? sources.kbEntry(c.kbId)?.nameEn : undefined));
  };
  const titles = personTitles(ctx, perIdx.map(i => cands[i].start), sources.nisbaOf, nameInside);
  const titleOf = new Map<number, PersonTitle>();
  titles.forEach((t, k) => titleOf.set(perIdx[k], t));

  // The root of a group is its first mention (see UnionFind.union): groups come out in order of first mention.
  const members: number[][] = [];
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const root = uf.find(i);
    if (root === i) {
      groupOf[i] = members.length;
      members.push([i]);
    } else members[groupOf[root]].push(i);
  }
  const english = ctx.language === 'en';
  const entities = members.map((ids, e) => describeEntity(`e${e + 1}`, ids, cands, texts, keys, titleOf, sources, english));
  const mentions: Mention[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = cands[i];
    mentions[i] = {
      id: `m${i + 1}`,
      entity: entities[groupOf[uf.find(i)]].id,
      type: c.type,
      start: c.start,
      end: c.end,
      text: texts[i],
      origin: 'auto',
      confidence: c.confidence,
      source: c.source,
    };
  }
  return { entities, mentions };
}

// Transliterations by Arabic name: the same entities come back article after article.
const transliterated = memoByString(transliterateName, 50_000);

function describeEntity(
  id: string,
  ids: number[],
  cands: NameCandidate[],
  texts: string[],
  keys: NameKeys[],
  titleOf: Map<number, PersonTitle>,
  sources: NameSources,
  english: boolean,
): Entity {
  const type = mostCommon(ids, i => cands[i].type);
  let longest = 0;
  for (const i of ids) longest = Math.max(longest, keys[i].words.length);
  const name = mostCommon(ids.filter(i => keys[i].words.length === longest), i => texts[i]);
  let kbId: string | undefined;
  let ruled: NameCandidate | undefined;
  let subtypeOfMention: string | undefined;
  const told: PersonTitle[] = [];
  for (const i of ids) {
    const c = cands[i];
    kbId ||= c.kbId || undefined;
    if (!ruled && (c.nameEn || c.description)) ruled = c;
    subtypeOfMention ||= c.subtype || undefined;
    const t = titleOf.get(i);
    if (t) told.push(t);
  }
  const kb = kbId ? sources.kbEntry(kbId) : undefined;
  const description = kb?.description ?? ruled?.description ?? told.map(t => t.description).find(Boolean);
  const nameEn = kb?.nameEn ?? ruled?.nameEn ?? (english ? name : type === 'ORG' ? undefined : transliterated(name));
  // Most entities have no alias: the set is made only for the first one.
  let aliases: Set<string> | undefined;
  for (const i of ids) if (texts[i] !== name) (aliases ??= new Set()).add(texts[i]);
  for (const t of told) if (!t.counterpart) (aliases ??= new Set()).add(t.text);
  const subtype = kb?.subtype ?? subtypeOfMention;
  // Optional fields assigned in the order the format lists them, without object spreads.
  const entity = { id, type, name } as Entity;
  if (nameEn) entity.nameEn = nameEn;
  if (subtype) entity.subtype = subtype;
  if (kbId) entity.kb = kb?.wikidata ? { id: kbId, wikidata: kb.wikidata } : { id: kbId };
  if (description) entity.description = description;
  entity.aliases = aliases ? [...aliases] : [];
  entity.origin = 'auto';
  return entity;
}
