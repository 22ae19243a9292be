// Merges the analyst's sidecar over the machine's document: the analyst's
// word wins, every annotation says where it came from (origin) and what the
// analyst made of it (state), and a correction whose text is gone is kept as
// an orphan rather than dropped.
import type { AnnotationDocument, AnnotationEvent, DateExpr, Entity, Mention, Orphan, Span } from '../types';
import { resolveIso } from '../recognize/date-resolve';
import { locate } from './anchor';
import type { Anchor, AnnotationKind, EntityRef, ManualAnnotation, Sidecar } from './types';

interface Spanned extends Span {
  id: string;
  origin: string;
  state?: string;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** One span strictly inside the other (a place inside an organisation's name). */
function nested(a: Span, b: Span): boolean {
  if (a.start === b.start && a.end === b.end) return false;
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

class Merger {
  readonly doc: AnnotationDocument;
  readonly orphans: Orphan[] = [];

  constructor(machine: AnnotationDocument, private readonly text: string) {
    this.doc = structuredClone(machine);
    for (const list of [this.doc.mentions, this.doc.quotes, this.doc.dates, this.doc.events]) {
      for (const a of list) if (a.origin !== 'manual') a.state ??= 'pending';
    }
  }

  orphan(id: string, kind: Orphan['kind'], a: Anchor): undefined {
    this.orphans.push({ id, kind, text: a.exact, start: a.start, end: a.end });
    return undefined;
  }

  /**
   * The list without what a new manual annotation at `span` replaces: machine
   * annotations overlapping it give way; an earlier manual one stays when
   * `coexists` allows, else it is set aside as an orphan that says why, so the
   * analyst's work is never lost silently.
   */
  makeRoom<T extends Spanned>(list: T[], span: Span, kind: Orphan['kind'], by: string, coexists: (earlier: T) => boolean): T[] {
    return list.filter(x => {
      if (!overlaps(x, span)) return true;
      if (x.origin !== 'manual') return false;
      if (coexists(x)) return true;
      const text = this.text.slice(x.start, x.end);
      const later = this.text.slice(span.start, span.end);
      this.orphans.push({ id: x.id, kind, text, start: x.start, end: x.end, reason: `displaced by the later overlapping manual ${kind} «${later}» (${by})` });
      return false;
    });
  }

  place(a: Anchor): Span | null {
    return locate(this.text, a);
  }

  /** The annotation of `kind` found exactly at the anchor's current place. */
  find(kind: AnnotationKind, a: Anchor): Spanned | undefined {
    const span = this.place(a);
    if (!span) return undefined;
    const at = (s: Span) => s.start === span.start && s.end === span.end;
    if (kind === 'event') {
      const v = this.doc.events.find(e => at(e.trigger));
      return v && { id: v.id, origin: v.origin, start: v.trigger.start, end: v.trigger.end };
    }
    const list: Spanned[] = kind === 'mention' ? this.doc.mentions : kind === 'quote' ? this.doc.quotes : this.doc.dates;
    return list.find(at);
  }

  entity(ref: EntityRef): Entity | undefined {
    if ('id' in ref) return this.doc.entities.find(e => e.id === ref.id);
    const votes = new Map<string, number>();
    for (const a of ref.mentions) {
      const id = (this.find('mention', a) as Mention | undefined)?.entity;
      if (id !== undefined) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const [winner] = [...votes.entries()].sort((x, y) => y[1] - x[1]);
    return winner && this.doc.entities.find(e => e.id === winner[0]);
  }

  remove(kind: AnnotationKind, id: string): void {
    if (kind === 'mention') this.doc.mentions = this.doc.mentions.filter(m => m.id !== id);
    else if (kind === 'quote') {
      this.doc.quotes = this.doc.quotes.filter(q => q.id !== id);
      for (const v of this.doc.events) if (v.quote === id) v.quote = null;
    } else if (kind === 'date') {
      this.doc.dates = this.doc.dates.filter(d => d.id !== id);
      for (const v of this.doc.events) if (v.time === id) v.time = null;
    } else this.doc.events = this.doc.events.filter(v => v.id !== id);
  }

  /** Points every reference to `from` at `into` (null drops it). */
  repoint(from: string, into: string | null): void {
    const swap = (ids: string[]) => [...new Set(ids.map(x => (x === from ? into : x)).filter((x): x is string => !!x))];
    for (const m of this.doc.mentions) if (m.entity === from && into) m.entity = into;
    for (const q of this.doc.quotes) if (q.speaker === from) q.speaker = into;
    for (const v of this.doc.events) {
      v.actors = swap(v.actors);
      v.targets = swap(v.targets);
      if (v.location === from) v.location = into;
      if (v.source === from) v.source = into;
    }
  }

  addManual(a: ManualAnnotation): void {
    const span = this.place(a.anchor);
    if (!span) return void this.orphan(a.id, a.kind, a.anchor);
    const base = { id: a.id, ...span, text: this.text.slice(span.start, span.end), origin: 'manual' as const, state: 'accepted' as const };
    if (a.kind === 'mention') {
      const entity = this.entity(a.entity);
      if (!entity) return void this.orphan(a.id, 'mention', a.anchor);
      this.doc.mentions = this.makeRoom(this.doc.mentions, span, 'mention', a.id, m => nested(m, span) && m.type !== a.type);
      this.doc.mentions.push({ ...base, entity: entity.id, type: a.type, source: 'manual' });
      if (!entity.aliases.includes(base.text) && entity.name !== base.text) entity.aliases.push(base.text);
    } else if (a.kind === 'quote') {
      // Quotes nest (a quotation inside a quotation): only one at the very same span gives way.
      const kept = this.makeRoom(this.doc.quotes, span, 'quote', a.id, q => q.start !== span.start || q.end !== span.end);
      // An event that lay in a quotation given way to points at none rather than at a quotation that is gone.
      for (const v of this.doc.events) if (v.quote && !kept.some(q => q.id === v.quote)) v.quote = null;
      this.doc.quotes = kept;
      this.doc.quotes.push({ ...base, speaker: a.speaker ? this.entity(a.speaker)?.id ?? null : null });
    } else if (a.kind === 'date') {
      const kept = this.makeRoom(this.doc.dates, span, 'date', a.id, () => false);
      // Events timed by a date the analyst's replaces are timed by the analyst's.
      for (const v of this.doc.events) if (v.time && !kept.some(d => d.id === v.time)) v.time = a.id;
      this.doc.dates = kept;
      this.doc.dates.push({ ...base, value: a.value });
    } else {
      const ids = (refs: EntityRef[]) => refs.map(r => this.entity(r)?.id).filter((x): x is string => !!x);
      const sentence = this.doc.events.find(v => v.sentence.start <= span.start && span.end <= v.sentence.end)?.sentence ?? paragraphOf(this.text, span);
      const event: AnnotationEvent = {
        id: a.id, plover: a.plover, cameo: a.cameo, trigger: { ...span, text: base.text },
        actors: ids(a.actors), targets: ids(a.targets), location: a.location ? this.entity(a.location)?.id ?? null : null,
        time: a.time ? this.find('date', a.time)?.id ?? null : null,
        quote: a.quote ? this.find('quote', a.quote)?.id ?? null : null,
        sentence, summary: a.summary, origin: 'manual', state: 'accepted',
        ...(a.modality ? { modality: a.modality } : {}),
      };
      this.doc.events.push(event);
    }
  }
}

function paragraphOf(text: string, span: Span): Span {
  const before = text.lastIndexOf('\n', span.start - 1);
  const after = text.indexOf('\n', span.end);
  return { start: before + 1, end: after < 0 ? text.length : after };
}

function withIso(d: DateExpr, iso: string | undefined): DateExpr {
  const { iso: _old, ...value } = d.value;
  return { ...d, value: iso ? { ...value, iso } : value };
}

const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

export function applyCorrections(machine: AnnotationDocument, sidecar: Sidecar | undefined, text: string): AnnotationDocument {
  // Without corrections the machine's document is the answer (no copy: it runs after every edit).
  if (!sidecar) return machine;
  const m = new Merger(machine, text);
  const { doc } = m;
  const hadMentions = new Set(doc.mentions.map(x => x.entity));

  for (const r of sidecar.reviews) {
    if (!m.place(r.anchor)) {
      m.orphan(r.id, 'review', r.anchor);
      continue;
    }
    const target = m.find(r.kind, r.anchor);
    if (!target || target.origin === 'manual') continue;
    if (r.decision === 'removed') m.remove(r.kind, target.id);
    else if (r.kind === 'event') doc.events.filter(v => v.id === target.id).forEach(v => (v.state = r.decision as 'accepted' | 'rejected'));
    else target.state = r.decision;
  }
  for (const e of sidecar.entities) {
    doc.entities.push({
      id: e.id, type: e.type, name: e.name, aliases: [], origin: 'manual',
      ...(e.nameEn ? { nameEn: e.nameEn } : {}), ...(e.description ? { description: e.description } : {}),
      ...(e.wikidata ? { kb: { wikidata: e.wikidata } } : {}),
    });
  }
  const order: ManualAnnotation['kind'][] = ['mention', 'date', 'quote', 'event'];
  for (const kind of order) for (const a of sidecar.annotations) if (a.kind === kind) m.addManual(a);

  for (const l of sidecar.links) {
    const mention = m.find('mention', l.mention) as Mention | undefined;
    const entity = m.entity(l.entity);
    if (!mention || !entity) {
      m.orphan(l.id, 'link', l.mention);
      continue;
    }
    mention.entity = entity.id;
    mention.type = entity.type;
  }
  for (const g of sidecar.merges) {
    const from = m.entity(g.from);
    const into = m.entity(g.into);
    if (!from || !into || from === into) continue;
    into.aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter(a => a !== into.name);
    m.repoint(from.id, into.id);
    for (const x of doc.mentions) if (x.entity === into.id) x.type = into.type;
  }
  for (const edit of sidecar.entityEdits) {
    const e = m.entity(edit.entity);
    if (!e) {
      if ('mentions' in edit.entity && edit.entity.mentions.length) m.orphan(edit.id, 'entity', edit.entity.mentions[0]);
      continue;
    }
    if (edit.type) {
      e.type = edit.type;
      for (const x of doc.mentions) if (x.entity === e.id) x.type = edit.type;
    }
    if (edit.nameEn !== undefined) e.nameEn = edit.nameEn;
    if (edit.description !== undefined) e.description = edit.description;
    if (edit.wikidata !== undefined) e.kb = { ...e.kb, wikidata: edit.wikidata };
  }

  // An entity whose last mention the analyst removed or moved is gone too.
  const used = new Set(doc.mentions.map(x => x.entity));
  for (const e of doc.entities) if (hadMentions.has(e.id) && !used.has(e.id)) m.repoint(e.id, null);
  doc.entities = doc.entities.filter(e => used.has(e.id) || !hadMentions.has(e.id) && e.origin !== 'manual');
  doc.mentions.sort(byStart);
  doc.quotes.sort(byStart);
  doc.dates.sort(byStart);
  doc.events.sort((a, b) => byStart(a.trigger, b.trigger));
  const published = sidecar.document.publicationDate;
  if (published) {
    // The analyst's date wins over the one the machine ran with: dates resolve against it.
    if (published !== machine.document.publicationDate) doc.dates = doc.dates.map(d => withIso(d, resolveIso(d.value, published)));
    doc.document.publicationDate = published;
  }
  if (m.orphans.length) {
    doc.orphans = m.orphans;
    const lost = m.orphans.filter(o => !o.reason);
    const displaced = m.orphans.filter(o => o.reason);
    const warnings = [];
    if (lost.length) warnings.push(`${lost.length} correction(s) no longer match the edited text and are kept aside in the sidecar: ${listTexts(lost)}.`);
    if (displaced.length) warnings.push(`${displaced.length} correction(s) are displaced by later overlapping ones and kept aside in the sidecar: ${listTexts(displaced)}.`);
    doc.warnings = [...(doc.warnings ?? []), ...warnings];
  }
  return doc;
}

function listTexts(orphans: Orphan[]): string {
  const texts = orphans.slice(0, 5).map(o => `«${o.text}»`).join(', ');
  return orphans.length > 5 ? `${texts} and ${orphans.length - 5} more` : texts;
}
