// An analysis of a long article: `count` mentions of one person, one every 100 characters.
// Shared by the shift test and `npm run bench`, which times shifting it through an edit.
import type { AnnotationDocument } from '../../../src/core/types';

export function longDocument(count: number): AnnotationDocument {
  return {
    format: 'seed-annotations', version: 1,
    document: { sha256: '', length: count * 100, language: 'ar', headline: null },
    entities: [{ id: 'e1', type: 'PER', name: 'بوتين', aliases: [] }],
    mentions: Array.from({ length: count }, (_, i) => ({ id: `m${i}`, entity: 'e1', type: 'PER' as const, start: i * 100, end: i * 100 + 5, text: 'بوتين', origin: 'auto' as const })),
    quotes: [],
    dates: [],
    events: [],
  };
}
