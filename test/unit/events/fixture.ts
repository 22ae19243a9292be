// Hand-built entities and mentions for quote, speaker and event tests, so
// they exercise this layer whatever the name recogniser finds.
import { buildContext, type ArticleContext } from '../../../src/core/text/context';
import type { Entity, EntityType, Mention } from '../../../src/core/types';
import { findQuotes } from '../../../src/core/recognize/quotes';
import { findDates } from '../../../src/core/recognize/dates';
import { extractEvents } from '../../../src/core/events/extract';
import type { AnnotationEvent } from '../../../src/core/types';

export interface Fixture {
  ctx: ArticleContext;
  entities: Entity[];
  mentions: Mention[];
}

/** names: [surface, entity id, type, English name?]; every occurrence of each surface becomes a mention. */
export function fixture(text: string, names: Array<[string, string, EntityType, string?]>, kb: Record<string, string> = {}): Fixture {
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  for (const [surface, id, type, en] of names) {
    if (!entities.has(id)) entities.set(id, { id, type, name: surface, aliases: [], ...(en ? { nameEn: en } : {}), ...(kb[id] ? { kb: { id: kb[id] } } : {}) });
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      if (mentions.some(m => at < m.end && at + surface.length > m.start)) continue;
      mentions.push({ id: `m${mentions.length + 1}`, entity: id, type, start: at, end: at + surface.length, text: surface, origin: 'manual' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { ctx: buildContext(text), entities: [...entities.values()], mentions };
}

/** Each event of `text` as "trigger CAMEO-root", the fixture's names as its only mentions. */
export function eventRows(text: string, names: Array<[string, string, EntityType, string?]> = []): string[] {
  const f = fixture(text, names);
  const quotes = findQuotes(f.ctx, f.entities, f.mentions);
  return extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes, dates: findDates(f.ctx) }).map(e => `${e.trigger.text} ${e.cameo.slice(0, 2)}`);
}

/** Names for a fixture: [surface, entity id, type, English name?]. */
export type Names = Array<[string, string, EntityType, string?]>;

/** The events of `text`, the fixture's names as its only mentions. */
export function eventsOf(text: string, names: Names): AnnotationEvent[] {
  const f = fixture(text, names);
  const quotes = findQuotes(f.ctx, f.entities, f.mentions);
  return extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes, dates: findDates(f.ctx) });
}
