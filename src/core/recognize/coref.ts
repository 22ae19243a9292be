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
import { defaultSources, type NameSources } from './sources';
import { transliterateName } from './transliterate';

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

/** Word keys of a mention, folded so g/j/gh spellings and proclitic-free forms agree. */
function wordKeys(text: string): string[] {
  return matchKey(text).split(' ').filter(Boolean).map(phoneticTokenKey);
}

function bucket<K>(items: Iterable<[K, number]>): Map<K, number[]> {
  const m = new Map<K, number[]>();
  for (const [k, i] of items) {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return m;
}

/** Consonant skeleton: long-vowel letters and hamza dropped, emphatic pairs folded (بوتين/بوتن، علييف/عالييف). */
function skeleton(key: string): string {
  return key.replace(/[اويءى]/g, '').replace(/ط/g, 'ت').replace(/ص/g, 'س').replace(/ض/g, 'د').replace(/ذ/g, 'ز').replace(/ه/g, '');
}

/**
 * Spelling variants: names of one type whose consonant skeletons agree and
 * that differ by at most two letters. Bucketing by skeleton keeps it linear;
 * the edit distance keeps محمد بن سلمان and محمد بن سلطان apart.
 */
function mergeVariants(keys: string[][], types: EntityType[], uf: UnionFind): void {
  const groups = bucket(keys.map((k, i) => [`${types[i]}|${k.map(skeleton).join(' ')}`, i] as [string, number]));
  for (const ids of groups.values()) {
    const first = keys[ids[0]].join(' ');
    if (first.replace(/ /g, '').length < 4) continue;
    for (const j of ids) if (distance(first, keys[j].join(' ')) <= 2) uf.union(ids[0], j);
  }
}

/** A shorter person mention joins the nearest earlier (else later) full name that ends with it. */
function mergeTails(keys: string[][], types: EntityType[], uf: UnionFind): void {
  const tails = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (types[i] !== 'PER' || k.length < 2) return;
    for (let n = 1; n < k.length; n++) {
      const tail = k.slice(k.length - n).join(' ');
      const list = tails.get(tail) ?? [];
      list.push(i);
      tails.set(tail, list);
    }
  });
  // Whether every full name ending with a tail is already one entity (computed once per tail).
  const unique = new Map<string, boolean>();
  keys.forEach((k, i) => {
    if (types[i] !== 'PER') return;
    const key = k.join(' ');
    const full = tails.get(key);
    if (!full) return;
    // Indices are ascending: binary search for the nearest full name before mention i.
    let lo = 0;
    let hi = full.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (full[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    let one = unique.get(key);
    if (one === undefined) {
      const root = uf.find(full[0]);
      one = full.every(j => uf.find(j) === root);
      unique.set(key, one);
    }
    // Ambiguous tails (two different people named Aliyev) join only an earlier full name.
    if (lo > 0) uf.union(i, full[lo - 1]);
    else if (one) uf.union(i, full[0]);
  });
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  for (const v of values) if ((counts.get(v) ?? 0) > (counts.get(best) ?? 0)) best = v;
  return best;
}

export function buildEntities(
  ctx: ArticleContext,
  candidates: NameCandidate[],
  sources: NameSources = defaultSources(),
): { entities: Entity[]; mentions: Mention[] } {
  const cands = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end);
  const n = cands.length;
  const texts = cands.map(c => ctx.text.slice(c.start, c.end));
  const keys = texts.map(wordKeys);
  const types = cands.map(c => c.type);
  const uf = new UnionFind(n);
  for (const ids of bucket(cands.map((c, i) => [`${c.type}|${keys[i].join(' ')}`, i] as [string, number])).values()) for (const j of ids) uf.union(ids[0], j);
  for (const ids of bucket(cands.flatMap((c, i) => (c.kbId ? [[c.kbId, i] as [string, number]] : []))).values()) for (const j of ids) uf.union(ids[0], j);
  mergeVariants(keys, types, uf);
  mergeTails(keys, types, uf);

  const perIdx = cands.flatMap((c, i) => (c.type === 'PER' ? [i] : []));
  const nameInside = (span: { start: number; end: number }): string | undefined => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cands[mid].start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const c = lo < n && cands[lo].type !== 'PER' && cands[lo].end <= span.end ? cands[lo] : undefined;
    return c && (c.nameEn ?? (c.kbId ? sources.kbEntry(c.kbId)?.nameEn : undefined));
  };
  const titles = personTitles(ctx, perIdx.map(i => cands[i].start), sources.nisbaOf, nameInside);
  const titleOf = new Map<number, PersonTitle>();
  titles.forEach((t, k) => titleOf.set(perIdx[k], t));

  const members = bucket(cands.map((_, i) => [uf.find(i), i] as [number, number]));
  const entityOf = new Map<number, string>();
  const entities: Entity[] = [];
  for (const [root, ids] of [...members].sort((a, b) => a[0] - b[0])) {
    const id = `e${entities.length + 1}`;
    entityOf.set(root, id);
    entities.push(describeEntity(id, ids, cands, texts, keys, titleOf, sources, ctx.language === 'en'));
  }
  const mentions: Mention[] = cands.map((c, i) => ({
    id: `m${i + 1}`,
    entity: entityOf.get(uf.find(i))!,
    type: c.type,
    start: c.start,
    end: c.end,
    text: texts[i],
    origin: 'auto',
    confidence: c.confidence,
    source: c.source,
  }));
  return { entities, mentions };
}

function describeEntity(
  id: string,
  ids: number[],
  cands: NameCandidate[],
  texts: string[],
  keys: string[][],
  titleOf: Map<number, PersonTitle>,
  sources: NameSources,
  english: boolean,
): Entity {
  const type = mostCommon(ids.map(i => cands[i].type)) as EntityType;
  const longest = ids.reduce((m, i) => Math.max(m, keys[i].length), 0);
  const name = mostCommon(ids.filter(i => keys[i].length === longest).map(i => texts[i]));
  const kbId = ids.map(i => cands[i].kbId).find(Boolean);
  const kb = kbId ? sources.kbEntry(kbId) : undefined;
  const ruled = ids.map(i => cands[i]).find(c => c.nameEn || c.description);
  const told = ids.map(i => titleOf.get(i)).filter((t): t is PersonTitle => !!t);
  const description = kb?.description ?? ruled?.description ?? told.map(t => t.description).find(Boolean);
  const nameEn = kb?.nameEn ?? ruled?.nameEn ?? (english ? name : type === 'ORG' ? undefined : transliterateName(name));
  const aliases = new Set<string>();
  for (const i of ids) if (texts[i] !== name) aliases.add(texts[i]);
  for (const t of told) if (!t.counterpart) aliases.add(t.text);
  const subtype = kb?.subtype ?? ids.map(i => cands[i].subtype).find(Boolean);
  return {
    id,
    type,
    name,
    ...(nameEn ? { nameEn } : {}),
    ...(subtype ? { subtype } : {}),
    ...(kbId ? { kb: { id: kbId, ...(kb?.wikidata ? { wikidata: kb.wikidata } : {}) } } : {}),
    ...(description ? { description } : {}),
    aliases: [...aliases],
    origin: 'auto',
  };
}
