import type { ArticleContext } from '../text/context';
import type { Entity, Mention } from '../types';
import type { NameCandidate } from './candidate';

/** Merges name candidates into entities with canonical names, descriptions and aliases. */
export function buildEntities(ctx: ArticleContext, candidates: NameCandidate[]): { entities: Entity[]; mentions: Mention[] } {
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const byName = new Map<string, Entity>();
  for (const c of candidates) {
    const text = ctx.text.slice(c.start, c.end);
    let e = byName.get(c.type + text);
    if (!e) {
      e = { id: `e${entities.length + 1}`, type: c.type, name: text, aliases: [] };
      entities.push(e);
      byName.set(c.type + text, e);
    }
    mentions.push({ id: `m${mentions.length + 1}`, entity: e.id, type: c.type, start: c.start, end: c.end, text, origin: 'auto', confidence: c.confidence, source: c.source });
  }
  return { entities, mentions };
}
