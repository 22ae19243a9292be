// Reads a brat `.ann` (ours or another tool's) back into a native document
// whose annotations are all manual: the analyst's word, to be merged over the
// machine's. Offsets come in as code points and leave as UTF-16.
import type { AnnotationDocument, AnnotationEvent, DateExpr, Entity, EntityType, Mention, Modality, Quote } from '../types';
import { createCodePointMap } from '../text/offsets';
import { splitParagraphs } from '../text/sentences';
import { detectLanguage } from '../text/language';
import { DATE_LABEL, NOTE_SEPARATOR, QUOTE_LABEL } from './brat';
import { sha256 } from './shared';

const ENTITY_TYPES: Record<string, EntityType> = {
  PER: 'PER', Person: 'PER', PERSON: 'PER',
  LOC: 'LOC', Place: 'LOC', Location: 'LOC', LOCATION: 'LOC', GPE: 'LOC',
  ORG: 'ORG', Organisation: 'ORG', Organization: 'ORG', ORGANIZATION: 'ORG',
};
const MODALITIES = new Set<Modality>(['asserted', 'negated', 'intended', 'possible', 'reported']);

interface TextBound {
  label: string;
  start: number;
  end: number;
}

export interface BratImport {
  doc: AnnotationDocument;
  /** Lines that were not understood (kept out, reported to the analyst). */
  skipped: string[];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    const p = this.parent.get(x);
    if (p === undefined || p === x) return x;
    const root = this.find(p);
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export function importBrat(ann: string, text: string, path?: string): BratImport {
  const map = createCodePointMap(text);
  const skipped: string[] = [];
  const spans = new Map<string, TextBound>();
  const eventLines: Array<{ id: string; args: string[] }> = [];
  const notes = new Map<string, string>();
  const wikidata = new Map<string, string>();
  const modality = new Map<string, Modality>();
  const speakers = new Map<string, string>();
  const groups = new UnionFind();
  for (const line of ann.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const [id, body = '', rest = ''] = line.split('\t');
    const parts = body.split(' ');
    if (/^T\d+$/.test(id)) {
      const offsets = body.slice(parts[0].length + 1).split(';').map(f => f.trim().split(/\s+/).map(Number));
      const numbers = offsets.flat();
      if (!numbers.length || numbers.some(n => !Number.isInteger(n) || n < 0 || n > map.codePointLength)) skipped.push(line);
      else spans.set(id, { label: parts[0], start: map.toUtf16(Math.min(...numbers)), end: map.toUtf16(Math.max(...numbers)) });
    } else if (/^E\d+$/.test(id)) eventLines.push({ id, args: parts });
    else if (/^R\d+$/.test(id) && parts[0] === 'Speaker') {
      const arg = (k: string): string | undefined => parts.find(p => p.startsWith(`${k}:`))?.slice(k.length + 1);
      const q = arg('Arg1');
      const m = arg('Arg2');
      if (q && m) speakers.set(q, m);
    } else if (/^N\d+$/.test(id) && parts[0] === 'Reference' && parts[2]?.startsWith('Wikidata:')) wikidata.set(parts[1], parts[2].slice(9));
    else if (/^A\d+$/.test(id) && parts[0] === 'Modality' && MODALITIES.has(parts[2] as Modality)) modality.set(parts[1], parts[2] as Modality);
    else if (id === '*' && parts[0] === 'Equiv') parts.slice(2).forEach(t => groups.union(parts[1], t));
    else if (id.startsWith('#') && parts[0] === 'AnnotatorNotes') notes.set(parts[1], rest);
    else skipped.push(line);
  }
  const slice = (s: TextBound) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const triggers = new Set(eventLines.map(e => e.args[0]?.split(':')[1]));
  const ordered = [...spans.entries()].sort(([, a], [, b]) => a.start - b.start || a.end - b.end);

  const mentions: Mention[] = [];
  const mentionByT = new Map<string, Mention>();
  const entityOfRoot = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const [t, s] of ordered) {
    const type = ENTITY_TYPES[s.label];
    if (!type || triggers.has(t)) continue;
    const root = groups.find(t);
    let entity = entityOfRoot.get(root);
    if (!entity) {
      entity = { id: `e${entities.length + 1}`, type, name: '', aliases: [], origin: 'manual' };
      entityOfRoot.set(root, entity);
      entities.push(entity);
    }
    const m: Mention = { id: `m${mentions.length + 1}`, entity: entity.id, type, ...slice(s), origin: 'manual', state: 'accepted', source: 'import' };
    mentions.push(m);
    mentionByT.set(t, m);
    const note = notes.get(t);
    if (note !== undefined) applyEntityNote(entity, note);
    const qid = wikidata.get(t);
    if (qid) entity.kb = { wikidata: qid };
  }
  for (const e of entities) nameEntity(e, mentions.filter(m => m.entity === e.id));

