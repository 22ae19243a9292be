// Events view rows: "actor → TYPE (CAMEO) → target", place and time beside it,
// grouped by PLOVER type or ordered by time, optionally filtered.
import type { AnnotationDocument, AnnotationEvent, DateValue } from '../../core/types';
import { dateLabel, entityName, entityNameBoth, foldForFilter, indexDoc, modalityLabel, PAGE_SIZE, paged, shortName, snippet, untranslated, type DocIndex, type RowNode, type Translate } from './rows';

export type EventsGroupBy = 'type' | 'time';

export interface EventRowOptions {
  groupBy: EventsGroupBy;
  /** Text filter on actors, targets, type, CAMEO code, summary and trigger; empty shows all. */
  filter?: string;
  /** Article text, for the sentence in the tooltip. */
  text?: string;
  t?: Translate;
}

const ARROW = ' → ';

function names(ids: string[], ix: DocIndex): string {
  return ids.map(id => shortName(ix.entity(id))).join('، ');
}

export function eventLabel(ev: AnnotationEvent, ix: DocIndex): string {
  const parts = [`${ev.plover} (${ev.cameo})`];
  if (ev.actors.length) parts.unshift(names(ev.actors, ix));
  if (ev.targets.length) parts.push(names(ev.targets, ix));
  return parts.join(ARROW);
}

function eventDescription(ev: AnnotationEvent, ix: DocIndex, t: Translate): string | undefined {
  const parts: string[] = [];
  const place = ix.entity(ev.location);
  if (place) parts.push(entityName(place));
  const time = dateLabel(ix.date(ev.time));
  if (time) parts.push(time);
  if (ev.modality && ev.modality !== 'asserted') parts.push(modalityLabel(ev.modality, t));
  if (ev.restates) parts.push(t('restated'));
  return parts.length ? parts.join(' · ') : undefined;
}

function eventTooltip(ev: AnnotationEvent, ix: DocIndex, t: Translate, text?: string): string {
  const lines = [`${ev.plover} (CAMEO ${ev.cameo})${ev.modality && ev.modality !== 'asserted' ? ` — ${modalityLabel(ev.modality, t)}` : ''}`];
  if (ev.summary) lines.push(ev.summary);
  const who = (label: string, ids: string[]) => {
    if (ids.length) lines.push(`${label}: ${ids.map(id => entityNameBoth(ix.entity(id))).join(', ')}`);
  };
  who(t('Actors'), ev.actors);
  who(t('Targets'), ev.targets);
  const place = ix.entity(ev.location);
  if (place) lines.push(`${t('Place')}: ${entityNameBoth(place)}`);
  const time = dateLabel(ix.date(ev.time));
  if (time) lines.push(`${t('Time')}: ${time}`);
  const source = ix.entity(ev.source);
  if (source) lines.push(`${t('Reported by')}: ${entityNameBoth(source)}`);
  if (text) lines.push('', snippet(text, ev.sentence, 400));
  return lines.join('\n');
}

/** Everything a filter query may match, folded once. */
function haystack(ev: AnnotationEvent, ix: DocIndex): string {
  const people = [...ev.actors, ...ev.targets, ev.location ?? ''].flatMap(id => {
    const e = ix.entity(id);
    return e ? [e.name, e.nameEn ?? '', ...e.aliases] : [];
  });
  return foldForFilter([ev.plover, ev.cameo, ev.summary, ev.trigger.text, ...people].join('\u0000'));
}

export function matchesFilter(ev: AnnotationEvent, ix: DocIndex, filter: string | undefined): boolean {
  const q = foldForFilter((filter ?? '').trim());
  return !q || haystack(ev, ix).includes(q);
}

function eventRow(ev: AnnotationEvent, ix: DocIndex, t: Translate, text?: string): RowNode {
  return {
    id: `event:${ev.id}`,
    label: eventLabel(ev, ix),
    description: eventDescription(ev, ix, t),
    tooltip: eventTooltip(ev, ix, t, text),
    icon: ev.modality === 'negated' ? 'circle-slash' : 'zap',
    iconColor: 'seedAnnotator.eventBorder',
    reveal: { start: ev.trigger.start, end: ev.trigger.end },
  };
}

/**
 * Sort key of a date: resolved dates (tier 0) by day number, dates known only
 * relative to an unknown publication date (tier 1) by their offset, day and month
 * without a year (tier 2), then undated events (tier 3); ties keep document order.
 * Tiers are not mixed: without the publication date a relative offset or a yearless
 * day cannot be placed against a calendar day.
 */
export function timeKey(value: DateValue | undefined): [number, number] {
  if (value?.iso) {
    const [y, m = '1', d = '1'] = value.iso.split('-');
    return [0, Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000];
  }
  if (value?.relativeDays !== undefined) return [1, value.relativeDays];
  if (value?.month !== undefined) return [2, value.month * 31 + (value.day ?? 0)];
  return [3, 0];
}

export function orderByTime(events: AnnotationEvent[], ix: DocIndex): AnnotationEvent[] {
  const keyed = events.map((ev, i) => ({ ev, i, k: timeKey(ix.date(ev.time)?.value) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.ev.trigger.start - b.ev.trigger.start || a.i - b.i);
  return keyed.map(x => x.ev);
}

export function buildEventRows(doc: AnnotationDocument, opts: EventRowOptions): RowNode[] {
  const t = opts.t ?? untranslated;
  const ix = indexDoc(doc);
  const events = doc.events.filter(ev => matchesFilter(ev, ix, opts.filter));
  const row = (ev: AnnotationEvent) => eventRow(ev, ix, t, opts.text);
  if (opts.groupBy === 'time') return paged(orderByTime(events, ix), row, 'events', t);
  const groups = new Map<string, AnnotationEvent[]>();
  for (const ev of [...events].sort((a, b) => a.trigger.start - b.trigger.start)) {
    const list = groups.get(ev.plover) ?? [];
    list.push(ev);
    groups.set(ev.plover, list);
  }
  return [...groups.keys()].sort().map(type => {
    const list = groups.get(type)!;
    return {
      id: `plover:${type}`,
      label: type,
      description: String(list.length),
      icon: 'symbol-event',
      // Open groups build their rows at once: for a long article the analyst opens the one wanted.
      expanded: events.length <= PAGE_SIZE,
      loadChildren: () => paged(list, row, `plover:${type}`, t),
    };
  });
}
