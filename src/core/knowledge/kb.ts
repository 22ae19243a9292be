// The knowledge base (media/data/kb.json, built by scripts/build-kb.ts),
// loaded on first use and cached. Lookups take any spelling: names are
// compared by `matchKey` (normalised, diacritics and tatweel ignored).
import type { EntityType } from '../types';
import { readDataJson } from '../data-dir';
import { matchKey } from '../text/normalize';
import type { KbEntry, KbFile } from './types';

export type { KbEntry, KbFile } from './types';

export class KnowledgeBase {
  readonly entries: readonly KbEntry[];
  private readonly ids = new Map<string, KbEntry>();
  private readonly names = new Map<string, KbEntry[]>();
  private readonly nisba: Map<string, string>;
  private readonly lists: Record<EntityType, Set<string>>;
  private readonly ambiguousKeys: Set<string>;

  constructor(file: KbFile) {
    this.entries = file.entries;
    for (const e of file.entries) {
      this.ids.set(e.id, e);
      for (const name of [...e.ar, ...(e.en ? [e.en] : []), ...(e.enAliases ?? [])]) {
        const key = matchKey(name);
        const list = this.names.get(key);
        if (!list) this.names.set(key, [e]);
        else if (!list.includes(e)) list.push(e);
      }
    }
    this.nisba = new Map(Object.entries(file.nisba));
    this.lists = { PER: new Set(file.lists.PER), LOC: new Set(file.lists.LOC), ORG: new Set(file.lists.ORG) };
    this.ambiguousKeys = new Set(file.ambiguous);
  }

  byId(id: string): KbEntry | undefined {
    return this.ids.get(id);
  }

  /** Entries with this name (Arabic or English, any spelling), in priority order: curated first. */
  byName(name: string): readonly KbEntry[] {
    return this.names.get(matchKey(name)) ?? [];
  }

  /** Every distinct name key with its entries, for building matchers. */
  nameKeys(): IterableIterator<[string, KbEntry[]]> {
    return this.names.entries();
  }

  /** The country a nisba adjective points to (الأرمينية → Armenia, أتراك → Turkey). */
  nisbaCountry(word: string): KbEntry | undefined {
    const id = this.nisba.get(matchKey(word));
    return id ? this.ids.get(id) : undefined;
  }

  /** Every nisba form key with its country entry id. */
  nisbaKeys(): IterableIterator<[string, string]> {
    return this.nisba.entries();
  }

  /** ANERGazet membership of a name (by matchKey): lower-confidence evidence. */
  inList(type: EntityType, name: string): boolean {
    return this.lists[type].has(matchKey(name));
  }

  listKeys(type: EntityType): ReadonlySet<string> {
    return this.lists[type];
  }

  /** True for a name that is also an ordinary word or names two places (مالي، عمان). */
  isAmbiguous(name: string): boolean {
    return this.ambiguousKeys.has(matchKey(name));
  }

  countryByIso2(iso2: string): KbEntry | undefined {
    return this.ids.get(`country/${iso2.toUpperCase()}`);
  }

  /** One line for a hover card: the description, with the country's English name when useful. */
  describe(id: string): string | undefined {
    const e = this.ids.get(id);
    if (!e) return undefined;
    if (e.description) return e.description;
    const country = e.country ? this.ids.get(e.country)?.en : undefined;
    return country ? `${e.subtype} in ${country}` : e.subtype;
  }
}

let cached: KnowledgeBase | undefined;

/** The shipped knowledge base, read from media/data/kb.json on first call. */
export function getKnowledgeBase(): KnowledgeBase {
  if (!cached) cached = new KnowledgeBase(readDataJson<KbFile>('kb.json'));
  return cached;
}
