// brat standoff: `<name>.ann` beside a copy of `<name>.txt`, with an
// annotation.conf that declares every label used. Offsets count code points.
// Lines: T (spans), E (events with their trigger T), A (event modality),
// R (quote speaker), N (Wikidata normalisation), * (Equiv: one entity's
// mentions), # (AnnotatorNotes carrying English names, descriptions, CAMEO
// codes and summaries so an import loses as little as possible).
import type { AnnotationDocument, AnnotationEvent, Entity } from '../types';
import { createCodePointMap, type CodePointMap } from '../text/offsets';
import type { ExportFile, ExportFormat } from './types';
import { baseName, exportable, nearestMention } from './shared';

const PLOVER_TYPES = [
  'AGREE', 'ACCUSE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE', 'DEMAND',
  'DISAPPROVE', 'MOBILIZE', 'PROTEST', 'REJECT', 'REQUEST', 'RETREAT', 'SANCTION', 'STATEMENT', 'SUPPORT', 'THREATEN',
];
export const QUOTE_LABEL = 'Quote';
export const DATE_LABEL = 'Date';
export const NOTE_SEPARATOR = ' | ';

/** brat labels are word characters and hyphens. */
function bratLabel(type: string): string {
  return type.replace(/[^\p{L}\p{N}_-]+/gu, '_') || 'EVENT';
}

type SpanKind = 'mention' | 'quote' | 'date' | 'trigger';
const KIND_RANK: Record<SpanKind, number> = { mention: 0, quote: 1, date: 2, trigger: 3 };

interface SpanRow {
  kind: SpanKind;
  key: string;
  label: string;
  start: number;
  end: number;
  order: number;
}

/** Splits a span at line breaks: brat fragments may not cross them. */
function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push([start + m.index, start + m.index + m[0].length]);
  return out.length ? out : [[start, end]];
}

function tLine(id: string, row: SpanRow, text: string, map: CodePointMap): string {
  const frags = fragments(text, row.start, row.end);
  const offsets = frags.map(([s, e]) => `${map.toCodePoint(s)} ${map.toCodePoint(e)}`).join(';');
  const surface = frags.map(([s, e]) => text.slice(s, e).replace(/\t/g, ' ')).join(' ');
  return `${id}\t${row.label} ${offsets}\t${surface}`;
}

function spanRows(doc: AnnotationDocument): SpanRow[] {
  const rows: SpanRow[] = [];
  doc.mentions.forEach((m, i) => rows.push({ kind: 'mention', key: m.id, label: m.type, start: m.start, end: m.end, order: i }));
  doc.quotes.forEach((q, i) => rows.push({ kind: 'quote', key: q.id, label: QUOTE_LABEL, start: q.start, end: q.end, order: i }));
  doc.dates.forEach((d, i) => rows.push({ kind: 'date', key: d.id, label: DATE_LABEL, start: d.start, end: d.end, order: i }));
  doc.events.forEach((v, i) =>
    rows.push({ kind: 'trigger', key: v.id, label: bratLabel(v.plover), start: v.trigger.start, end: v.trigger.end, order: i }),
  );
  return rows.sort((a, b) => a.start - b.start || a.end - b.end || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.order - b.order);
}

export function serialiseAnn(input: AnnotationDocument, text: string): string {
  const doc = exportable(input);
  const map = createCodePointMap(text);
  const rows = spanRows(doc);
  const tId = new Map<string, string>();
  const lines: string[] = [];
  rows.forEach((row, i) => {
    const id = `T${i + 1}`;
    tId.set(`${row.kind}:${row.key}`, id);
    lines.push(tLine(id, row, text, map));
  });
  const mentionT = (entity: string | null, at: number): string | undefined => {
    const m = entity ? nearestMention(doc.mentions, entity, at) : undefined;
    return m && tId.get(`mention:${m.id}`);
  };
  const events = rows.filter(r => r.kind === 'trigger').map(r => doc.events[r.order]);
  const eId = new Map<string, string>();
  events.forEach((v, i) => {
    const id = `E${i + 1}`;
    eId.set(v.id, id);
    lines.push(`${id}\t${eventArgs(v, tId, mentionT, doc).join(' ')}`);
  });
  let a = 0;
  for (const v of events) {
    if (v.modality && v.modality !== 'asserted') lines.push(`A${++a}\tModality ${eId.get(v.id)} ${v.modality}`);
  }
  let r = 0;
  for (const row of rows) {
    if (row.kind !== 'quote') continue;
    const q = doc.quotes[row.order];
    const speaker = mentionT(q.speaker, q.start);
    if (speaker) lines.push(`R${++r}\tSpeaker Arg1:${tId.get(`quote:${q.id}`)} Arg2:${speaker}`);
  }
  lines.push(...entityLines(doc, tId, events, eId));
  return lines.length ? lines.join('\n') + '\n' : '';
}

