import { strict as assert } from 'node:assert';
import { serialiseAnn } from '../../../src/core/formats/brat';
import { importBrat } from '../../../src/core/formats/import-brat';
import { importLabelStudio } from '../../../src/core/formats/import-labelstudio';
import { exportText, getFormat } from '../../../src/core/formats';
import { exportable } from '../../../src/core/formats/shared';
import type { AnnotationDocument } from '../../../src/core/types';
import { seedDoc, seedText } from './fixture';

describe('brat import', () => {
  const text = seedText();

  it('export → import → export is byte-identical on the seed', () => {
    const first = serialiseAnn(seedDoc(), text);
    const { doc, skipped } = importBrat(first, text, 'seeds/000_aa1428275e2aae3c.txt');
    assert.deepEqual(skipped, []);
    assert.equal(serialiseAnn(doc, text), first);
  });

  it('brings entities, speakers, events and Wikidata ids back as manual annotations', () => {
    const { doc } = importBrat(serialiseAnn(seedDoc(), text), text);
    assert.ok(doc.mentions.every(m => m.origin === 'manual' && text.slice(m.start, m.end) === m.text));
    const putin = doc.entities.find(e => e.nameEn === 'Vladimir Putin')!;
    assert.equal(putin.name, 'فلاديمير بوتين');
    assert.deepEqual(doc.mentions.filter(m => m.entity === putin.id).map(m => m.start), [0, 80, 343, 538, 1800]);
    const armenia = doc.entities.find(e => e.kb?.wikidata === 'Q399')!;
    assert.equal(armenia.nameEn, 'Armenia');
    const lavrov = doc.entities.find(e => e.nameEn === 'Sergei Lavrov')!;
    assert.equal(doc.quotes.filter(q => q.speaker === lavrov.id).length, 2);
    const intent = doc.events.find(v => v.trigger.text === 'يعتزم')!;
    assert.equal(intent.modality, 'intended');
    assert.equal(intent.cameo, '03');
    assert.equal(intent.summary, 'intends phone talks with Putin and Trump');
    assert.equal(doc.events.length, 21);
    assert.ok(!doc.mentions.some(m => m.text === 'الجمهورية'), 'a rejected annotation is not exported');
  });

  it('round-trips a quote across a line break and names after an emoji and CRLF', () => {
    const t = 'قال 😀 بوتين:\r\n«نحن مستعدون\r\nللحوار» في موسكو';
    const at = (w: string) => t.indexOf(w);
    const doc: AnnotationDocument = {
      format: 'seed-annotations', version: 1,
      document: { sha256: 'x', length: t.length, language: 'ar', headline: null },
      entities: [{ id: 'e1', type: 'PER', name: 'بوتين', aliases: [] }, { id: 'e2', type: 'LOC', name: 'موسكو', aliases: [] }],
      mentions: [
        { id: 'm1', entity: 'e1', type: 'PER', start: at('بوتين'), end: at('بوتين') + 5, text: 'بوتين', origin: 'auto' },
        { id: 'm2', entity: 'e2', type: 'LOC', start: at('موسكو'), end: at('موسكو') + 5, text: 'موسكو', origin: 'auto' },
      ],
      quotes: [{ id: 'q1', start: at('نحن'), end: at('»'), text: t.slice(at('نحن'), at('»')), speaker: 'e1', origin: 'auto' }],
      dates: [], events: [],
    };
    const ann = serialiseAnn(doc, t);
    assert.match(ann, /^T1\tPER 6 11\tبوتين$/m);
    assert.match(ann, /^T2\tQuote 15 26;28 34\tنحن مستعدون للحوار$/m);
    const back = importBrat(ann, t).doc;
    assert.equal(back.quotes[0].text, 'نحن مستعدون\r\nللحوار');
    assert.equal(back.quotes[0].speaker, back.mentions[0].entity);
    assert.equal(serialiseAnn(back, t), ann);
  });

  it('reads other tools’ labels, discontinuous spans and skips what it does not know', () => {
    const t = 'زار ماكرون\nموسكو أمس';
    const ann = 'T1\tPerson 4 10\tماكرون\nT2\tGPE 11 16\tموسكو\nT3\tLOC 4 10;11 16\tماكرون موسكو\nT4\tPER 90 95\tx\nX1\tweird line\n';
    const { doc, skipped } = importBrat(ann, t);
    assert.deepEqual(doc.mentions.map(m => [m.type, m.text]), [['PER', 'ماكرون'], ['LOC', 'ماكرون\nموسكو'], ['LOC', 'موسكو']]);
    assert.equal(skipped.length, 2);
  });
});

describe('Label Studio import', () => {
  const text = seedText();

  it('reads our tasks back: spans, types and quote speakers', () => {
    const json = exportText(getFormat('labelstudio')!, seedDoc(), text);
    const [task] = importLabelStudio(json);
    assert.equal(task.text, text);
    assert.equal(task.skipped, 0);
    const exported = exportable(seedDoc());
    assert.deepEqual(task.doc.mentions.map(m => [m.start, m.end, m.type]), exported.mentions.map(m => [m.start, m.end, m.type]));
    assert.equal(task.doc.quotes.length, exported.quotes.length);
    assert.equal(task.doc.events.length, exported.events.length);
    const lavrovQuote = task.doc.quotes.find(q => q.text.startsWith('نعرض وساطة'))!;
    assert.equal(task.doc.entities.find(e => e.id === lavrovQuote.speaker)?.name, 'لافروف');
  });

  it('prefers the analyst’s annotations and accepts old UTF-16 offsets', () => {
    const t = '😀 زار ماكرون موسكو';
    const task = {
      data: { text: t },
      annotations: [{ result: [{ id: 'a', type: 'labels', value: { start: 7, end: 13, text: 'ماكرون', labels: ['Person'] } }] }],
      predictions: [{ result: [{ id: 'b', type: 'labels', value: { start: 13, end: 18, text: 'موسكو', labels: ['LOC'] } }] }],
    };
    const [res] = importLabelStudio(JSON.stringify(task));
    assert.deepEqual(res.doc.mentions.map(m => [m.type, m.text]), [['PER', 'ماكرون']]);
  });

  it('refuses a file that is not Label Studio tasks', () => {
    assert.throws(() => importLabelStudio('{"foo": 1}'), /data\.text/);
    assert.throws(() => importLabelStudio('[{'), /not valid JSON/);
  });
});
