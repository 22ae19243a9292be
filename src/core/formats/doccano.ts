// doccano sequence-labelling JSONL: {"text", "label": [[start, end, "TYPE"], …]}.
// doccano's server is Python, so offsets count code points.
import type { ExportFormat } from './types';
import { createCodePointMap } from '../text/offsets';
import { byStart, exportable } from './shared';

export const doccano: ExportFormat = {
  id: 'doccano',
  label: 'doccano JSONL (sequence labelling)',
  extension: '.jsonl',
  serialise: (input, text) => {
    const doc = exportable(input);
    const map = createCodePointMap(text);
    const spans = [
      ...doc.mentions.map(m => ({ start: m.start, end: m.end, label: m.type })),
      ...doc.quotes.map(q => ({ start: q.start, end: q.end, label: 'QUOTE' })),
      ...doc.dates.map(d => ({ start: d.start, end: d.end, label: 'DATE' })),
      ...doc.events.map(v => ({ start: v.trigger.start, end: v.trigger.end, label: `EVENT:${v.plover}` })),
    ].sort(byStart);
    const line = {
      text,
      label: spans.map(s => [map.toCodePoint(s.start), map.toCodePoint(s.end), s.label]),
      ...(doc.document.path ? { meta: { path: doc.document.path, sha256: doc.document.sha256 } } : {}),
    };
    return JSON.stringify(line) + '\n';
  },
  combine: parts => parts.join(''),
};
