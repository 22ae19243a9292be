// Entities view rows: people, places and organisations, each entity with its
// mention count, expanding to the mentions themselves (built on expansion, a
// page at a time); then the analyst's orphaned corrections, never hidden.
import type { AnnotationDocument, Entity, EntityType, Mention, Orphan } from '../../core/types';
import { lineIndex, paged, reviewLabel, snippet, untranslated, type RowNode, type Translate } from './rows';

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

function mentionRow(e: Entity, text: string | undefined, lineOf: ((offset: number) => number) | undefined, t: Translate): (m: Mention) => RowNode {
  return m => {
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
  };
}

function orphanKind(kind: Orphan['kind'], t: Translate): string {
  switch (kind) {
    case 'mention': return t('mention');
    case 'quote': return t('quote');
    case 'date': return t('date');
    case 'event': return t('event');
    case 'review': return t('review');
    case 'link': return t('link');
    default: return t('entity edit');
  }
}

/** Corrections set aside; a click reveals the last known place while the text is still there. */
function orphanRows(orphans: Orphan[], text: string | undefined, t: Translate): RowNode {
  const children = orphans.map((o): RowNode => {
    const why = o.reason ? t('displaced by a later overlapping correction') : t('its text is no longer in the article');
    const stillThere = text !== undefined && text.slice(o.start, o.end) === o.text;
    return {
      id: `orphan:${o.id}`,
      label: o.text || `(${orphanKind(o.kind, t)})`,
      description: `${orphanKind(o.kind, t)} · ${why}`,
      tooltip: [o.text, o.reason ?? why].filter(Boolean).join('\n'),
      icon: 'warning',
      ...(stillThere ? { reveal: { start: o.start, end: o.end } } : {}),
    };
  });
  return {
    id: 'orphans',
    label: t('Orphaned annotations'),
    description: String(orphans.length),
    tooltip: t('Corrections kept in the sidecar that no longer apply to the text; nothing is lost.'),
    icon: 'warning',
    expanded: true,
    children,
  };
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
    const ranked = entities
      .map(e => ({ e, ms: byEntity.get(e.id) ?? [] }))
      // Most-mentioned first: the article's protagonists lead; ties by first appearance.
      .sort((a, b) => b.ms.length - a.ms.length || (a.ms[0]?.start ?? Infinity) - (b.ms[0]?.start ?? Infinity));
    const mentionCount = ranked.reduce((n, x) => n + x.ms.length, 0);
    const entityRow = ({ e, ms }: { e: Entity; ms: Mention[] }): RowNode => ({
        id: `entity:${e.id}`,
        label: e.name,
        description: [e.nameEn, `×${ms.length}`].filter(Boolean).join(' · '),
        tooltip: entityTooltip(e, ms.length, t),
        icon: g.icon,
        iconColor: g.color,
        ...(ms[0] ? { reveal: { start: ms[0].start, end: ms[0].end } } : {}),
        expanded: false,
        ...(ms.length ? { loadChildren: () => paged(ms, mentionRow(e, opts.text, lineOf, t), `entity:${e.id}`, t) } : {}),
      });
    const id = `entity-type:${g.type}`;
    rows.push({
      id,
      label: g.label(t),
      description: t('{0} · {1} mentions', ranked.length, mentionCount),
      icon: g.icon,
      iconColor: g.color,
      expanded: true,
      loadChildren: () => paged(ranked, entityRow, id, t),
    });
  }
  if (doc.orphans?.length) rows.push(orphanRows(doc.orphans, opts.text, t));
  return rows;
}
