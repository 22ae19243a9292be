// The workspace corpus: one summary per article, entities joined across
// articles by key, events in date order. Serialisable for an on-disk cache.
import type { ArticleSummary, CorpusEntityRef, CorpusEventRef, CorpusMention } from './summary';

export const CORPUS_CACHE_VERSION = 2;
const ARABIC_LETTER = /[\u0621-\u064A]/;
const MAX_ALIASES = 12;

export interface CorpusEntity {
  key: string;
  type: CorpusEntityRef['type'];
  name: string;
  nameEn?: string;
  description?: string;
  wikidata?: string;
  /** Other spellings across articles (a few), for search. */
  aliases: string[];
  /** Article path → mention count, most mentioned first when listed. */
  articles: { path: string; count: number }[];
  total: number;
}

export interface CorpusEvent extends CorpusEventRef {
  path: string;
  /** Sort date: the event's own resolved date, else the article's publication date. */
  sortDate?: string;
}

export interface CorpusFilter {
  /** Entity types (PER/LOC/ORG) for entities, PLOVER types for events. */
  types?: string[];
  /**
   * For events: those the entity takes part in (actor, target, place). For
   * entities: the entity and those that share an article with it.
   */
  entityKey?: string;
  text?: string;
}

export interface CorpusCacheData {
  version: number;
  /** What the summaries were made with (core build, settings); another one means re-annotate. */
  fingerprint?: string;
  articles: ArticleSummary[];
}

export class CorpusIndex {
  private readonly articles = new Map<string, ArticleSummary>();

  get size(): number {
    return this.articles.size;
  }

  paths(): string[] {
    return [...this.articles.keys()].sort();
  }

  article(path: string): ArticleSummary | undefined {
    return this.articles.get(path);
  }

  /** True when the cached summary was made from exactly this text (and these corrections). */
  isCurrent(path: string, sha256: string, corrections?: string): boolean {
    const a = this.articles.get(path);
    return !!a && a.sha256 === sha256 && (a.corrections ?? '') === (corrections ?? '');
  }

  set(summary: ArticleSummary): void {
    this.articles.set(summary.path, summary);
  }

  delete(path: string): boolean {
    return this.articles.delete(path);
  }

  entities(filter: CorpusFilter = {}): CorpusEntity[] {
    const byKey = new Map<string, CorpusEntity>();
    const within = filter.entityKey ? new Set(this.occurrences(filter.entityKey).map(o => o.path)) : undefined;
    for (const a of this.articles.values()) {
      if (within && !within.has(a.path)) continue;
      for (const e of a.entities) {
        if (filter.types?.length && !filter.types.includes(e.type)) continue;
        let agg = byKey.get(e.key);
        if (!agg) {
          agg = { key: e.key, type: e.type, name: e.name, aliases: [], articles: [], total: 0 };
          byKey.set(e.key, agg);
        }
        // An Arabic name stands for the entity (the longest), else the longest found;
        // the first English name and description found complete it.
        if (betterName(e.name, agg.name)) {
          if (!agg.aliases.includes(agg.name)) agg.aliases.push(agg.name);
          agg.name = e.name;
        } else if (e.name !== agg.name && !agg.aliases.includes(e.name)) agg.aliases.push(e.name);
        for (const alias of e.aliases ?? []) if (agg.aliases.length < MAX_ALIASES && alias !== agg.name && !agg.aliases.includes(alias)) agg.aliases.push(alias);
        agg.nameEn ??= e.nameEn;
        agg.description ??= e.description;
        agg.wikidata ??= e.wikidata;
        agg.articles.push({ path: a.path, count: e.mentions.length });
        agg.total += e.mentions.length;
      }
    }
    const needle = filter.text?.trim().toLowerCase();
    const out = [...byKey.values()].filter(e => !needle || matches(needle, e.name, e.nameEn, e.key, ...e.aliases));
    for (const e of out) e.articles.sort((x, y) => y.count - x.count || compare(x.path, y.path));
    const first = filter.entityKey;
    return out.sort((x, y) => Number(y.key === first) - Number(x.key === first)
      || y.articles.length - x.articles.length || y.total - x.total || compare(x.name, y.name));
  }

  /** An entity's English name, else its name, as some article gives it. */
  entityName(key: string): string | undefined {
    let name: string | undefined;
    for (const a of this.articles.values()) {
      const e = a.entities.find(x => x.key === key);
      if (e?.nameEn) return e.nameEn;
      name ??= e?.name;
    }
    return name;
  }

  /** One entity across the corpus, or undefined when no article mentions it. */
  entity(key: string): CorpusEntity | undefined {
    return this.entities({ entityKey: key }).find(e => e.key === key);
  }

  /** Events across articles, oldest first; undated events last, by article path. */
  events(filter: CorpusFilter = {}): CorpusEvent[] {
    const out: CorpusEvent[] = [];
    const needle = filter.text?.trim().toLowerCase();
    for (const a of this.articles.values()) {
      for (const ev of a.events) {
        if (filter.types?.length && !filter.types.includes(ev.plover)) continue;
        if (filter.entityKey && !ev.actors.includes(filter.entityKey) && !ev.targets.includes(filter.entityKey) && ev.location !== filter.entityKey) continue;
        if (needle && !matches(needle, ev.summary, ev.plover, ev.trigger.text)) continue;
        const sortDate = ev.iso ?? a.publicationDate;
        out.push({ ...ev, path: a.path, ...(sortDate ? { sortDate } : {}) });
      }
    }
    return out.sort((x, y) =>
      compare(x.sortDate ?? '\uffff', y.sortDate ?? '\uffff') || compare(x.path, y.path) || x.trigger.start - y.trigger.start);
  }

  /** Every mention of an entity across the corpus. */
  occurrences(key: string): { path: string; mentions: CorpusMention[] }[] {
    const out: { path: string; mentions: CorpusMention[] }[] = [];
    for (const a of this.articles.values()) {
      const e = a.entities.find(x => x.key === key);
      if (e) out.push({ path: a.path, mentions: e.mentions });
    }
    return out.sort((x, y) => compare(x.path, y.path));
  }

  toJSON(fingerprint?: string): CorpusCacheData {
    return { version: CORPUS_CACHE_VERSION, ...(fingerprint ? { fingerprint } : {}), articles: [...this.articles.values()] };
  }

  /**
   * Rebuilds an index from its cache; a cache of another version, or made with
   * another fingerprint than the one given, gives an empty index.
   */
  static fromJSON(data: unknown, fingerprint?: string): CorpusIndex {
    const index = new CorpusIndex();
    const d = data as Partial<CorpusCacheData> | null;
    if (!d || d.version !== CORPUS_CACHE_VERSION || !Array.isArray(d.articles)) return index;
    if (fingerprint !== undefined && d.fingerprint !== fingerprint) return index;
    for (const a of d.articles) if (a && typeof a.path === 'string' && typeof a.sha256 === 'string' && Array.isArray(a.entities)) index.set(a);
    return index;
  }
}

/** Code-unit order: ISO dates and paths need no collation, and it is many times faster. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Prefers Arabic script, then the fuller form. */
function betterName(candidate: string, current: string): boolean {
  const ca = ARABIC_LETTER.test(candidate);
  const cur = ARABIC_LETTER.test(current);
  return ca !== cur ? ca : candidate.length > current.length;
}

function matches(needle: string, ...fields: (string | undefined)[]): boolean {
  return fields.some(f => f?.toLowerCase().includes(needle));
}
