// W3C Web Annotation Data Model: a JSON-LD AnnotationCollection whose
// annotations target the article through a TextQuoteSelector (exact text with
// prefix and suffix) and a TextPositionSelector (code points).
import type { AnnotationDocument } from '../types';
import { createCodePointMap, type CodePointMap } from '../text/offsets';
import type { ExportFormat } from './types';
import { ENTITY_LABEL_EN, byStart, entityIndex, exportable, textDirection } from './shared';

const CONTEXT_CHARS = 32;

interface Target {
  start: number;
  end: number;
}

/** Moves a context boundary off the middle of a surrogate pair (towards the span). */
function pairSafe(text: string, i: number, step: 1 | -1): number {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i + (step > 0 ? 1 : -1) : i;
}

function target(doc: AnnotationDocument, text: string, map: CodePointMap, span: Target): object {
  return {
    type: 'SpecificResource',
    source: {
      id: doc.document.path ?? `urn:sha256:${doc.document.sha256}`,
      type: 'Text',
      format: 'text/plain',
      language: doc.document.language === 'unknown' ? 'ar' : doc.document.language,
      textDirection: textDirection(doc),
    },
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(span.start, span.end),
        prefix: text.slice(pairSafe(text, Math.max(0, span.start - CONTEXT_CHARS), 1), span.start),
        suffix: text.slice(span.end, pairSafe(text, span.end + CONTEXT_CHARS, -1)),
      },
      { type: 'TextPositionSelector', start: map.toCodePoint(span.start), end: map.toCodePoint(span.end) },
    ],
  };
}

const tag = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value, format: 'text/plain', language: 'en' });
const describe = (value: string, language = 'en') => ({ type: 'TextualBody', purpose: 'describing', value, format: 'text/plain', language });

function serialise(input: AnnotationDocument, text: string): string {
  const doc = exportable(input);
  const map = createCodePointMap(text);
  const entities = entityIndex(doc);
  const base = `urn:seed-annotator:${doc.document.sha256}`;
  const items: Array<{ start: number; end: number; annotation: object }> = [];
  const add = (id: string, span: Target, motivation: string, body: object[], origin: string, state?: string) =>
    items.push({
      start: span.start,
      end: span.end,
      annotation: {
        id: `${base}#${id}`, type: 'Annotation', motivation, body,
        target: target(doc, text, map, span),
        'seed:origin': origin, ...(state ? { 'seed:state': state } : {}),
      },
    });
  for (const m of doc.mentions) {
    const e = entities.get(m.entity);
    const body: object[] = [tag(ENTITY_LABEL_EN[m.type])];
    if (e?.kb?.wikidata) body.push({ id: `http://www.wikidata.org/entity/${e.kb.wikidata}`, purpose: 'identifying' });
    if (e) body.push(describe(e.name, doc.document.language === 'en' ? 'en' : 'ar'));
    if (e?.nameEn) body.push(describe(e.nameEn));
    add(m.id, m, 'identifying', body, m.origin, m.state);
  }
  for (const q of doc.quotes) {
    const speaker = q.speaker ? entities.get(q.speaker) : undefined;
    add(q.id, q, 'tagging', [tag('Quote'), ...(speaker ? [describe(`Speaker: ${speaker.nameEn || speaker.name}`)] : [])], q.origin, q.state);
  }
  for (const d of doc.dates) {
    add(d.id, d, 'tagging', [tag('Date'), ...(d.value.iso ? [describe(d.value.iso)] : [])], d.origin, d.state);
  }
  for (const v of doc.events) {
    add(v.id, v.trigger, 'classifying', [tag(`PLOVER:${v.plover}`), tag(`CAMEO:${v.cameo}`), describe(v.summary)], v.origin, v.state);
  }
  const annotations = items.sort(byStart).map(i => i.annotation);
  const collection = {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { seed: 'urn:seed-annotator:vocab#' }],
    id: base,
    type: 'AnnotationCollection',
    label: doc.document.path ?? 'Seed article',
    total: annotations.length,
    first: { id: `${base}#page1`, type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

export const webanno: ExportFormat = {
  id: 'webanno',
  label: 'W3C Web Annotation (JSON-LD)',
  extension: '.jsonld',
  serialise,
};
