// Reads Label Studio tasks (our export, or a project's JSON export) back as
// manual annotations. The analyst's `annotations` win over `predictions`.
// Offsets are code points; older Label Studio wrote UTF-16 units, so a region
// whose text does not match is tried that way too.
import type { AnnotationDocument, EntityType, Mention } from '../types';
import { createCodePointMap } from '../text/offsets';
import { detectLanguage } from '../text/language';
import { splitParagraphs } from '../text/sentences';
import { sha256 } from './shared';

const ENTITY_TYPES: Record<string, EntityType> = {
  PER: 'PER', Person: 'PER', PERSON: 'PER', LOC: 'LOC', Place: 'LOC', Location: 'LOC', GPE: 'LOC',
  ORG: 'ORG', Organisation: 'ORG', Organization: 'ORG',
};

interface LsResult {
  id?: string;
  type?: string;
  value?: { start?: number; end?: number; text?: string; labels?: string[] };
  from_id?: string;
  to_id?: string;
  labels?: string[];
}
interface LsTask {
  data?: { text?: unknown; path?: unknown };
  annotations?: Array<{ result?: LsResult[]; was_cancelled?: boolean }>;
  predictions?: Array<{ result?: LsResult[] }>;
}

export interface LabelStudioImport {
  doc: AnnotationDocument;
  text: string;
  path?: string;
  skipped: number;
}

export class LabelStudioError extends Error {}

function results(task: LsTask): LsResult[] {
  const done = (task.annotations ?? []).filter(a => !a.was_cancelled && a.result?.length);
  if (done.length) return done[done.length - 1].result!;
  return task.predictions?.[0]?.result ?? [];
}

function importTask(task: LsTask): LabelStudioImport {
  const text = typeof task.data?.text === 'string' ? task.data.text : '';
  const map = createCodePointMap(text);
  const span = (v: NonNullable<LsResult['value']>) => {
    const start = v.start ?? -1;
    const end = v.end ?? -1;
    if (start < 0 || end <= start) return undefined;
    const cp = { start: map.toUtf16(start), end: map.toUtf16(end) };
    if (v.text === undefined || text.slice(cp.start, cp.end) === v.text) return cp;
    return text.slice(start, end) === v.text ? { start, end } : undefined;
  };
  const doc: AnnotationDocument = {
    format: 'seed-annotations', version: 1,
    document: { sha256: sha256(text), length: text.length, language: detectLanguage(text), headline: splitParagraphs(text)[0] ?? null },
    entities: [], mentions: [], quotes: [], dates: [], events: [],
  };
  let skipped = 0;
  const byRegion = new Map<string, Mention | { quote: string }>();
  const entityByName = new Map<string, string>();
  const regions = results(task).filter(r => r.type === 'labels' && r.value);
  for (const r of regions) {
    const s = span(r.value!);
    const label = r.value!.labels?.[0] ?? '';
    if (!s) {
      skipped++;
      continue;
    }
    const surface = text.slice(s.start, s.end);
    const base = { ...s, text: surface, origin: 'manual' as const, state: 'accepted' as const };
    const type = ENTITY_TYPES[label];
    if (type) {
      const key = `${type}:${surface}`;
      let entity = entityByName.get(key);
      if (!entity) {
        entity = `e${doc.entities.length + 1}`;
        entityByName.set(key, entity);
        doc.entities.push({ id: entity, type, name: surface, aliases: [], origin: 'manual' });
      }
      const m: Mention = { id: `m${doc.mentions.length + 1}`, entity, type, ...base, source: 'import' };
      doc.mentions.push(m);
      if (r.id) byRegion.set(r.id, m);
    } else if (/^quote$/i.test(label)) {
      const id = `q${doc.quotes.length + 1}`;
      doc.quotes.push({ id, ...base, speaker: null });
      if (r.id) byRegion.set(r.id, { quote: id });
    } else if (/^date$/i.test(label)) doc.dates.push({ id: `d${doc.dates.length + 1}`, ...base, value: {} });
    else if (label.startsWith('EVENT:')) {
      const paragraph = splitParagraphs(text).find(p => p.start <= s.start && s.end <= p.end) ?? s;
      doc.events.push({
        id: `v${doc.events.length + 1}`, plover: label.slice(6), cameo: '', trigger: { ...s, text: surface },
        actors: [], targets: [], location: null, time: null, quote: null, sentence: paragraph, summary: '',
        origin: 'manual', state: 'accepted',
      });
    } else skipped++;
  }
  for (const r of results(task)) {
    if (r.type !== 'relation' || !r.labels?.includes('speaker')) continue;
    const q = byRegion.get(r.from_id ?? '');
    const m = byRegion.get(r.to_id ?? '');
    if (q && 'quote' in q && m && 'entity' in m) doc.quotes.find(x => x.id === q.quote)!.speaker = m.entity;
  }
  const path = typeof task.data?.path === 'string' ? task.data.path : undefined;
  if (path) doc.document.path = path;
  return { doc, text, ...(path ? { path } : {}), skipped };
}

/** Every task in a Label Studio JSON file (one task or a list of them). */
export function importLabelStudio(json: string): LabelStudioImport[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new LabelStudioError(`not valid JSON: ${(e as Error).message}`);
  }
  const tasks = (Array.isArray(data) ? data : [data]) as LsTask[];
  if (!tasks.length || tasks.some(t => !t || typeof t !== 'object' || typeof t.data?.text !== 'string')) {
    throw new LabelStudioError('not Label Studio tasks (each needs data.text)');
  }
  return tasks.map(importTask);
}
