// Actors by clause structure (roles.ts), on sentences written for these tests.
import { strict as assert } from 'node:assert';
import { findQuotes, } from '../../../src/core/recognize/quotes';
import { findDates } from '../../../src/core/recognize/dates';
import { extractEvents } from '../../../src/core/events/extract';
import type { EntityType } from '../../../src/core/types';
import { fixture } from './fixture';

type Names = Array<[string, string, EntityType, string?]>;

function eventsOf(text: string, names: Names, kb: Record<string, string> = {}) {
  const f = fixture(text, names, kb);
  const quotes = findQuotes(f.ctx, f.entities, f.mentions);
  return extractEvents(f.ctx, { entities: f.entities, mentions: f.mentions, quotes, dates: findDates(f.ctx) });
}

const actorsOf = (text: string, names: Names, trigger: string, kb: Record<string, string> = {}): string[] | undefined =>
  eventsOf(text, names, kb).find(e => e.trigger.text.startsWith(trigger))?.actors;

describe('events: actors by clause structure', () => {
  it('takes the agent a relative clause after an event noun names: a support verb\'s subject, those a meeting gathered', () => {
    assert.deepEqual(actorsOf('وقال المتحدث إن المناوشات التي تقوم بها الفصائل المسلحة على الحدود مستمرة', [['الفصائل المسلحة', 'factions', 'ORG']], 'المناوشات'), ['factions']);
    assert.ok(actorsOf('وأعلن المتحدث عقب اللقاء الذي ضم الوزير خالد الراشد ونظيره أن الطرفين متفقان', [['خالد الراشد', 'rashed', 'PER']], 'اللقاء')?.includes('rashed'));
    assert.deepEqual(actorsOf('وتحدثت الصحف عن الاجتماع الذي أغضب المعارضة في العاصمة', [['المعارضة', 'opposition', 'ORG']], 'الاجتماع'), []);
  });
  it('takes the antecedent of a relative pronoun as the subject, and no one when it is no name', () => {
    assert.deepEqual(actorsOf('قال الجيران إن سمير الذي قتل الحارس فر إلى الجبال', [['سمير', 'samir', 'PER']], 'قتل'), ['samir']);
    assert.deepEqual(actorsOf('طاردت الشرطة أحد أبنائه الذي قتل الحارس', [['الشرطة', 'police', 'ORG']], 'قتل'), []);
  });
  it('gives an impersonal report an agent only through من قبل', () => {
    assert.deepEqual(actorsOf('أعلنت الوزارة أنه تم اعتقال كريم في الميناء', [['الوزارة', 'ministry', 'ORG'], ['كريم', 'karim', 'PER']], 'اعتقال'), []);
    assert.deepEqual(actorsOf('تم اعتقال كريم من قبل الشرطة', [['الشرطة', 'police', 'ORG'], ['كريم', 'karim', 'PER']], 'اعتقال'), ['police']);
  });
  it('reads the agent of an event noun from its genitive, unless the noun takes its patient there', () => {
    assert.deepEqual(actorsOf('أثارت زيارة الوزير جدلا واسعا', [['الوزير', 'minister', 'PER']], 'زيارة'), ['minister']);
    assert.deepEqual(actorsOf('أدان الأهالي مقتل سمير أمام منزله', [['سمير', 'samir', 'PER']], 'مقتل'), []);
  });
  it('reads the agent of an attack after ل and after من قبل', () => {
    assert.deepEqual(actorsOf('وقع هجوم لجماعة الرايات على القرية', [['الرايات', 'rayat', 'ORG']], 'هجوم'), ['rayat']);
    assert.deepEqual(actorsOf('وقع هجوم على القافلة من قبل العصابة', [['العصابة', 'gang', 'ORG']], 'هجوم'), ['gang']);
  });
  it('takes the owner of a possessive pronoun on the noun as its agent', () => {
    assert.deepEqual(actorsOf('أكدت النقابة في بيان رفضها للقرار', [['النقابة', 'union', 'ORG']], 'رفضها'), ['union']);
  });
  it('takes the subject of a support verb as the agent of the noun it governs', () => {
    assert.deepEqual(actorsOf('أعلن الرئيس فادي حالة الطوارئ في البلاد', [['فادي', 'fadi', 'PER']], 'حالة الطوارئ'), ['fadi']);
  });
  it('never makes the place where an event happened its actor', () => {
    assert.deepEqual(actorsOf('شهدت المدينة هجوما عنيفا', [['المدينة', 'city', 'LOC']], 'هجوما'), []);
  });
  it('gives a circumstantial participle the speaker of the clause it follows', () => {
    assert.deepEqual(actorsOf('وقال حسن إن الأمطار غمرت الشوارع، داعيا إلى الحذر', [['حسن', 'hassan', 'PER']], 'داعيا'), ['hassan']);
  });
  it('takes a nisba as actor only next to the trigger, never the nationality of a reporting official', () => {
    const names: Names = [['مصر', 'eg', 'LOC']];
    const actors = actorsOf('قال مصدر أمني مصري إن مسلحين هاجموا نقطة تفتيش قرب الحدود', names, 'هاجموا', { eg: 'country/EG' });
    assert.ok(actors && !actors.includes('eg'));
  });
  it('never takes the source after بحسب as the actor', () => {
    const names: Names = [['الشرطة', 'police', 'ORG'], ['الصباح', 'sabah', 'ORG']];
    assert.deepEqual(actorsOf('الشرطة - بحسب صحيفة الصباح - أحبطت عملية تهريب', names, 'أحبطت'), ['police']);
  });
  it('reads the subject after a pronoun object or a date between it and the verb (وعد بها الرئيس)', () => {
    assert.deepEqual(actorsOf('تسلمت البلدية المعدات التي وعد بها الرئيس نادر', [['نادر', 'nader', 'PER']], 'وعد'), ['nader']);
  });
  it('reads the agent of an attack after a lone لـ before a quote mark', () => {
    assert.deepEqual(actorsOf('وقع هجوم لـ«الرايات» على القرية', [['الرايات', 'rayat', 'ORG']], 'هجوم'), ['rayat']);
  });
});
