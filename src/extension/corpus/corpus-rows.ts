// Corpus view rows, built without `vscode` so they are unit-tested in Node:
// entities across articles (by type → entity → article → mention) and events
// across articles in date order. Deeper levels are built when expanded, so a
// corpus of thousands of articles opens at once.
import type { CorpusEntity, CorpusEvent, CorpusFilter, CorpusIndex } from '../../core/corpus/index';
import type { EntityType } from '../../core/types';
import { ENTITY_GROUPS } from '../views/entity-rows';
import { clipWords, untranslated, type RowLook, type Translate } from '../views/rows';

export interface CorpusRow extends RowLook {
  /** Clicking the row opens this article and selects the span. */
  reveal?: { path: string; start: number; end: number };
  /** For menus (`viewItem == corpusEntity`). */
  contextValue?: string;
  /** The entity an entity row stands for (menu commands receive it). */
  entityKey?: string;
  /** Children, built when the row is expanded. */
  children?: () => CorpusRow[];
}

export interface CorpusRowOptions {
  filter?: CorpusFilter;
  t?: Translate;
  /** How an article is named in rows: its file name and headline. */
  article?: (path: string) => { file: string; headline: string };
}

const HEADLINE_CHARS = 60;
type ArticleName = (path: string) => { file: string; headline: string };
export const CORPUS_ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];

function defaultArticle(index: CorpusIndex): (path: string) => { file: string; headline: string } {
  return path => ({ file: path.slice(path.lastIndexOf('/') + 1), headline: index.article(path)?.headline ?? '' });
}

/** Each article named once however many rows point into it. */
function memo(name: ArticleName): ArticleName {
  const cache = new Map<string, { file: string; headline: string }>();
  return path => {
    let v = cache.get(path);
    if (!v) cache.set(path, (v = name(path)));
    return v;
  };
}

/** The filter in words, for the view's description. */
export function describeFilter(filter: CorpusFilter, entityName: (key: string) => string | undefined, t: Translate = untranslated): string | undefined {
  const parts: string[] = [];
  if (filter.types?.length) parts.push(filter.types.join(', '));
  if (filter.entityKey) parts.push(entityName(filter.entityKey) ?? filter.entityKey);
  if (filter.text) parts.push(`“${filter.text}”`);
  return parts.length ? t('filter: {0}', parts.join(' · ')) : undefined;
}

/** The two sections of the view: Entities and Events. */
export function buildCorpusRows(index: CorpusIndex, opts: CorpusRowOptions = {}): CorpusRow[] {
  const t = opts.t ?? untranslated;
  const filter = opts.filter ?? {};
  const article = memo(opts.article ?? defaultArticle(index));
  const entityTypes = filter.types?.filter(x => (CORPUS_ENTITY_TYPES as readonly string[]).includes(x));
  const eventTypes = filter.types?.filter(x => !(CORPUS_ENTITY_TYPES as readonly string[]).includes(x));
  // A filter on entity types alone leaves events as they are, and a PLOVER filter leaves entities.
  const entities = index.entities({ ...filter, types: entityTypes });
  const events = index.events({ ...filter, types: eventTypes });
  return [
    {
      id: 'corpus:entities',
      label: t('Entities'),
      description: t('{0} across {1} articles', entities.length, index.size),
      icon: 'symbol-class',
      expanded: true,
      children: () => entityGroupRows(entities, index, article, t),
    },
    {
      id: 'corpus:events',
      label: t('Events'),
      description: t('{0} in date order', events.length),
      icon: 'calendar',
      expanded: true,
      children: () => events.map(ev => eventRow(ev, index, article, t)),
    },
  ];
}

function entityGroupRows(entities: CorpusEntity[], index: CorpusIndex, article: ArticleName, t: Translate): CorpusRow[] {
  const rows: CorpusRow[] = [];
  for (const g of ENTITY_GROUPS) {
    const members = entities.filter(e => e.type === g.type);
    if (!members.length) continue;
    rows.push({
      id: `corpus:type:${g.type}`,
      label: g.label(t),
      description: t('{0} · {1} mentions', members.length, members.reduce((n, e) => n + e.total, 0)),
      icon: g.icon,
      iconColor: g.color,
      expanded: true,
      children: () => members.map(e => entityRow(e, index, article, t)),
    });
  }
  return rows;
}

