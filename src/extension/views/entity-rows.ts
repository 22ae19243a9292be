// Entities view rows: people, places and organisations, each entity with its
// mention count, expanding to the mentions themselves.
import type { AnnotationDocument, Entity, EntityType, Mention } from '../../core/types';
import { lineIndex, reviewLabel, snippet, untranslated, type RowNode, type Translate } from './rows';

export const ENTITY_GROUPS: ReadonlyArray<{ type: EntityType; label: (t: Translate) => string; icon: string; color: string }> = [
  { type: 'PER', label: t => t('People'), icon: 'person', color: 'seedAnnotator.personBorder' },
  { type: 'LOC', label: t => t('Places'), icon: 'location', color: 'seedAnnotator.placeBorder' },
  { type: 'ORG', label: t => t('Organisations'), icon: 'organization', color: 'seedAnnotator.organisationBorder' },
];

export interface EntityRowOptions {
  /** Article text: gives mentions their line and surrounding words. */
  text?: string;
  t?: Translate;
}

function entityTooltip(e: Entity, count: number, t: Translate): string {
  const lines = [e.name];
  if (e.nameEn) lines.push(e.nameEn);
  if (e.description) lines.push(e.description);
  if (e.aliases.length) lines.push(`${t('Also')}: ${e.aliases.join('، ')}`);
  if (e.kb?.wikidata) lines.push(`Wikidata: ${e.kb.wikidata}`);
  lines.push(t('{0} mentions', count));
  return lines.join('\n');
}

function mentionRows(e: Entity, mentions: Mention[], text: string | undefined, lineOf: ((offset: number) => number) | undefined, t: Translate): RowNode[] {
  return mentions.map(m => {
    const context = text ? snippet(text, { start: Math.max(0, m.start - 25), end: Math.min(text.length, m.end + 25) }) : undefined;
    return {
      id: `mention:${e.id}:${m.id}`,
      label: m.text,
      description: [lineOf ? t('line {0}', lineOf(m.start)) : undefined, m.origin === 'manual' ? t('manual') : undefined, m.state && m.state !== 'pending' ? reviewLabel(m.state, t) : undefined]
        .filter(Boolean)
        .join(' · ') || undefined,
      tooltip: context,
      icon: 'debug-stackframe-dot',
      reveal: { start: m.start, end: m.end },
    };
  });
}

export function buildEntityRows(doc: AnnotationDocument, opts: EntityRowOptions = {}): RowNode[] {
  const t = opts.t ?? untranslated;
  const lineOf = opts.text ? lineIndex(opts.text) : undefined;
  const byEntity = new Map<string, Mention[]>();
  for (const m of [...doc.mentions].sort((a, b) => a.start - b.start)) {
    const list = byEntity.get(m.entity) ?? [];
    list.push(m);
    byEntity.set(m.entity, list);
  }
  const rows: RowNode[] = [];
  for (const g of ENTITY_GROUPS) {
    const entities = doc.entities.filter(e => e.type === g.type);
    if (!entities.length) continue;
    const children = entities
      .map(e => ({ e, ms: byEntity.get(e.id) ?? [] }))
      // Most-mentioned first: the article's protagonists lead; ties by first appearance.
      .sort((a, b) => b.ms.length - a.ms.length || (a.ms[0]?.start ?? Infinity) - (b.ms[0]?.start ?? Infinity))
      .map(({ e, ms }): RowNode => ({
        id: `entity:${e.id}`,
        label: e.name,
        description: [e.nameEn, `×${ms.length}`].filter(Boolean).join(' · '),
        tooltip: entityTooltip(e, ms.length, t),
        icon: g.icon,
        iconColor: g.color,
        ...(ms[0] ? { reveal: { start: ms[0].start, end: ms[0].end } } : {}),
        expanded: false,
        children: mentionRows(e, ms, opts.text, lineOf, t),
      }));
    const mentionCount = children.reduce((n, c) => n + (c.children?.length ?? 0), 0);
    rows.push({
      id: `entity-type:${g.type}`,
      label: g.label(t),
      description: t('{0} · {1} mentions', children.length, mentionCount),
      icon: g.icon,
      iconColor: g.color,
      expanded: true,
      children,
    });
  }
  return rows;
}
