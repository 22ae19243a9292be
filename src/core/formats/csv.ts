// Events as a table: one row per event, entities by their readable names.
// Offsets count code points, like the other exports meant for other tools.
import type { ExportFormat } from './types';
import { createCodePointMap } from '../text/offsets';
import { combineCsv, csvTable } from './csv-table';
import { byStart, displayName, entityIndex, exportable } from './shared';

const EVENT_COLUMNS = [
  'document', 'id', 'plover', 'cameo', 'trigger', 'trigger_start', 'trigger_end', 'actors', 'targets',
  'location', 'date', 'date_iso', 'quote', 'modality', 'source', 'summary', 'sentence', 'origin', 'state',
];

export const csv: ExportFormat = {
  id: 'csv',
  label: 'CSV of events (UTF-8 with BOM)',
  extension: '.csv',
  serialise: (input, text) => {
    const doc = exportable(input);
    const map = createCodePointMap(text);
    const entities = entityIndex(doc);
    const names = (ids: string[]) => ids.map(id => displayName(entities.get(id))).join('; ');
    const rows = [...doc.events]
      .sort((a, b) => byStart(a.trigger, b.trigger))
      .map(v => {
        const date = doc.dates.find(d => d.id === v.time);
        const quote = doc.quotes.find(q => q.id === v.quote);
        return [
          doc.document.path ?? '', v.id, v.plover, v.cameo, v.trigger.text,
          map.toCodePoint(v.trigger.start), map.toCodePoint(v.trigger.end),
          names(v.actors), names(v.targets), v.location ? displayName(entities.get(v.location)) : '',
          date?.text ?? '', date?.value.iso ?? '', quote?.text ?? '', v.modality ?? 'asserted',
          v.source ? displayName(entities.get(v.source)) : '', v.summary,
          text.slice(v.sentence.start, v.sentence.end), v.origin, v.state ?? '',
        ];
      });
    return csvTable(EVENT_COLUMNS, rows);
  },
  combine: combineCsv,
};
