// The plain shape every side-panel row is built as. Builders are pure (no vscode) so they
// are unit-tested in Node; the tree providers only translate rows into TreeItems.
import { positionIndex } from '../../core/text/positions';
import type { AnnotationDocument, DateExpr, Entity, Modality, ReviewState, Span } from '../../core/types';

/** How any panel row looks: the fields the Events, Entities, Quotes and Corpus views share. */
export interface RowLook {
  /** Stable across refreshes so VS Code keeps expansion and selection. */
  id: string;
  label: string;
  description?: string;
  /** Plain text (rendered as-is, so article text needs no escaping). */
  tooltip?: string;
  /** Codicon id. */
  icon?: string;
  /** Theme colour id for the icon. */
  iconColor?: string;
  /** Initial state of a row with children. */
  expanded?: boolean;
}

export interface RowNode extends RowLook {
  /** Clicking the row reveals and selects this range of the article. */
  reveal?: Span;
  children?: RowNode[];
  /**
   * Builds `children` on first expansion: a long article has tens of thousands of
   * mentions and events, and building their rows up front blocked the host.
   */
  loadChildren?: () => RowNode[];
}

/** Rows a list shows before a "Show more" row stands for the rest. */
export const PAGE_SIZE = 200;

/** The row's children, built now if they were left for later. */
export function childrenOf(node: RowNode): RowNode[] {
  if (!node.children && node.loadChildren) node.children = node.loadChildren();
  return node.children ?? [];
}

export function hasChildren(node: RowNode): boolean {
  return node.children ? node.children.length > 0 : !!node.loadChildren;
}

/** Rows built so far (children not yet loaded are not counted): the measure of laziness. */
export function countBuilt(rows: readonly RowNode[]): number {
  return rows.reduce((n, r) => n + 1 + countBuilt(r.children ?? []), 0);
}

/**
 * One page of rows from `from`, then a "Show {0} more…" row that expands to the
 * next page: only what the analyst opens is built.
 */
export function paged<T>(items: readonly T[], row: (item: T) => RowNode, idPrefix: string, t: Translate, from = 0): RowNode[] {
  const end = from + PAGE_SIZE;
  const page = items.slice(from, end).map(row);
  if (items.length > end) {
    page.push({
      id: `${idPrefix}:more:${end}`,
      label: t('Show {0} more…', items.length - end),
      icon: 'ellipsis',
      loadChildren: () => paged(items, row, idPrefix, t, end),
    });
  }
  return page;
}

/** `vscode.l10n.t` in the extension, identity with `{0}` placeholders in tests. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

export const untranslated: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));

export interface DocIndex {
  entity(id: string | null | undefined): Entity | undefined;
  date(id: string | null | undefined): DateExpr | undefined;
}

export function indexDoc(doc: AnnotationDocument): DocIndex {
  const entities = new Map(doc.entities.map(e => [e.id, e]));
  const dates = new Map(doc.dates.map(d => [d.id, d]));
  return {
    entity: id => (id ? entities.get(id) : undefined),
    date: id => (id ? dates.get(id) : undefined),
  };
}

/** Entity's Arabic (canonical) name; the English name only when it has no other. */
export function entityName(e: Entity | undefined, fallback = '?'): string {
  return e?.name || e?.nameEn || fallback;
}

/**
 * The name a row label uses: for a person, the surname the article itself uses
 * (an alias that ends the full name, بوتين for فلاديمير بوتين), since narrow
 * panels cut long labels; else the canonical name.
 */
export function shortName(e: Entity | undefined, fallback = '?'): string {
  if (!e) return fallback;
  const surname = e.type === 'PER'
    ? e.aliases.filter(a => a && e.name.endsWith(` ${a}`)).sort((a, b) => a.length - b.length)[0]
    : undefined;
  return surname ?? entityName(e, fallback);
}

/** Text cut at a word boundary to about `max` characters. */
export function clipWords(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`;
}

/** "الاسم (English)" for tooltips, where both scripts help the reader. */
export function entityNameBoth(e: Entity | undefined): string {
  if (!e) return '?';
  return e.nameEn && e.nameEn !== e.name ? `${e.name} (${e.nameEn})` : e.name;
}

/** Literal calls, so the l10n script finds every message. */
export function modalityLabel(m: Modality, t: Translate): string {
  switch (m) {
    case 'negated': return t('negated');
    case 'intended': return t('intended');
    case 'possible': return t('possible');
    case 'reported': return t('reported');
    default: return t('asserted');
  }
}

export function reviewLabel(s: ReviewState, t: Translate): string {
  return s === 'accepted' ? t('accepted') : s === 'rejected' ? t('rejected') : t('pending');
}

/** The date as written, with its resolved ISO value when known. */
export function dateLabel(d: DateExpr | undefined): string | undefined {
  if (!d) return undefined;
  return d.value.iso ? `${d.text} (${d.value.iso})` : d.text;
}

/** 1-based line number of an offset, computed once per text. */
export function lineIndex(text: string): (offset: number) => number {
  const position = positionIndex(text);
  return offset => position(offset).line + 1;
}

/** One line of article text around a span, shortened for a row description. */
export function snippet(text: string, span: Span, max = 60): string {
  // Slice no more than can show: sentences of a pasted article may be megabytes long.
  const raw = text.slice(span.start, Math.min(span.end, span.start + max * 2)).replace(/\s+/g, ' ').trim();
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}

/**
 * Folds what an analyst would not distinguish when typing a filter: case, Arabic
 * diacritics and tatweel, alef/yeh/teh-marbuta forms, Arabic-Indic digits.
 */
export function foldForFilter(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u0660-\u0669]/g, d => String(d.charCodeAt(0) - 0x0660));
}
