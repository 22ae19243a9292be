// The workspace corpus: one summary per article, entities joined across
// articles by key, events in date order. Serialisable for an on-disk cache.
import type { ArticleSummary, CorpusEntityRef, CorpusEventRef } from './summary';

export const CORPUS_CACHE_VERSION = 1;

export interface CorpusEntity {
  key: string;
  type: CorpusEntityRef['type'];
  name: string;
  nameEn?: string;
  description?: string;
  wikidata?: string;
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
  types?: string[];
  entityKey?: string;
  text?: string;
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

  /** True when the cached summary was made from exactly this text. */
  isCurrent(path: string, sha256: string): boolean {
    return this.articles.get(path)?.sha256 === sha256;
  }

  set(summary: ArticleSummary): void {
    this.articles.set(summary.path, summary);
  }

  delete(path: string): boolean {
    return this.articles.delete(path);
  }

  entities(filter: CorpusFilter = {}): CorpusEntity[] {
    const byKey = new Map<string, CorpusEntity>();
    for (const a of this.articles.values()) {
      for (const e of a.entities) {
        if (filter.types?.length && !filter.types.includes(e.type)) continue;
        let agg = byKey.get(e.key);
        if (!agg) {
          agg = { key: e.key, type: e.type, name: e.name, articles: [], total: 0 };
          byKey.set(e.key, agg);
        }
        // The longest Arabic name and the first English name/description found stand for the entity.
        if (e.name.length > agg.name.length) agg.name = e.name;
        agg.nameEn ??= e.nameEn;
        agg.description ??= e.description;
        agg.wikidata ??= e.wikidata;
        agg.articles.push({ path: a.path, count: e.mentions.length });
        agg.total += e.mentions.length;
      }
    }
    const needle = filter.text?.trim().toLowerCase();
    const out = [...byKey.values()].filter(e => !needle || matches(needle, e.name, e.nameEn, e.key));
    for (const e of out) e.articles.sort((x, y) => y.count - x.count || x.path.localeCompare(y.path));
    return out.sort((x, y) => y.articles.length - x.articles.length || y.total - x.total || x.name.localeCompare(y.name));
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
      (x.sortDate ?? '\uffff').localeCompare(y.sortDate ?? '\uffff') || x.path.localeCompare(y.path) || x.trigger.start - y.trigger.start);
  }

  /** Every mention of an entity across the corpus. */
  occurrences(key: string): { path: string; mentions: CorpusEntityRef['mentions'] }[] {
    const out: { path: string; mentions: CorpusEntityRef['mentions'] }[] = [];
    for (const a of this.articles.values()) {
      const e = a.entities.find(x => x.key === key);
      if (e) out.push({ path: a.path, mentions: e.mentions });
    }
    return out.sort((x, y) => x.path.localeCompare(y.path));
  }

  toJSON(): { version: number; articles: ArticleSummary[] } {
    return { version: CORPUS_CACHE_VERSION, articles: [...this.articles.values()] };
  }

  /** Rebuilds an index from its cache; a cache of another version gives an empty index. */
  static fromJSON(data: unknown): CorpusIndex {
    const index = new CorpusIndex();
    const d = data as { version?: number; articles?: ArticleSummary[] } | null;
    if (d && d.version === CORPUS_CACHE_VERSION && Array.isArray(d.articles)) {
      for (const a of d.articles) if (a && typeof a.path === 'string' && typeof a.sha256 === 'string') index.set(a);
    }
    return index;
  }
}

function matches(needle: string, ...fields: (string | undefined)[]): boolean {
  return fields.some(f => f?.toLowerCase().includes(needle));
}
