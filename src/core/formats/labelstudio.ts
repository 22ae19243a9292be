// Label Studio tasks: the text in `data` and every span as a `labels` region
// of one prediction (pre-annotations for the labeller to review), the
// analyst's own marked by `origin: "manual"`, with quote speakers as
// relations. Offsets count code points, as Label Studio stores them since it
// fixed emoji offsets.
import type { AnnotationDocument } from '../types';
import { createCodePointMap, type CodePointMap } from '../text/offsets';
import type { ExportFormat } from './types';
import { byStart, exportable, nearestMention } from './shared';

const LS_FROM_NAME = 'label';
const LS_TO_NAME = 'text';
const MODEL_VERSION = 'seed-annotator';

interface Region {
  id: string;
  from_name: string;
  to_name: string;
  type: 'labels';
  origin: 'prediction' | 'manual';
  value: { start: number; end: number; text: string; labels: string[] };
}
interface Relation {
  type: 'relation';
  from_id: string;
  to_id: string;
  direction: 'right';
  labels: string[];
}

function region(map: CodePointMap, id: string, span: { start: number; end: number; text: string }, label: string, manual: boolean): Region {
  return {
    id, from_name: LS_FROM_NAME, to_name: LS_TO_NAME, type: 'labels', origin: manual ? 'manual' : 'prediction',
    value: { start: map.toCodePoint(span.start), end: map.toCodePoint(span.end), text: span.text, labels: [label] },
  };
}

/** One task for one document. */
function labelStudioTask(input: AnnotationDocument, text: string): object {
  const doc = exportable(input);
  const map = createCodePointMap(text);
  const spans: Array<{ start: number; end: number; region: Region }> = [];
  const push = (id: string, s: { start: number; end: number; text: string }, label: string, origin: string, state?: string) => {
    const manual = origin === 'manual' || state === 'accepted';
    spans.push({ start: s.start, end: s.end, region: region(map, id, s, label, manual) });
  };
  doc.mentions.forEach(m => push(m.id, m, m.type, m.origin, m.state));
  doc.quotes.forEach(q => push(q.id, q, 'QUOTE', q.origin, q.state));
  doc.dates.forEach(d => push(d.id, d, 'DATE', d.origin, d.state));
  doc.events.forEach(v => push(v.id, v.trigger, `EVENT:${v.plover}`, v.origin, v.state));
  spans.sort(byStart);
  const relations: Relation[] = doc.quotes.flatMap(q => {
    const m = q.speaker ? nearestMention(doc.mentions, q.speaker, q.start) : undefined;
    return m ? [{ type: 'relation' as const, from_id: q.id, to_id: m.id, direction: 'right' as const, labels: ['speaker'] }] : [];
  });
  return {
    data: { text, ...(doc.document.path ? { path: doc.document.path } : {}), sha256: doc.document.sha256 },
    predictions: [{ model_version: MODEL_VERSION, result: [...spans.map(s => s.region), ...relations] }],
  };
}

export const labelstudio: ExportFormat = {
  id: 'labelstudio',
  label: 'Label Studio tasks (JSON, with predictions)',
  extension: '.json',
  serialise: (doc, text) => JSON.stringify([labelStudioTask(doc, text)], null, 2) + '\n',
  combine: parts => JSON.stringify(parts.flatMap(p => JSON.parse(p) as unknown[]), null, 2) + '\n',
};
