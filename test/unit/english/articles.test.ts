// The English sample and fixture articles through annotate(): speakers,
// dates and events read as an analyst would expect.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../../../src/core/annotate';
import type { AnnotationDocument } from '../../../src/core/types';

const ROOT = join(__dirname, '..', '..', '..', '..');
const read = (path: string): AnnotationDocument => annotate(readFileSync(join(ROOT, path), 'utf8'), { publicationDate: '2020-10-02' });

const named = (doc: AnnotationDocument) => (id: string | null): string | null => (id ? doc.entities.find(e => e.id === id)!.name : null);

describe('English articles', () => {
  it('the sample: speakers, dates and events', () => {
    const doc = read('seeds/001_en_sample.txt');
    const name = named(doc);
    assert.equal(doc.document.language, 'en');
    assert.deepEqual(doc.quotes.map(q => name(q.speaker)), ['Ararat Mirzoyan', 'Jeyhun Bayramov']);
    assert.deepEqual(doc.dates.map(d => [d.text, d.value.iso ?? null]), [['Friday', '2020-10-02'], ['next month', null], ['Thursday', '2020-10-01']]);
    const met = doc.events.find(e => e.trigger.text === 'met')!;
    assert.deepEqual([met.plover, met.actors.map(name), name(met.location)], ['CONSULT', ['Armenia', 'Azerbaijan'], 'Geneva']);
    assert.equal(doc.dates.find(d => d.id === met.time)?.text, 'Friday');
    const urging = doc.events.find(e => e.trigger.text === 'urging')!;
    assert.deepEqual([urging.plover, urging.actors.map(name)], ['REQUEST', ['United Nations']]);
    const call = doc.events.find(e => e.cameo === '041')!;
    assert.deepEqual([call.actors.map(name), call.targets.map(name), name(call.source ?? null)], [['Vladimir Putin'], ['Nikol Pashinyan'], 'Kremlin']);
    assert.equal(call.summary, 'Vladimir Putin held a phone call with Nikol Pashinyan in Moscow (2020-10-01), according to Kremlin');
    const agreed = doc.events.find(e => e.trigger.text === 'agreed')!;
    assert.deepEqual([agreed.plover, agreed.quote, agreed.actors.map(name)], ['AGREE', doc.quotes[0].id, ['Ararat Mirzoyan']]);
  });

  it('Lavrov and Blinken: the meeting in the headline and lead; Lavrov urged Washington', () => {
    const doc = read('test/fixtures/corpus/seeds/04_lavrov_blinken.txt');
    const name = named(doc);
    assert.deepEqual(doc.quotes.map(q => name(q.speaker)), ['Antony Blinken']);
    const head = doc.events[0];
    assert.deepEqual([head.trigger.text, head.actors.map(name)], ['meet', ['Sergey Lavrov', 'Antony Blinken']]);
    const met = doc.events.find(e => e.trigger.text === 'met')!;
    assert.deepEqual([met.actors.map(name), met.targets.map(name), name(met.location), met.time && doc.dates.find(d => d.id === met.time)!.text], [['Sergey Lavrov'], ['Antony Blinken'], 'Geneva', 'Thursday']);
    const urged = doc.events.find(e => e.trigger.text === 'urged')!;
    assert.deepEqual([urged.plover, urged.actors.map(name), urged.targets.map(name)], ['REQUEST', ['Sergey Lavrov'], ['Washington']]);
  });

  it('Aliyev and Pashinyan: an agreement by both, talks mediated by Russia', () => {
    const doc = read('test/fixtures/corpus/seeds/05_aliyev_pashinyan.txt');
    const name = named(doc);
    const agreed = doc.events.find(e => e.trigger.text === 'agreed')!;
    assert.deepEqual([agreed.plover, agreed.actors.map(name)], ['AGREE', ['Ilham Aliyev', 'Nikol Pashinyan']]);
    assert.equal(doc.dates.find(d => d.id === agreed.time)?.value.iso, '2020-10-02');
    const mediated = doc.events.find(e => e.trigger.text === 'mediated')!;
    assert.deepEqual([mediated.plover, mediated.actors.map(name)], ['CONSULT', ['Russia']]);
    assert.deepEqual(doc.dates.map(d => d.text), ['Friday', 'next week']);
  });

  it('a UN appeal: "UN chief urges" is the Secretary-General, his second quote his, protesters no actor, claims and denials', () => {
    const doc = read('test/fixtures/english/un-haiti-appeal.txt');
    const name = named(doc);
    const of = (trigger: string) => doc.events.find(e => e.trigger.text === trigger)!;
    assert.deepEqual(of('urges').actors.map(name), ['Ines Valbuena']);
    assert.deepEqual(doc.quotes.map(q => name(q.speaker)), ['Ines Valbuena', 'Ines Valbuena', 'Marie Delorme']);
    assert.deepEqual([of('demanded').actors, name(of('demanded').location)], [[], 'Port-au-Prince']);
    assert.equal(doc.entities.some(e => /^(?:Protesters|Militants)$/.test(e.name)), false);
    assert.deepEqual([of('denied responsibility').cameo, of('claimed responsibility').cameo], ['016', '015']);
    assert.deepEqual(of('called for').actors.map(name), ['Chile']);
    assert.deepEqual([of('pledged').actors.map(name), of('met').actors.map(name)], [['EU'], ['NATO']]);
  });

  it('every English span slices to its text', () => {
    for (const path of ['seeds/001_en_sample.txt', 'test/fixtures/corpus/seeds/04_lavrov_blinken.txt', 'test/fixtures/corpus/seeds/05_aliyev_pashinyan.txt', 'test/fixtures/english/un-haiti-appeal.txt']) {
      const text = readFileSync(join(ROOT, path), 'utf8');
      const doc = annotate(text);
      for (const s of [...doc.quotes, ...doc.dates, ...doc.events.map(e => e.trigger)]) assert.equal(text.slice(s.start, s.end), s.text, path);
    }
  });
});
