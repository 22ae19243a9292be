// PLOVER event records, one JSON object per line: event type, CAMEO code,
// actor and recipient with their names and Wikidata ids, place, date, and the
// sentence the event was read from.
import type { AnnotationDocument, Entity } from '../types';
import type { ExportFormat } from './types';
import { byStart, entityIndex, exportable } from './shared';

function actor(e: Entity | undefined): object | null {
  if (!e) return null;
  return { name: e.name, name_en: e.nameEn ?? null, type: e.type, wikidata: e.kb?.wikidata ?? null, description: e.description ?? null };
}

function serialise(input: AnnotationDocument, text: string): string {
  const doc = exportable(input);
  const entities = entityIndex(doc);
  const events = [...doc.events].sort((a, b) => byStart(a.trigger, b.trigger));
  return events
    .map(v => {
      const date = doc.dates.find(d => d.id === v.time);
      const record = {
        id: `${doc.document.sha256.slice(0, 12)}-${v.id}`,
        event_type: v.plover,
        cameo: v.cameo,
        mode: null,
        context: [] as string[],
        modality: v.modality ?? 'asserted',
        date: date?.value.iso ?? null,
        date_text: date?.text ?? null,
        publication_date: doc.document.publicationDate ?? null,
        actor: v.actors.map(id => actor(entities.get(id))),
        recipient: v.targets.map(id => actor(entities.get(id))),
        location: v.location ? actor(entities.get(v.location)) : null,
        reported_by: v.source ? actor(entities.get(v.source)) : null,
        trigger: v.trigger.text,
        summary: v.summary,
        text: text.slice(v.sentence.start, v.sentence.end),
        language: doc.document.language,
        source_document: doc.document.path ?? null,
        origin: v.origin,
      };
      return JSON.stringify(record) + '\n';
    })
    .join('');
}

export const plover: ExportFormat = {
  id: 'plover',
  label: 'PLOVER events (JSONL)',
  extension: '.jsonl',
  serialise,
  combine: parts => parts.join(''),
};
