// Hover cards as Markdown, built without `vscode` so content, escaping and
// command links are unit-tested in plain Node. Article text is untrusted:
// it is escaped everywhere, and the only command links are this extension's.
import type { AnnotationDocument, AnnotationEvent, DateValue, Entity, EntityType, Quote } from '../../core/types';
import { mentionsOf, rolesOf, type Hit } from '../analysis/lookup';
import { entityKey } from '../../core/corpus/summary';
import { COMMANDS } from '../commands';

export type Translate = (message: string, ...args: Array<string | number>) => string;

/** The commands a hover may link to (MarkdownString.isTrusted.enabledCommands). */
export const HOVER_COMMANDS: readonly string[] = [COMMANDS.revealRange, COMMANDS.showAllMentions, COMMANDS.findEntityInAllSeeds];

export interface HoverContext {
  /** The document's uri as a string, passed back by the command links. */
  uri: string;
  t: Translate;
}

const MAX_LINK_TEXT = 80;
/** Longer lists make the card scroll; the panel has the rest. */
const MAX_LIST = 6;

/** Backslash-escapes Markdown punctuation and entity-encodes HTML so article text renders as text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:"']/g, '\\$&');
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_LINK_TEXT ? `${flat.slice(0, MAX_LINK_TEXT - 1)}…` : flat;
}

export function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

function link(label: string, command: string, args: unknown[], title: string): string {
  return `[${label}](${commandUri(command, args)} "${title.replace(/["\\]/g, '')}")`;
}

function revealLink(ctx: HoverContext, label: string, start: number, end: number): string {
  return link(escapeMarkdown(clip(label)), COMMANDS.revealRange, [ctx.uri, start, end], ctx.t('Reveal in the editor'));
}

function typeLabel(type: EntityType, t: Translate): string {
  return type === 'PER' ? t('Person') : type === 'LOC' ? t('Place') : t('Organisation');
}

function entityLabel(doc: AnnotationDocument, id: string | null | undefined, t: Translate): string {
  if (!id) return t('unknown');
  const e = doc.entities.find(x => x.id === id);
  if (!e) return t('unknown');
  return e.nameEn ? `${escapeMarkdown(e.name)} (${escapeMarkdown(e.nameEn)})` : escapeMarkdown(e.name);
}

const WIKIDATA_ID = /^Q[1-9]\d*$/;

function entitySection(doc: AnnotationDocument, hit: Extract<Hit, { kind: 'mention' }>, ctx: HoverContext): string[] {
  const { t } = ctx;
  const { mention } = hit;
  const entity: Entity = hit.entity ?? { id: mention.entity, type: mention.type, name: mention.text, aliases: [] };
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(entity.name)}**${entity.nameEn ? ` — **${escapeMarkdown(entity.nameEn)}**` : ''}`);
  const facts = [typeLabel(entity.type, t)];
  if (entity.subtype) facts.push(escapeMarkdown(entity.subtype));
  if (entity.description) facts.push(escapeMarkdown(entity.description));
  const qid = entity.kb?.wikidata;
  if (qid && WIKIDATA_ID.test(qid)) facts.push(`[${t('Wikidata {0}', qid)}](https://www.wikidata.org/wiki/${qid})`);
  lines.push(facts.join(' · '));
  const others = entity.aliases.filter(a => a !== entity.name);
  if (others.length) lines.push(`${t('Also written:')} ${others.map(escapeMarkdown).join('، ')}`);
  const count = mentionsOf(doc, entity.id).length;
  lines.push(`${count === 1 ? t('1 mention') : t('{0} mentions', count)} · ${link(t('Show all mentions'), COMMANDS.showAllMentions, [ctx.uri, entity.id], t('Show all mentions'))}`
    + ` · ${link(t('Find in all seeds'), COMMANDS.findEntityInAllSeeds, [entityKey(entity)], t('Find in all seeds'))}`);
  const { events, quotes } = rolesOf(doc, entity.id);
  if (events.length) {
    lines.push(`${t('Events:')}`);
    lines.push(list(events.map(e => revealLink(ctx, eventLine(doc, e, t), e.trigger.start, e.trigger.end)), t));
  }
  if (quotes.length) {
    lines.push(`${t('Quotes:')}`);
    lines.push(list(quotes.map(q => revealLink(ctx, `«${q.text}»`, q.start, q.end)), t));
  }
  lines.push(originLine(mention.origin, mention.state, t));
  return lines;
}

function list(items: string[], t: Translate): string {
  const shown = items.slice(0, MAX_LIST).map(x => `- ${x}`);
  if (items.length > MAX_LIST) shown.push(`- ${t('…and {0} more', items.length - MAX_LIST)}`);
  return shown.join('\n');
}

function originLine(origin: string | undefined, state: string | undefined, t: Translate): string {
  const o = origin === 'manual' ? t('manual') : t('automatic');
  const s = state === 'accepted' ? t('accepted') : state === 'rejected' ? t('rejected') : t('pending review');
  return `*${t('Origin: {0} · State: {1}', o, s)}*`;
}

/** One line for an event: its summary, else actor → action → target. */
function eventLine(doc: AnnotationDocument, e: AnnotationEvent, t: Translate): string {
  if (e.summary.trim()) return e.summary.trim();
  const names = (ids: string[]) => ids.map(id => doc.entities.find(x => x.id === id)?.nameEn ?? doc.entities.find(x => x.id === id)?.name ?? id).join(', ');
  const parts = [names(e.actors) || t('someone'), e.plover, names(e.targets)].filter(Boolean);
  return parts.join(' → ');
}

