// A small hand-built analysis of the seed's opening lines: offsets are found in
// the text so every span slices to its `text`, as the native format requires.
import type { AnnotationDocument, EntityType, Mention } from '../../../src/core/types';

export const TEXT = [
  'بوتين وماكرون يدعوان إلى وقف فوري لإطلاق النار في ناجورنو كاراباخ',
  'ذكر الكرملين، أمس الأربعاء، أن الرئيس الروسي فلاديمير بوتين دعا أرمينيا إلى التهدئة.',
  'وقال ماكرون "<script>alert(1)</script> نريد السلام" وأضاف مصدر "لا تعليق".',
].join('\n');

function at(s: string, from = 0): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`not in fixture: ${s}`);
  return { start, end: start + s.length, text: s };
}

let n = 0;
const mention = (entity: string, type: EntityType, s: string, from = 0): Mention =>
  ({ id: `m${++n}`, entity, type, origin: 'auto', ...at(s, from) });

const line2 = TEXT.indexOf('\n') + 1;
const line3 = TEXT.indexOf('\n', line2) + 1;

export function fixture(): AnnotationDocument {
  n = 0;
  return {
    format: 'seed-annotations',
    version: 1,
    document: { sha256: 'x', length: TEXT.length, language: 'ar', headline: { start: 0, end: line2 - 1 }, lead: { start: line2, end: line3 - 1 } },
    entities: [
      { id: 'putin', type: 'PER', name: 'فلاديمير بوتين', nameEn: 'Vladimir Putin', description: 'President of Russia', aliases: ['بوتين'], kb: { wikidata: 'Q7747' } },
      { id: 'macron', type: 'PER', name: 'إيمانويل ماكرون', nameEn: 'Emmanuel Macron', aliases: ['ماكرون'] },
      { id: 'karabakh', type: 'LOC', name: 'ناجورنو كاراباخ', nameEn: 'Nagorno-Karabakh', aliases: [] },
      { id: 'armenia', type: 'LOC', name: 'أرمينيا', nameEn: 'Armenia', aliases: [] },
      { id: 'kremlin', type: 'ORG', name: 'الكرملين', nameEn: 'Kremlin', aliases: [] },
    ],
    mentions: [
      mention('putin', 'PER', 'بوتين'),
      mention('macron', 'PER', 'ماكرون'),
      mention('karabakh', 'LOC', 'ناجورنو كاراباخ'),
      mention('kremlin', 'ORG', 'الكرملين'),
      mention('putin', 'PER', 'فلاديمير بوتين'),
      mention('armenia', 'LOC', 'أرمينيا'),
      mention('macron', 'PER', 'ماكرون', line3),
    ],
    quotes: [
      { id: 'q1', speaker: 'macron', origin: 'auto', ...at('<script>alert(1)</script> نريد السلام'), cue: at('وقال') },
      { id: 'q2', speaker: null, origin: 'auto', ...at('لا تعليق') },
    ],
    dates: [{ id: 'd1', origin: 'auto', value: { relativeDays: -1, weekday: 3, iso: '2020-09-30' }, ...at('أمس الأربعاء') }],
    events: [
      {
        id: 'v1', plover: 'APPEAL', cameo: '02', trigger: at('يدعوان'), actors: ['putin', 'macron'], targets: [],
        location: 'karabakh', time: null, quote: null, sentence: { start: 0, end: line2 - 1 },
        summary: 'Putin and Macron call for a ceasefire in Nagorno-Karabakh', restates: 'v2', origin: 'auto',
      },
      {
        id: 'v2', plover: 'APPEAL', cameo: '0256', trigger: at('دعا', line2), actors: ['putin'], targets: ['armenia'],
        location: null, time: 'd1', quote: null, sentence: { start: line2, end: line3 - 1 },
        summary: 'Putin calls on Armenia to calm', origin: 'auto',
      },
      {
        id: 'v3', plover: 'CONSULT', cameo: '04', trigger: at('وقال'), actors: ['macron'], targets: [],
        location: null, time: null, quote: 'q1', sentence: { start: line3, end: TEXT.length },
        summary: 'Macron says he wants peace', modality: 'negated', origin: 'auto',
      },
    ],
  };
}
