// Entities as a table: one row per entity with its names, links and mention count.
import type { ExportFormat } from './types';
import { createCodePointMap } from '../text/offsets';
import { combineCsv, csvTable } from './csv-table';
import { exportable } from './shared';

const ENTITY_COLUMNS = [
  'document', 'id', 'type', 'name', 'name_en', 'description', 'wikidata', 'aliases', 'mentions', 'first_start', 'origin',
];

export const csvEntities: ExportFormat = {
  id: 'csv-entities',
  label: 'CSV of entities (UTF-8 with BOM)',
  extension: '.csv',
  serialise: (input, text) => {
    const doc = exportable(input);
    const map = createCodePointMap(text);
    const rows = doc.entities.flatMap(e => {
      const mentions = doc.mentions.filter(m => m.entity === e.id);
      if (!mentions.length) return [];
      const first = Math.min(...mentions.map(m => m.start));
      return [{ first, row: [
        doc.document.path ?? '', e.id, e.type, e.name, e.nameEn ?? '', e.description ?? '', e.kb?.wikidata ?? '',
        e.aliases.join('; '), mentions.length, map.toCodePoint(first), e.origin ?? 'auto',
      ] }];
    });
    return csvTable(ENTITY_COLUMNS, rows.sort((a, b) => a.first - b.first).map(r => r.row));
  },
  combine: combineCsv,
};
