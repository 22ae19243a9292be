import { strict as assert } from 'node:assert';
import { applyCorrections } from '../../../src/core/corrections/apply';
import * as edit from '../../../src/core/corrections/edit';
import { emptySidecar, reanchorSidecar } from '../../../src/core/corrections/sidecar';
import { makeAnchor } from '../../../src/core/corrections/anchor';
import { importBrat } from '../../../src/core/formats/import-brat';
import { serialiseAnn } from '../../../src/core/formats/brat';
import type { AnnotationDocument } from '../../../src/core/types';
import { seedDoc, seedText } from '../formats/fixture';

const text = seedText();
const machine = seedDoc();

function mentionAt(doc: AnnotationDocument, word: string, nth = 0) {
  return doc.mentions.filter(m => m.text === word)[nth];
}
function entityNamed(doc: AnnotationDocument, en: string) {
  return doc.entities.find(e => e.nameEn === en)!;
}

describe('applying corrections', () => {
  it('leaves the machine document as it is without a sidecar', () => {
    assert.equal(applyCorrections(machine, undefined, text), machine);
  });

  it('marks machine annotations without a verdict pending, and never changes the machine document', () => {
    const bare: AnnotationDocument = { ...machine, events: machine.events.map(({ state: _s, ...v }) => v) };
    const snapshot = JSON.stringify(bare);
    const doc = applyCorrections(bare, emptySidecar(text), text);
    assert.ok(doc.events.every(v => v.state === 'pending'));
    assert.equal(JSON.stringify(bare), snapshot);
  });

  it('removes, rejects and accepts machine annotations', () => {
    let s = emptySidecar(text);
    const lavrov = mentionAt(machine, 'لافروف');
    s = edit.removeAnnotation(s, machine, text, { kind: 'mention', id: lavrov.id });
    s = edit.review(s, machine, text, { kind: 'event', id: machine.events[0].id }, 'rejected');
    s = edit.review(s, machine, text, { kind: 'quote', id: machine.quotes[0].id }, 'accepted');
    const doc = applyCorrections(machine, s, text);
    assert.ok(!doc.mentions.some(m => m.start === lavrov.start));
    assert.equal(doc.events.find(v => v.id === machine.events[0].id)!.state, 'rejected');
    assert.equal(doc.quotes[0].state, 'accepted');
  });

  it('adds a manual person that replaces overlapping machine mentions, and joins a same-named entity', () => {
    let s = emptySidecar(text);
    const start = text.indexOf('الرئيس الروسي فلاديمير بوتين');
    s = edit.annotateEntity(s, machine, text, { start, end: start + 'الرئيس الروسي'.length }, 'PER');
    const bayramov = text.indexOf('بيراموف');
    s = edit.annotateEntity(s, machine, text, { start: bayramov, end: bayramov + 'بيراموف'.length }, 'PER');
    const doc = applyCorrections(machine, s, text);
    const manual = doc.mentions.filter(m => m.id.startsWith('mm'));
    assert.deepEqual(manual.map(m => m.text), ['الرئيس الروسي', 'بيراموف']);
    assert.ok(manual.every(m => m.state === 'accepted'));
    assert.ok(!doc.mentions.some(m => m.text === 'جيهون بيراموف'), 'the overlapping machine mention gives way');
    assert.equal(doc.entities.find(e => e.id === manual[0].entity)!.origin, 'manual');
  });

  it('links, merges, splits and edits entities', () => {
    let s = emptySidecar(text);
    const putin = entityNamed(machine, 'Vladimir Putin');
    const macron = entityNamed(machine, 'Emmanuel Macron');
    const trump = mentionAt(machine, 'دونالد ترامب');
    s = edit.linkMention(s, machine, text, trump.id, putin.id);
    s = edit.splitMention(s, machine, text, mentionAt(machine, 'ماكرون', 0).id);
    s = edit.editEntity(s, machine, text, putin.id, { nameEn: 'V. Putin', wikidata: 'Q7747' });
    s = edit.mergeEntities(s, machine, text, entityNamed(machine, 'Ilham Aliyev').id, macron.id);
    const doc = applyCorrections(machine, s, text);
    const putinNow = doc.entities.find(e => e.id === putin.id)!;
    assert.equal(putinNow.nameEn, 'V. Putin');
    assert.equal(putinNow.kb?.wikidata, 'Q7747');
    assert.equal(doc.mentions.find(m => m.start === trump.start)!.entity, putin.id);
    const split = doc.mentions.find(m => m.start === 7)!;
    assert.notEqual(split.entity, macron.id);
    assert.ok(!doc.entities.some(e => e.nameEn === 'Ilham Aliyev'), 'merged entity is gone');
    assert.equal(doc.mentions.find(m => m.text === 'إلهام علييف')!.entity, macron.id);
    assert.ok(doc.events.filter(v => v.trigger.text === 'تعبئة جزئية').every(v => v.actors.includes(macron.id)));
    assert.ok(!doc.entities.some(e => e.nameEn === 'Donald Trump'), 'an entity with no mention left is dropped');
    assert.ok(doc.events.every(v => !v.targets.includes(entityNamed(machine, 'Donald Trump').id)));
  });

  it('changes the type of an entity and all its mentions', () => {
    const kremlin = mentionAt(machine, 'الكرملين');
    const s = edit.changeType(emptySidecar(text), machine, text, kremlin.id, 'LOC');
    const doc = applyCorrections(machine, s, text);
    assert.deepEqual(doc.mentions.filter(m => m.text === 'الكرملين').map(m => m.type), ['LOC', 'LOC']);
    assert.equal(doc.entities.find(e => e.id === kremlin.entity)!.type, 'LOC');
  });

  it('applies a mention to every occurrence of its text, proclitics outside', () => {
    const t = 'التقى نيكول باشينيان اليوم. وقال باشينيان إن الوضع صعب، ولباشينيان رأي.';
    const base: AnnotationDocument = { ...machine, entities: [], mentions: [], quotes: [], dates: [], events: [] };
    let s = emptySidecar(t);
    const at = t.indexOf('باشينيان');
    s = edit.annotateEntity(s, base, t, { start: at, end: at + 8 }, 'PER');
    const once = applyCorrections(base, s, t);
    s = edit.applyToAllMentions(s, once, t, once.mentions[0].id);
    const doc = applyCorrections(base, s, t);
    const expected = [t.indexOf('باشينيان'), t.indexOf('وقال باشينيان') + 5, t.indexOf('ولباشينيان') + 2];
    assert.deepEqual(doc.mentions.map(m => m.start), expected);
    assert.equal(doc.mentions.length, 3);
    assert.equal(new Set(doc.mentions.map(m => m.entity)).size, 1);
  });

  it('records the publication date and resolves dates against it', () => {
    const s = edit.setPublicationDate(emptySidecar(text), '2021-03-04');
    const doc = applyCorrections(machine, s, text);
    assert.equal(doc.document.publicationDate, '2021-03-04');
    assert.equal(doc.dates.find(d => d.value.relativeDays === -1)!.value.iso, '2021-03-03');
    assert.throws(() => edit.setPublicationDate(s, '1/10/2020'), /YYYY-MM-DD/);
  });

  it('keeps corrections through an edit of the article, and orphans the one whose text is gone', () => {
    let s = emptySidecar(text);
    const at = text.indexOf('بيراموف');
    s = edit.annotateEntity(s, machine, text, { start: at, end: at + 7 }, 'PER');
    const base = text.indexOf('القاعدة العسكرية');
    s = edit.annotateEntity(s, machine, text, { start: base, end: base + 'القاعدة العسكرية'.length }, 'ORG');
    const edited = 'عاجل\n' + text.replace('القاعدة العسكرية الروسية الموجودة', 'الموجودة');
    const doc = applyCorrections({ ...machine, mentions: [], entities: [] }, reanchorSidecar(s, edited), edited);
    const manual = doc.mentions.find(m => m.text === 'بيراموف')!;
    assert.equal(manual.start, at + 5);
    assert.equal(doc.mentions.filter(m => m.text === 'القاعدة العسكرية').length, 1, 'the second occurrence is still there');
    const gone = edit.annotateEntity(emptySidecar(text), machine, text, { start: at, end: at + 7 }, 'PER');
    const orphaned = applyCorrections(machine, gone, text.replace(/بيراموف/g, '').replace('نظيره الأذربيجاني جيهون', 'X'));
    assert.equal(orphaned.orphans?.length, 1);
    assert.equal(orphaned.orphans![0].text, 'بيراموف');
    assert.match(orphaned.warnings!.join('\n'), /1 correction\(s\) no longer match .*«بيراموف»/);
  });

  it('times an event by the analyst\'s date where it replaces the machine date the event was timed by', () => {
    const timed = machine.events.find(v => v.time)!;
    const date = machine.dates.find(d => d.id === timed.time)!;
    const s = emptySidecar(text);
    s.annotations.push({ id: 'md1', kind: 'date', anchor: makeAnchor(text, date.start, date.end - 1), value: { relativeDays: -1 } });
    const doc = applyCorrections(machine, s, text);
    assert.ok(!doc.dates.some(d => d.id === date.id));
    assert.equal(doc.events.find(v => v.id === timed.id)!.time, 'md1');
  });

  it('never loses an analyst’s mention to a later overlapping one: nested types both stay, a clash is an orphan with a reason', () => {
    const phrase = 'الرئيس الروسي فلاديمير بوتين';
    const start = text.indexOf(phrase);
    const putin = start + phrase.indexOf('فلاديمير');
    let s = emptySidecar(text);
    s = edit.annotateEntity(s, machine, text, { start: putin, end: start + phrase.length }, 'PER');
    s = edit.annotateEntity(s, machine, text, { start, end: start + phrase.length }, 'ORG');
    let doc = applyCorrections(machine, s, text);
    assert.deepEqual(doc.mentions.filter(m => m.id.startsWith('mm')).map(m => [m.text, m.type]), [[phrase, 'ORG'], ['فلاديمير بوتين', 'PER']]);
    assert.equal(doc.orphans, undefined);

    s = edit.annotateEntity(s, machine, text, { start: putin - 'الروسي '.length, end: putin + 'فلاديمير'.length }, 'PER');
    doc = applyCorrections(machine, s, text);
    const manual = doc.mentions.filter(m => m.id.startsWith('mm')).map(m => m.text);
    assert.deepEqual(manual, [phrase, 'الروسي فلاديمير']);
    assert.equal(doc.orphans?.length, 1);
    const [orphan] = doc.orphans!;
    assert.deepEqual([orphan.kind, orphan.text, orphan.start], ['mention', 'فلاديمير بوتين', putin]);
    assert.match(orphan.reason!, /^displaced by the later overlapping manual mention «الروسي فلاديمير»/);
    assert.match(doc.warnings!.join('\n'), /1 correction\(s\) are displaced by later overlapping ones .*«فلاديمير بوتين»/);
  });

  it('a later manual date over an earlier one keeps the earlier as an orphan', () => {
    const at = text.indexOf('27 أيلول/سبتمبر');
    assert.ok(at >= 0);
    let s = edit.annotateDate(emptySidecar(text), text, { start: at, end: at + 8 });
    s = edit.annotateDate(s, text, { start: at, end: at + '27 أيلول/سبتمبر'.length });
    const doc = applyCorrections(machine, s, text);
    assert.deepEqual(doc.dates.filter(d => d.id.startsWith('md')).map(d => d.text), ['27 أيلول/سبتمبر']);
    assert.deepEqual(doc.orphans?.map(o => [o.kind, o.text]), [['date', '27 أيلول']]);
  });

  it('imports a brat file as manual annotations that reproduce it', () => {
    const ann = serialiseAnn(machine, text);
    const { doc: imported } = importBrat(ann, text);
    const s = edit.importAnnotations(emptySidecar(text), imported, text);
    const empty: AnnotationDocument = { ...machine, entities: [], mentions: [], quotes: [], dates: [], events: [] };
    const merged = applyCorrections(empty, s, text);
    assert.ok(merged.mentions.every(m => m.origin === 'manual'));
    assert.equal(serialiseAnn(merged, text), ann);
  });
});