  const quotes: Quote[] = [];
  const dates: DateExpr[] = [];
  const quoteByT = new Map<string, Quote>();
  const dateByT = new Map<string, DateExpr>();
  for (const [t, s] of ordered) {
    if (triggers.has(t)) continue;
    if (s.label === QUOTE_LABEL) {
      const speaker = mentionByT.get(speakers.get(t) ?? '')?.entity ?? null;
      const q: Quote = { id: `q${quotes.length + 1}`, ...slice(s), speaker, origin: 'manual', state: 'accepted' };
      quotes.push(q);
      quoteByT.set(t, q);
    } else if (s.label === DATE_LABEL) {
      const d: DateExpr = { id: `d${dates.length + 1}`, ...slice(s), value: {}, origin: 'manual', state: 'accepted' };
      dates.push(d);
      dateByT.set(t, d);
    } else if (!ENTITY_TYPES[s.label]) skipped.push(`T ${s.label} ${s.start} ${s.end}`);
  }

  const paragraphs = splitParagraphs(text);
  const events: AnnotationEvent[] = [];
  for (const { id, args } of eventLines) {
    const [type, triggerT] = (args[0] ?? '').split(':');
    const trigger = spans.get(triggerT);
    if (!trigger) {
      skipped.push(`${id} without a trigger`);
      continue;
    }
    const v: AnnotationEvent = {
      id: `v${events.length + 1}`, plover: type, cameo: '', trigger: slice(trigger),
      actors: [], targets: [], location: null, time: null, quote: null,
      sentence: paragraphs.find(p => p.start <= trigger.start && trigger.end <= p.end) ?? { start: trigger.start, end: trigger.end },
      summary: '', origin: 'manual', state: 'accepted',
    };
    for (const arg of args.slice(1)) {
      const [role, t] = arg.split(':');
      const entity = mentionByT.get(t)?.entity;
      if (/^Actor\d*$/.test(role) && entity) v.actors.push(entity);
      else if (/^Target\d*$/.test(role) && entity) v.targets.push(entity);
      else if (/^Place\d*$/.test(role) && entity) v.location = entity;
      else if (role === 'Time' && dateByT.has(t)) v.time = dateByT.get(t)!.id;
      else if (role === 'Quote' && quoteByT.has(t)) v.quote = quoteByT.get(t)!.id;
    }
    const m = modality.get(id);
    if (m) v.modality = m;
    const note = notes.get(id);
    const cameo = note?.match(/^CAMEO (\S*)/);
    if (note !== undefined && cameo) {
      v.cameo = cameo[1];
      const cut = note.indexOf(NOTE_SEPARATOR);
      v.summary = cut >= 0 ? note.slice(cut + NOTE_SEPARATOR.length) : '';
    }
    events.push(v);
  }

  const doc: AnnotationDocument = {
    format: 'seed-annotations',
    version: 1,
    document: { ...(path ? { path } : {}), sha256: sha256(text), length: text.length, language: detectLanguage(text), headline: paragraphs[0] ?? null },
    entities, mentions, quotes, dates, events,
  };
  return { doc, skipped };
}

function applyEntityNote(e: Entity, note: string): void {
  const cut = note.indexOf(NOTE_SEPARATOR);
  const nameEn = cut >= 0 ? note.slice(0, cut) : note;
  const description = cut >= 0 ? note.slice(cut + NOTE_SEPARATOR.length) : '';
  if (nameEn) e.nameEn = nameEn;
  if (description) e.description = description;
}

/** The fullest form names the entity; other spellings become aliases. */
function nameEntity(e: Entity, mentions: Mention[]): void {
  const forms = [...new Set(mentions.map(m => m.text))];
  e.name = forms.reduce((best, f) => (f.length > best.length ? f : best), forms[0] ?? '');
  e.aliases = forms.filter(f => f !== e.name);
}
