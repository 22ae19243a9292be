// Gold mentions turned into system-shaped entities and mentions, so quotes,
// dates and events can be measured on their own, whatever the recogniser does.
import type { Entity, Mention } from '../../src/core/types';
import type { Gold } from './gold';

export function goldEntitiesAndMentions(gold: Gold): { entities: Entity[]; mentions: Mention[] } {
  const entities: Entity[] = Object.entries(gold.entities).map(([id, e]) => ({
    id,
    type: e.type as Entity['type'],
    name: e.name,
    nameEn: e.name,
    description: e.description,
    aliases: [],
  }));
  const mentions: Mention[] = gold.mentions.map((m, i) => ({
    id: `gm${i + 1}`,
    entity: m.entity,
    type: m.type as Mention['type'],
    start: m.start,
    end: m.end,
    text: m.text,
    origin: 'manual',
  }));
  return { entities, mentions };
}