function eventArgs(
  v: AnnotationEvent,
  tId: Map<string, string>,
  mentionT: (entity: string | null, at: number) => string | undefined,
  doc: AnnotationDocument,
): string[] {
  const args = [`${bratLabel(v.plover)}:${tId.get(`trigger:${v.id}`)}`];
  const role = (name: string, ids: string[]): void => {
    let n = 0;
    for (const id of ids) {
      const t = mentionT(id, v.trigger.start);
      if (t) args.push(`${name}${n++ ? n : ''}:${t}`);
    }
  };
  role('Actor', v.actors);
  role('Target', v.targets);
  role('Place', v.location ? [v.location] : []);
  const time = v.time ? tId.get(`date:${v.time}`) : undefined;
  if (time) args.push(`Time:${time}`);
  const quote = v.quote && doc.quotes.some(q => q.id === v.quote) ? tId.get(`quote:${v.quote}`) : undefined;
  if (quote) args.push(`Quote:${quote}`);
  return args;
}

/** N, * and # lines, in the order of each entity's first mention. */
function entityLines(
  doc: AnnotationDocument,
  tId: Map<string, string>,
  events: AnnotationEvent[],
  eId: Map<string, string>,
): string[] {
  const tNum = (t: string): number => Number(t.slice(1));
  const byEntity = new Map<string, string[]>();
  for (const m of doc.mentions) {
    const t = tId.get(`mention:${m.id}`)!;
    const list = byEntity.get(m.entity) ?? [];
    list.push(t);
    byEntity.set(m.entity, list);
  }
  const groups = [...byEntity.entries()]
    .map(([entity, ts]) => ({ entity, ts: ts.sort((x, y) => tNum(x) - tNum(y)) }))
    .sort((x, y) => tNum(x.ts[0]) - tNum(y.ts[0]));
  const entities = new Map<string, Entity>(doc.entities.map(e => [e.id, e]));
  const norms: string[] = [];
  const equivs: string[] = [];
  const notes: string[] = [];
  for (const { entity, ts } of groups) {
    const e = entities.get(entity);
    if (e?.kb?.wikidata) norms.push(`N${norms.length + 1}\tReference ${ts[0]} Wikidata:${e.kb.wikidata}\t${oneLine(e.nameEn || e.name)}`);
    if (ts.length > 1) equivs.push(`*\tEquiv ${ts.join(' ')}`);
    if (e && (e.nameEn || e.description)) notes.push(`AnnotatorNotes ${ts[0]}\t${oneLine(e.nameEn ?? '')}${NOTE_SEPARATOR}${oneLine(e.description ?? '')}`);
  }
  for (const v of events) {
    notes.push(`AnnotatorNotes ${eId.get(v.id)}\tCAMEO ${oneLine(v.cameo)}${NOTE_SEPARATOR}${oneLine(v.summary)}`);
  }
  return [...norms, ...equivs, ...notes.map((n, i) => `#${i + 1}\t${n}`)];
}

function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/** annotation.conf declaring the labels, event roles and attributes the .ann files use. */
export function annotationConf(eventTypes: Iterable<string> = []): string {
  const types = [...new Set([...PLOVER_TYPES, ...[...eventTypes].map(bratLabel)])].sort();
  const arg = 'PER|LOC|ORG';
  return [
    '[entities]',
    'PER',
    'LOC',
    'ORG',
    QUOTE_LABEL,
    DATE_LABEL,
    '',
    '[relations]',
    `Speaker Arg1:${QUOTE_LABEL}, Arg2:${arg}`,
    'Equiv Arg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive',
    '<OVERLAP> Arg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    ...types.map(t => `${t} Actor*:${arg}, Target*:${arg}, Place?:LOC|ORG, Time?:${DATE_LABEL}, Quote?:${QUOTE_LABEL}`),
    '',
    '[attributes]',
    'Modality Arg:<EVENT>, Value:negated|intended|possible|reported',
    '',
  ].join('\n');
}

function bratFiles(doc: AnnotationDocument, text: string): ExportFile[] {
  const name = baseName(doc);
  return [
    { name: `${name}.ann`, content: serialiseAnn(doc, text) },
    { name: `${name}.txt`, content: text },
    { name: 'annotation.conf', content: annotationConf(doc.events.map(v => v.plover)) },
  ];
}

export const brat: ExportFormat = {
  id: 'brat',
  label: 'brat standoff (.ann + .txt + annotation.conf)',
  extension: '.ann',
  serialise: bratFiles,
};