function entityRow(e: CorpusEntity, index: CorpusIndex, article: ArticleName, t: Translate = untranslated): CorpusRow {
  const group = ENTITY_GROUPS.find(g => g.type === e.type);
  const counts = articleCounts(e.articles.length, e.total, t);
  return {
    id: `corpus:entity:${e.key}`,
    label: e.name,
    description: e.nameEn && e.nameEn !== e.name ? `${e.nameEn} · ${counts}` : counts,
    tooltip: [e.name, e.nameEn, e.description, e.aliases.length ? `${t('Also')}: ${e.aliases.join('، ')}` : undefined, counts]
      .filter(Boolean).join('\n'),
    icon: group?.icon,
    iconColor: group?.color,
    contextValue: 'corpusEntity',
    entityKey: e.key,
    expanded: false,
    children: () => e.articles.map(a => articleRow(e.key, a.path, a.count, index, article, t)),
  };
}

function articleRow(key: string, path: string, count: number, index: CorpusIndex, article: ArticleName, t: Translate): CorpusRow {
  const { file, headline } = article(path);
  const mentions = index.article(path)?.entities.find(e => e.key === key)?.mentions ?? [];
  const first = mentions[0];
  return {
    id: `corpus:entity:${key}:${path}`,
    // The file name leads: an Arabic headline before numbers would be reordered by the bidi algorithm.
    label: file,
    description: headline ? `×${count} · ${clipWords(headline, HEADLINE_CHARS)}` : `×${count}`,
    tooltip: [headline, path].filter(Boolean).join('\n'),
    icon: 'file-text',
    contextValue: 'corpusArticle',
    ...(first ? { reveal: { path, start: first.start, end: first.end } } : {}),
    expanded: false,
    children: () => mentions.map((m, i) => ({
      id: `corpus:entity:${key}:${path}:${i}`,
      label: m.text,
      description: t('line {0}', m.line + 1),
      icon: 'debug-stackframe-dot',
      reveal: { path, start: m.start, end: m.end },
    })),
  };
}

/** "3 articles · 5 mentions", in the singular where it is one (literal calls for the l10n scanner). */
export function articleCounts(articles: number, mentions: number, t: Translate = untranslated): string {
  if (articles !== 1) return t('{0} articles · {1} mentions', articles, mentions);
  return mentions === 1 ? t('1 article · 1 mention') : t('1 article · {0} mentions', mentions);
}

/** The date an event row shows: its own resolved date, else the article's publication date. */
function eventDate(ev: CorpusEvent): { date?: string; fromPublication: boolean } {
  if (ev.iso) return { date: ev.iso, fromPublication: false };
  return { date: ev.sortDate, fromPublication: !!ev.sortDate };
}

function eventRow(ev: CorpusEvent, index: CorpusIndex, article: ArticleName, t: Translate = untranslated): CorpusRow {
  const { file, headline } = article(ev.path);
  const { date, fromPublication } = eventDate(ev);
  const name = (key: string) => index.entityName(key);
  const summary = ev.summary.trim() || [ev.actors.map(name).join(', '), ev.trigger.text, ev.targets.map(name).join(', ')].filter(Boolean).join(' → ');
  return {
    id: `corpus:event:${ev.path}:${ev.id}`,
    label: `${date ?? t('undated')} · ${ev.plover} · ${clipWords(summary, 70)}`,
    description: file,
    tooltip: [
      `${ev.plover} (${ev.cameo}) · ${ev.trigger.text}`,
      summary,
      date ? (fromPublication ? t('{0}: publication date of the article', date) : `${date}: ${ev.dateText ?? ''}`) : t('No date'),
      headline,
      ev.path,
    ].filter(Boolean).join('\n'),
    icon: 'zap',
    reveal: { path: ev.path, start: ev.trigger.start, end: ev.trigger.end },
  };
}