function eventSection(doc: AnnotationDocument, e: AnnotationEvent, ctx: HoverContext): string[] {
  const { t } = ctx;
  const head = `**${t('Event')}** ${escapeMarkdown(e.plover)} · CAMEO ${escapeMarkdown(e.cameo)}${e.modality && e.modality !== 'asserted' ? ` · ${escapeMarkdown(e.modality)}` : ''}`;
  return [head, escapeMarkdown(eventLine(doc, e, t)), originLine(e.origin, e.state, t)];
}

function quoteSection(doc: AnnotationDocument, q: Quote, ctx: HoverContext): string[] {
  const { t } = ctx;
  const lines = [`**${t('Quote')}** · ${t('Speaker: {0}', entityLabel(doc, q.speaker, t))}`];
  if (q.cue) lines.push(t('Attributed by: {0}', escapeMarkdown(q.cue.text)));
  if (q.unclosed) lines.push(t('The closing quotation mark is missing.'));
  lines.push(originLine(q.origin, q.state, t));
  return lines;
}

/** ISO weekday (1 = Monday) in words; literal calls so the l10n scanner sees every name. */
function weekdayName(n: number, t: Translate): string {
  return [t('Monday'), t('Tuesday'), t('Wednesday'), t('Thursday'), t('Friday'), t('Saturday'), t('Sunday')][n - 1];
}

/** The normalised value of a date in words: the ISO date when resolved, else its parts. */
export function describeDate(v: DateValue, t: Translate): string {
  const parts: string[] = [];
  if (v.iso) parts.push(v.iso);
  if (v.relativeDays !== undefined) {
    const d = v.relativeDays;
    parts.push(d === 0 ? t('the publication day')
      : d === -1 ? t('the day before publication')
        : d === 1 ? t('the day after publication')
          : d < 0 ? t('{0} days before publication', -d) : t('{0} days after publication', d));
  }
  if (v.weekday && v.weekday >= 1 && v.weekday <= 7) parts.push(weekdayName(v.weekday, t));
  if (!v.iso && (v.day || v.month || v.year)) {
    const pad = (n: number) => String(n).padStart(2, '0');
    parts.push([v.year ?? '????', v.month ? pad(v.month) : '??', v.day ? pad(v.day) : '??'].join('-') + (v.calendar === 'hijri' ? ` ${t('(Hijri)')}` : ''));
  }
  if (v.relative) parts.push(v.relative === 'past' ? t('past') : v.relative === 'future' ? t('coming') : t('current'));
  if (v.time) parts.push(v.time);
  return parts.length ? parts.join(' · ') : t('no normalised value');
}

/** The whole card for the annotations under the pointer, most specific first. */
export function hoverMarkdown(doc: AnnotationDocument, hits: Hit[], ctx: HoverContext): string {
  const sections: string[][] = [];
  for (const hit of hits) {
    if (hit.kind === 'mention') sections.push(entitySection(doc, hit, ctx));
    else if (hit.kind === 'event') sections.push(eventSection(doc, hit.event, ctx));
    else if (hit.kind === 'date') sections.push([`**${ctx.t('Date')}** · ${escapeMarkdown(describeDate(hit.date.value, ctx.t))}`, originLine(hit.date.origin, hit.date.state, ctx.t)]);
    else sections.push(quoteSection(doc, hit.quote, ctx));
  }
  return sections.map(lines => lines.join('\n\n')).join('\n\n---\n\n');
}
